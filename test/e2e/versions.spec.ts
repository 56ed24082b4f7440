import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { drawerTab } from './pages/editor-page.ts';

const FRAGMENT = 'Begränsande eller tillgängliggörande åtgärder 1177';
const versions = (page: Page) => drawerTab(page, 'Versioner');
const usedIn = (page: Page) => page.getByRole('region', { name: 'Används i' });

async function saveVersion(page: Page, note: string, expectSuggestion: RegExp) {
  await (await versions(page)).getByRole('button', { name: 'Spara version' }).click();
  const dialog = page.getByRole('dialog', { name: 'Spara version' });
  await expect(dialog.getByText(expectSuggestion)).toBeVisible();
  await dialog.getByLabel('Anteckning').fill(note);
  await dialog.getByLabel('Ditt namn').fill('Anna');
  await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

test('save versions, compare in words, move a template to the new fragment version, status with reason, restore', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Bibliotek' })
    .getByRole('button', { name: new RegExp(`^${FRAGMENT}`) })
    .click();
  // The example ships the 0.1.0 its template pins as a saved version; unchanged since, 1.0.0 is next.
  await expect((await versions(page)).getByRole('listitem')).toHaveCount(1);
  await expect((await versions(page)).getByRole('listitem').first()).toContainText(/^0\.1\.0 · 2026-11-25/);
  await saveVersion(
    page,
    'Första versionen',
    /^Förslag: 1\.0\.0 \(inga ändringar sedan senaste versionen\)$/,
  );
  await expect((await versions(page)).getByRole('listitem').first()).toContainText(
    /^1\.0\.0 · \d{4}-\d{2}-\d{2} · Anna – Första versionen/,
  );
  await expect(page.locator('.workspace-meta')).toContainText('version 1.0.0');

  // A text change: the next suggestion is a patch, and Jämför says what changed.
  await page.getByRole('treeitem', { name: new RegExp(`^${FRAGMENT}`) }).click();
  const term = page.getByRole('region', { name: 'Egenskaper' }).getByRole('textbox', { name: 'Sökordsterm' });
  await term.fill('Åtgärder för 1177 journal');
  await term.press('Enter');
  await (await versions(page)).getByRole('button', { name: 'Jämför version 1.0.0 med nuvarande' }).click();
  await expect((await versions(page)).locator('.version-diff')).toContainText('Bara texter har ändrats.');
  await expect((await versions(page)).locator('.version-diff')).toContainText(
    'Ändrat: Åtgärder för 1177 journal (term)',
  );
  await saveVersion(page, 'Kortare namn', /^Förslag: 1\.0\.1 \(bara texter ändrade\)$/);

  // The template still pins the saved 0.1.0 and can move to 1.0.1, undoably.
  await expect(usedIn(page).getByRole('listitem')).toContainText(
    'Mottagningsbesök med åtgärder 1177 (version 0.1.0) ny version 1.0.1: bara texter',
  );
  await usedIn(page)
    .getByRole('button', { name: 'Byt Mottagningsbesök med åtgärder 1177 till version 1.0.1' })
    .click();
  await expect(page.getByRole('status', { name: 'Meddelanden' })).toHaveText(
    'Mallen använder nu den nya versionen av fragmentet.',
  );
  await expect(
    page.getByRole('heading', { level: 2, name: 'Mottagningsbesök med åtgärder 1177' }),
  ).toBeVisible();
  await expect(await drawerTab(page, 'Kontroll')).toContainText('Inga fel eller varningar.');

  // Status with a reason, then restore 1.0.0 on the fragment.
  await page
    .getByRole('navigation', { name: 'Bibliotek' })
    .getByRole('button', { name: new RegExp(`^${FRAGMENT}`) })
    .click();
  await (await versions(page)).getByRole('button', { name: 'Ändra status…' }).click();
  const status = page.getByRole('dialog', { name: 'Ändra status' });
  await status.getByLabel('Ny status').selectOption({ label: 'Granskas' });
  await status.getByLabel('Varför').fill('Klar för granskning i Termgruppen');
  await status.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(await versions(page)).toContainText('Status: Granskas');
  await (await versions(page)).getByText('Ändringslogg').click();
  await expect((await versions(page)).locator('.change-log li').first()).toContainText(
    'Anna · Granskas – Klar för granskning i Termgruppen',
  );

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  await (await versions(page)).getByRole('button', { name: 'Visa version 1.0.0' }).click();
  const view = page.getByRole('dialog', { name: `${FRAGMENT}, version 1.0.0 (skrivskyddad)` });
  await expect(view.getByRole('listitem').first()).toContainText(FRAGMENT);
  await view.getByRole('button', { name: 'Stäng' }).click();
  await (await versions(page)).getByRole('button', { name: 'Återställ version 1.0.0' }).click();
  // Återställ asks first, naming what the working copy would lose.
  const restore = page.getByRole('dialog', { name: 'Återställ version 1.0.0' });
  await expect(restore.getByRole('listitem').first()).toBeVisible();
  await restore.getByRole('button', { name: 'Återställ', exact: true }).click();
  await expect(restore).toBeHidden();
  await expect(page.getByRole('treeitem', { name: new RegExp(`^${FRAGMENT}`) })).toBeVisible();

  // Everything is stored: after a reload the versions are there.
  await expect(page.getByRole('status', { name: 'Sparstatus' })).toHaveText('Sparat');
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Bibliotek' })
    .getByRole('button', { name: new RegExp(`^${FRAGMENT}`) })
    .click();
  await expect((await versions(page)).getByRole('listitem')).toHaveCount(3);
});
