import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './pages/editor-page.ts';

const library = (page: Page) => new EditorPage(page).library;
const saveStatus = (page: Page) => new EditorPage(page).saveStatus;

async function backUp(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    library(page).getByRole('button', { name: 'Säkerhetskopiera bibliotek' }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}
/** A backup's content without its time, each record list in id order (the order records load in is not kept). */
const withoutTime = (text: string) => {
  type Record = { id: string };
  const file = JSON.parse(text) as { keywords: Record[]; documents: Record[]; versions: Record[] };
  const byId = (records: Record[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
  return { keywords: byId(file.keywords), documents: byId(file.documents), versions: byId(file.versions) };
};

async function openRestore(page: Page, backup: { name: string; text: string }) {
  await library(page).getByRole('button', { name: 'Återställ bibliotek' }).click();
  const dialog = page.getByRole('dialog', { name: 'Återställ bibliotek' });
  await dialog
    .getByLabel('Välj fil')
    .setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
  return dialog;
}

test('backup → clear site data → restore gives a deep-equal library; cancel and conflicts change nothing', async ({
  page,
}) => {
  await page.goto('/');
  await expect(saveStatus(page)).toHaveText('Sparat');
  await library(page).getByRole('button', { name: 'Ny mall' }).click();
  await page.getByLabel('Titel').fill('Mall som ska överleva');
  await page.getByLabel('Titel').press('Enter');
  await expect(saveStatus(page)).toHaveText('Sparat');
  const backup = await backUp(page);
  expect(backup.name).toMatch(/^termverkstad-bibliotek-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(backup.text)).toMatchObject({ format: 'termverkstad-library', formatVersion: 1 });

  // Clear everything the site stored; the next start seeds the examples again.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'all' });
  await page.reload();
  await expect(saveStatus(page)).toHaveText('Sparat');
  await expect(library(page).getByRole('button', { name: /^Mall som ska överleva/ })).toHaveCount(0);

  // Cancel: nothing changes.
  const before = await backUp(page);
  let dialog = await openRestore(page, backup);
  await expect(dialog.getByRole('status')).toContainText('1 nytt dokument, 0 ändrade, 6 oförändrade.');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  expect(withoutTime((await backUp(page)).text)).toEqual(withoutTime(before.text));

  dialog = await openRestore(page, backup);
  await dialog.getByRole('button', { name: 'Återställ', exact: true }).click();
  await expect(library(page).getByRole('button', { name: /^Mall som ska överleva/ })).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Sparat');
  await page.reload();
  expect(withoutTime((await backUp(page)).text)).toEqual(withoutTime(backup.text));

  // A document changed here after the backup is a conflict: named, and left alone unless chosen.
  await library(page)
    .getByRole('button', { name: /^Mall som ska överleva/ })
    .click();
  await page.getByLabel('Titel').fill('Ändrad efter säkerhetskopian');
  await page.getByLabel('Titel').press('Enter');
  dialog = await openRestore(page, backup);
  await expect(dialog.getByRole('status')).toContainText(
    '1 dokument har ändrats eller tagits bort här efter att säkerhetskopian gjordes; de behålls som här:',
  );
  await expect(dialog.getByRole('status')).toContainText('Ändrad efter säkerhetskopian');
  await expect(dialog.getByRole('button', { name: 'Återställ', exact: true })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: 'Skriv över även dem med säkerhetskopians innehåll' }).check();
  await dialog.getByRole('button', { name: 'Återställ', exact: true }).click();
  await expect(library(page).getByRole('button', { name: /^Mall som ska överleva/ })).toBeVisible();
});

test('restoring an older or undated backup keeps a keyword renamed and a document edited since, unless asked (issue 18, case 14)', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  await expect(saveStatus(page)).toHaveText('Sparat');
  const backup = await backUp(page);

  // After the backup: a keyword renamed in Egenskaper, and a document's title changed.
  await editor.row('Åtgärd').first().click();
  await editor.inspector.getByLabel('Sökordsterm').fill('Åtgärd omdöpt');
  await editor.inspector.getByLabel('Sökordsterm').press('Enter');
  await page.getByLabel('Titel').fill('Titel ändrad efteråt');
  await page.getByLabel('Titel').press('Enter');
  await expect(saveStatus(page)).toHaveText('Sparat');

  const dialog = await openRestore(page, backup);
  await expect(dialog.getByRole('status')).toContainText(
    '1 sökord skiljer sig från säkerhetskopian; ett sökord bär ingen ändringstid, så det behålls som här:',
  );
  await expect(
    dialog.getByRole('status').getByRole('listitem').filter({ hasText: 'Åtgärd omdöpt' }),
  ).toHaveCount(1);
  await expect(dialog.getByRole('button', { name: 'Återställ', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();

  // A backup "from 9999" (or without a date) cannot claim to be newer than today's work.
  const future = JSON.stringify({ ...JSON.parse(backup.text), exportedAt: '9999-12-31T23:59:59.999Z' });
  const undated = await openRestore(page, { name: 'framtid.json', text: future });
  await expect(undated.getByRole('status')).toContainText(
    '1 dokument skiljer sig från säkerhetskopian, som saknar giltigt datum (exportedAt saknas eller ligger i framtiden); de behålls som här:',
  );
  await expect(undated.getByRole('status')).toContainText('Titel ändrad efteråt');
  await expect(undated.getByRole('button', { name: 'Återställ', exact: true })).toBeDisabled();
  // The conflict lists and their checkbox, as a screen reader meets them.
  const results = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await undated.getByRole('checkbox', { name: 'Skriv över även dem med säkerhetskopians innehåll' }).check();
  await undated.getByRole('button', { name: 'Återställ', exact: true }).click();
  await expect(editor.row('Åtgärd').first()).toBeVisible();
  await expect(editor.row('Åtgärd omdöpt')).toHaveCount(0);
  await expect(library(page).getByRole('button', { name: /^Titel ändrad efteråt/ })).toHaveCount(0);
});
