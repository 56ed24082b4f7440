import { expect, test, type Page } from '@playwright/test';

const tree = (page: Page) => page.getByRole('tree', { name: 'Sökordsträd' });
const row = (page: Page, name: string | RegExp) => tree(page).getByRole('treeitem', { name });
const status = (page: Page) => page.getByRole('status', { name: 'Meddelanden' });
const openDocument = (page: Page, title: RegExp) =>
  page.getByRole('navigation', { name: 'Bibliotek' }).getByRole('button', { name: title }).click();

test('Ctrl+C and Ctrl+V carry a subtree through the clipboard: across documents, views and tabs, cut too, and as a list of terms', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('/');
  await row(page, /^Beslut fattat av,/).click();
  await page.keyboard.press('Control+c');
  await expect(status(page)).toHaveText('Beslut fattat av kopierades.');

  // The terms paste as text anywhere (here into the search box, which keeps the first line).
  await page.getByRole('searchbox', { name: 'Sök i trädet' }).focus();
  await page.keyboard.press('Control+v');
  await expect(page.getByRole('searchbox', { name: 'Sök i trädet' })).toHaveValue(
    /^Beslut fattat av \(Envalslista: Verksamhetschef, Bakjour \(jourtid\), Ansvarig läkare, Annan\)/,
  );
  await page.getByRole('searchbox', { name: 'Sök i trädet' }).fill('');

  // Through the preview and into another document: the copy is still there.
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await page.getByRole('button', { name: 'Redigera' }).click();
  await openDocument(page, /^Ordination av egenmonitorering/);
  await row(page, /^Ordination,/).click();
  await page.keyboard.press('Control+v');
  await expect(row(page, /^Beslut fattat av,/)).toBeFocused();
  await expect(row(page, 'Beslutsfattare, befattning, Fritext, obligatoriskt, visas när Annan')).toHaveCount(
    1,
  );
  await page.keyboard.press('Control+z');
  await expect(row(page, /^Beslut fattat av,/)).toHaveCount(0);

  // A second tab (reading only) copies; the editing tab pastes it.
  const second = await context.newPage();
  await second.goto('/');
  await openDocument(second, /^Begränsande eller tillgängliggörande åtgärder 1177/);
  await row(second, /^Typ av begränsning,/).click();
  await second.keyboard.press('Control+c');
  await expect(status(second)).toHaveText('Typ av begränsning kopierades.');
  await page.bringToFront();
  await row(page, /^Ordination,/).click();
  await page.keyboard.press('Control+v');
  await expect(row(page, /^Typ av begränsning,/)).toBeFocused();

  // Ctrl+X takes it out again; Ctrl+V puts it back.
  await page.keyboard.press('Control+x');
  await expect(status(page)).toHaveText('Sökordet togs bort.');
  await expect(row(page, /^Typ av begränsning,/)).toHaveCount(0);
  await row(page, /^Ordination,/).click();
  await page.keyboard.press('Control+v');
  await expect(row(page, /^Typ av begränsning,/)).toBeFocused();
});

test('a list of terms pasted from an e-mail or a spreadsheet becomes keywords, nested as indented', async ({
  context,
  page,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await openDocument(page, /^Levnadsvanor/);
  const before = await tree(page).getByRole('treeitem').count();
  await row(page, /^Levnadsvanor,/)
    .first()
    .click();
  await page.evaluate(() =>
    navigator.clipboard.writeText(
      'Sömn\n\tSömnproblem (Ja/Nej)\n\t\tTyp av sömnproblem (Flervalslista: Insomning, Uppvaknanden)\n',
    ),
  );
  await page.keyboard.press('Control+v');
  await expect(status(page)).toHaveText('3 sökord klistrades in från texten, som nya sökord.');
  await expect(row(page, 'Sömn, Fritext')).toBeFocused();
  await expect(row(page, 'Sömnproblem, Ja/Nej')).toHaveAttribute('aria-level', '2');
  await expect(row(page, 'Typ av sömnproblem, Flervalslista')).toHaveAttribute('aria-level', '3');
  await page.keyboard.press('Control+z');
  await expect(tree(page).getByRole('treeitem')).toHaveCount(before);
});
