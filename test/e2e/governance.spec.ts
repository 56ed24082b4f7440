import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EditorPage, drawerTab } from './pages/editor-page.ts';

const FRAGMENT = 'Begränsande eller tillgängliggörande åtgärder 1177';
const TEMPLATE = 'Mottagningsbesök med åtgärder 1177';
const preview = (page: Page) => page.getByRole('region', { name: 'Förhandsgranskning' });
const note = (page: Page) => page.getByRole('region', { name: 'Journaltext' }).locator('pre');
const versions = (page: Page) => drawerTab(page, 'Versioner');
const comments = (page: Page) => drawerTab(page, 'Kommentarer');
const group = (page: Page, term: string, role: 'radiogroup' | 'group' = 'radiogroup') =>
  preview(page).getByRole(role, { name: new RegExp(`^${term.replace(/[/()]/g, '.')}`) });

async function changeStatus(page: Page, status: string, why: string, version?: string) {
  await (await versions(page)).getByRole('button', { name: 'Ändra status…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ändra status' });
  await dialog.getByLabel('Ny status').selectOption({ label: status });
  if (version !== undefined) await dialog.getByLabel('Godkänns som version').fill(version);
  await dialog.getByLabel('Varför (krävs)').fill(why);
  await dialog.getByLabel('Ditt namn').fill('Anna');
  await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
  return dialog;
}

test('PHQ-9 with 2 of 9 answered shows "ofullständig" and no band in the form and Journaltext; points beside options', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  await editor.openDocument(/^PHQ-9/);
  await editor.show('Förhandsgranska');
  await group(page, 'PHQ-9 genomförd').getByRole('radio', { name: 'Ja' }).check();
  for (const item of [1, 2])
    await group(page, `PHQ-9 ${item} `).getByRole('radio', { name: 'Nästan varje dag (3 p)' }).check();
  await expect(preview(page).locator('output')).toHaveText('6 (ofullständig: 2 av 9 besvarade)');
  await expect(note(page)).toContainText('PHQ-9 summa: 6 (ofullständig: 2 av 9 besvarade)');
  await expect(note(page)).not.toContainText('Lindrig');
  for (const item of [3, 4, 5, 6, 7, 8, 9])
    await group(page, `PHQ-9 ${item} `).getByRole('radio', { name: 'Inte alls (0 p)' }).check();
  await expect(preview(page).locator('output')).toHaveText('6 (Lindrig)');
  await expect(note(page)).toContainText('PHQ-9 summa: 6 (Lindrig)');
});

test('a future Beslutsdatum and a Period till before Period från are flagged and marked in Journaltext', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  await editor.openDocument(FRAGMENT);
  await editor.show('Förhandsgranska');
  await group(page, FRAGMENT).getByRole('radio', { name: 'Ja' }).check();
  const decided = preview(page).getByRole('textbox', { name: /^Beslutsdatum/ });
  await decided.fill('2031-01-01');
  await decided.press('Tab');
  await expect(
    preview(page).getByText(/Datumet får inte ligga i framtiden \(i dag är \d{4}-\d{2}-\d{2}\)\./),
  ).toBeVisible();
  await expect(decided).toHaveAttribute('aria-invalid', 'true');
  await expect(note(page)).toContainText('Beslutsdatum: 2031-01-01 [KONTROLLERA: datum i framtiden]');

  await group(page, 'Åtgärd').getByRole('radio', { name: 'Begränsning' }).check();
  await group(page, 'Typ av begränsning', 'group')
    .getByRole('checkbox', { name: 'Försegling av 1177 journal – viss tidsperiod' })
    .check();
  await preview(page)
    .getByRole('textbox', { name: /^Period från/ })
    .fill('2026-03-10');
  await preview(page)
    .getByRole('textbox', { name: /^Period till/ })
    .fill('2026-03-01');
  await expect(note(page)).toContainText(
    'Period till: 2026-03-01 [KONTROLLERA: före Period från 2026-03-10]',
  );
  await preview(page).getByRole('button', { name: 'Kontrollera svar' }).click();
  const check = preview(page).getByRole('region', { name: 'Svarskontroll' });
  await expect(check).toContainText('Period till: Datumet får inte ligga före Period från (2026-03-10).');

  // A date that passes its rules is written as it is.
  await decided.fill('2026-01-15');
  await expect(note(page)).toContainText(/Beslutsdatum: 2026-01-15$/m);
});

test('review: Utkast cannot go straight to Godkänd, an open comment blocks approval, an approved fragment is locked and a new revision leaves the pinned template as approved', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  await editor.openDocument(FRAGMENT);
  await (await versions(page)).getByRole('button', { name: 'Spara version' }).click();
  const save = page.getByRole('dialog', { name: 'Spara version' });
  await save.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(save).toHaveCount(0);
  await (await versions(page)).getByRole('button', { name: 'Ändra status…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Ändra status' });
  // From Utkast only Granskas is offered; a reason is required.
  await expect(dialog.getByLabel('Ny status').locator('option')).toHaveText(['Granskas']);
  await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(editor.messages).toHaveText('Ange en anledning till statusändringen.');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  dialog = await changeStatus(page, 'Granskas', 'Klar för granskning');
  await expect(dialog).toHaveCount(0);
  await expect(await versions(page)).toContainText('Status: Granskas');

  // A reviewer, named in the header, comments on a keyword: the row says so, and approval is
  // refused while it is open.
  const name = page.getByRole('banner').getByRole('textbox', { name: 'Ditt namn' });
  await name.fill('Bo Berg');
  await name.blur();
  await editor.row('Åtgärd').click();
  await (await comments(page)).getByLabel('Ny kommentar').fill('Ska Hävning vara med?');
  await (await comments(page)).getByRole('button', { name: 'Kommentera' }).click();
  await expect((await comments(page)).getByRole('listitem')).toContainText(
    'Öppen Åtgärd: Ska Hävning vara med?',
  );
  await expect((await comments(page)).getByRole('listitem')).toContainText(/Bo Berg, \d{4}-\d{2}-\d{2}/);
  await expect(editor.rowNamed(/^Åtgärd,.*1 kommentar/)).toBeVisible();
  dialog = await changeStatus(page, 'Godkänd', 'Granskad');
  await expect(dialog.getByText('Godkänner den sparade versionen 1.0.0.')).toBeVisible();
  await expect(editor.messages).toHaveText('Dokumentet har öppna kommentarer. Lös dem innan det godkänns.');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await (
    await comments(page)
  )
    .getByRole('button', { name: 'Markera som löst: Ska Hävning vara med?' })
    .click();
  await expect((await comments(page)).getByRole('listitem')).toContainText('Löst');
  await changeStatus(page, 'Godkänd', 'Granskad av Termgruppen');
  await expect(page.locator('.workspace-meta')).toContainText('Godkänd · version 1.0.0');
  await expect(page.getByRole('note')).toContainText('låst för ändringar');

  // The template moves to the approved version.
  await page
    .getByRole('region', { name: 'Används i' })
    .getByRole('button', { name: `Byt ${TEMPLATE} till version 1.0.0` })
    .click();
  await expect(editor.messages).toHaveText('Mallen använder nu den nya versionen av fragmentet.');
  await editor.openDocument(FRAGMENT);

  // Locked: the fields are read-only, and an edit from the tree is refused, saying how to go on.
  await editor.row(FRAGMENT).click();
  const term = editor.inspector.getByRole('textbox', { name: 'Sökordsterm' });
  await expect(term).toBeDisabled();
  await expect(editor.inspector).toContainText('Börja en ny revision för att ändra.');
  await editor.row(FRAGMENT).press('F2');
  await page.keyboard.type('Åtgärder för 1177 journal');
  await page.keyboard.press('Enter');
  await expect(editor.messages).toContainText('Välj Börja en ny revision för att ändra det.');
  await expect(editor.row(FRAGMENT)).toBeVisible();

  // One click starts a new Utkast revision; the edit now goes through.
  await page.getByRole('button', { name: 'Börja en ny revision' }).click();
  await expect(page.locator('.workspace-meta')).toContainText('Utkast · version 1.0.0');
  await editor.row(FRAGMENT).click();
  await term.fill('Åtgärder för 1177 journal');
  await term.press('Enter');
  await expect(editor.row('Åtgärder för 1177 journal')).toBeVisible();

  // The template pinned to the approved 1.0.0 still shows it as approved.
  await editor.openDocument(TEMPLATE);
  await editor.expandAll();
  await expect(editor.rowNamed(new RegExp(`^${FRAGMENT}, Ja/Nej`))).toBeVisible();
  await expect(editor.rowNamed(/^Åtgärder för 1177 journal/)).toHaveCount(0);

  const axe = await new AxeBuilder({ page }).include('.side').analyze();
  expect(axe.violations).toEqual([]);
});

test('Ta bort dokumentet, reload, and recover it from Papperskorg', async ({ page }) => {
  const editor = await new EditorPage(page).open();
  await editor.openDocument(/^PHQ-9/);
  await page.getByRole('button', { name: 'Ta bort dokumentet' }).click();
  await expect(editor.messages).toContainText('Dokumentet flyttades till papperskorgen.');
  await expect(editor.library.getByRole('button', { name: /^PHQ-9/ })).toHaveCount(0);
  await expect(editor.saveStatus).toHaveText('Sparat');
  await page.reload();
  await expect(editor.tree).toBeVisible();
  await expect(editor.library.getByRole('button', { name: /^PHQ-9/ })).toHaveCount(0);
  await editor.library.getByRole('button', { name: 'Papperskorg (1)' }).click();
  const trash = page.getByRole('dialog', { name: 'Papperskorg' });
  await expect(trash.getByRole('listitem')).toContainText('finns kvar 30 dagar till');
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations).toEqual([]);
  await trash.getByRole('button', { name: /^Återställ PHQ-9/ }).click();
  await expect(trash).toHaveCount(0);
  await expect(editor.library.getByRole('button', { name: /^PHQ-9/ })).toBeVisible();
  await expect(editor.row('PHQ-9 genomförd')).toBeVisible();
  await expect(editor.library.getByRole('button', { name: 'Papperskorg (0)' })).toBeVisible();
});

test('Jämför shows an added value by its label, and the impact', async ({ page }) => {
  const editor = await new EditorPage(page).open();
  await editor.openDocument(FRAGMENT);
  await (await versions(page)).getByRole('button', { name: 'Spara version' }).click();
  const save = page.getByRole('dialog', { name: 'Spara version' });
  await save.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(save).toHaveCount(0);
  await editor.row('Åtgärd').click();
  await editor.inspector.getByRole('button', { name: 'Lägg till värde' }).click();
  const value = editor.inspector.getByRole('textbox', { name: 'Värde 4 – text', exact: true });
  await value.fill('Förlängning av åtgärd');
  await value.press('Tab');
  await (await versions(page)).getByRole('button', { name: 'Jämför version 1.0.0 med nuvarande' }).click();
  const diff = (await versions(page)).locator('.version-diff');
  await expect(diff).toContainText('Ändrat: Åtgärd (nya värden)');
  await expect(diff).toContainText('Nya värden: Förlängning av åtgärd (bakåtkompatibel)');
});

test('answers that come back when a branch reopens are marked, and one click clears them', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  await editor.openDocument(FRAGMENT);
  await editor.show('Förhandsgranska');
  await group(page, FRAGMENT).getByRole('radio', { name: 'Ja' }).check();
  await group(page, 'Åtgärd').getByRole('radio', { name: 'Begränsning' }).check();
  await expect(preview(page).getByText('Återställt svar')).toHaveCount(0);
  await group(page, FRAGMENT).getByRole('radio', { name: 'Nej' }).check();
  await group(page, FRAGMENT).getByRole('radio', { name: 'Ja' }).check();
  await expect(group(page, 'Åtgärd').getByText('Återställt svar')).toBeVisible();
  await expect(preview(page).getByRole('status').filter({ hasText: 'återställt svar' })).toContainText(
    '1 återställt svar från en gren som öppnats igen.',
  );
  await preview(page).getByRole('button', { name: 'Rensa det återställda svaret på Åtgärd' }).click();
  await expect(group(page, 'Åtgärd').getByRole('radio', { name: 'Begränsning' })).not.toBeChecked();
  await expect(preview(page).getByText('Återställt svar')).toHaveCount(0);
  await expect(note(page)).toHaveText(`${FRAGMENT}: Ja`);
  const axe = await new AxeBuilder({ page }).include('.preview').analyze();
  expect(axe.violations).toEqual([]);
});
