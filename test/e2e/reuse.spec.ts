import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EditorPage, drawerTab } from './pages/editor-page.ts';
import { exportAs } from '../helpers/export-ui.ts';

const FRAGMENT = 'Begränsande eller tillgängliggörande åtgärder 1177';
const TEMPLATE = 'Mottagningsbesök med åtgärder 1177';
// The tree is virtualised: rows far down an expanded template must be rendered to be clicked.
test.use({ viewport: { width: 1280, height: 1000 } });
const versions = (page: Page) => drawerTab(page, 'Versioner');
const usedIn = (page: Page) => page.getByRole('region', { name: 'Används i' });

/** In the open fragment: renames its root keyword (a text change) in Egenskaper. */
async function renameFragmentRoot(editor: EditorPage) {
  await editor.openDocument(FRAGMENT);
  await editor.row(FRAGMENT).click();
  const term = editor.inspector.getByRole('textbox', { name: 'Sökordsterm' });
  await term.fill('Åtgärder för 1177 journal');
  await term.press('Enter');
}

/** Spara version on the open document, under the number given (after the suggestion, if named). */
async function saveVersion(page: Page, number: string, suggestion?: string) {
  await (await versions(page)).getByRole('button', { name: 'Spara version' }).click();
  const dialog = page.getByRole('dialog', { name: 'Spara version' });
  if (suggestion) await expect(dialog.getByText(suggestion)).toBeVisible();
  await dialog.getByLabel('Versionsnummer').fill(number);
  await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
}

test('a template shows its fragment by title, expands to its keywords read-only, and opens it', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  await editor.openDocument(TEMPLATE);
  // The include is named by the fragment's title and its pinned version, under Utförda åtgärder.
  const include = editor.rowNamed(new RegExp(`^${FRAGMENT}, Fragment 0\\.1\\.0`));
  await expect(include).toHaveAttribute('aria-level', '2');
  await expect(include).toHaveAttribute('aria-expanded', 'false');
  await include.click();
  await page.keyboard.press('ArrowRight');
  await expect(include).toHaveAttribute('aria-expanded', 'true');
  // Its keywords, by term, marked as coming from the fragment.
  const root = editor.rowNamed(new RegExp(`^${FRAGMENT}, Ja/Nej,.*ur fragmentet ${FRAGMENT}, skrivskyddat`));
  await expect(root).toHaveAttribute('aria-level', '3');
  await page.getByRole('button', { name: 'Fäll ut alla' }).click();
  await expect(
    editor.rowNamed(/^Åtgärd, Envalslista, obligatoriskt, visas när Ja, ur fragmentet/),
  ).toBeVisible();

  // A read-only row can be read, not changed: the inspector says where it is edited.
  await editor.rowNamed(/^Åtgärd, Envalslista/).click();
  await expect(editor.inspector).toContainText(
    `Sökordet kommer från fragmentet ${FRAGMENT}, version 0.1.0, och är skrivskyddat här.`,
  );
  await expect(page.getByRole('button', { name: 'Ta bort', exact: true })).toBeDisabled();
  await page.keyboard.press('Delete');
  await expect(editor.messages).toHaveText(/hör till ett inkluderat fragment/);

  // Search finds keywords inside the fragment.
  await editor.search.fill('beslutsdatum');
  await expect(editor.rowNamed(/^Beslutsdatum, Datum/)).toBeVisible();
  await editor.search.fill('');

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  await editor.inspector.getByRole('button', { name: 'Öppna fragmentet' }).click();
  await expect(page.getByRole('heading', { level: 2, name: FRAGMENT })).toBeVisible();
});

test('a template pinned to a version keeps its terms while the fragment changes, until moved on', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  await renameFragmentRoot(editor);

  // The template still shows the saved 0.1.0: term and all.
  await editor.openDocument(TEMPLATE);
  await editor.expandAll();
  await expect(editor.rowNamed(new RegExp(`^${FRAGMENT}, Ja/Nej`))).toBeVisible();
  await expect(editor.rowNamed(/^Åtgärder för 1177 journal/)).toHaveCount(0);

  // Saved as a new version, the template moves to it on its own, and then shows the change.
  await editor.openDocument(FRAGMENT);
  await saveVersion(page, '1.1.0', 'Förslag: 0.1.1 (bara texter ändrade)');
  await usedIn(page)
    .getByRole('button', { name: `Byt ${TEMPLATE} till version 1.1.0` })
    .click();
  await editor.expandAll();
  await expect(editor.rowNamed(/^Åtgärder för 1177 journal, Ja\/Nej/)).toBeVisible();
  await expect(editor.rowNamed(/Fragment 1\.1\.0/)).toBeVisible();
});

test('a template keyword conditioned on a keyword inside the fragment unfolds in the preview', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  await editor.openDocument(TEMPLATE);
  // "Åtgärder i fritext" comes after the include: the fragment's keywords are offered as sources.
  await editor.row('Åtgärder i fritext').click();
  const condition = editor.inspector.getByRole('group', { name: 'Visas när' });
  await condition.getByRole('button', { name: 'Lägg till villkor' }).click();
  await condition.getByRole('combobox', { name: 'Villkor 1: sökord' }).selectOption({ label: 'Åtgärd' });
  await condition
    .getByRole('combobox', { name: 'Villkor 1: värde' })
    .selectOption({ label: 'Tillgängliggörande' });
  await expect(editor.row('Åtgärder i fritext')).toHaveAccessibleName(
    /visas när Åtgärd = Tillgängliggörande/,
  );
  await expect(editor.checks).toContainText('Inga fel eller varningar.');

  await editor.show('Förhandsgranska');
  const preview = page.getByRole('region', { name: 'Förhandsgranskning' });
  const fritext = preview.getByRole('textbox', { name: /^Åtgärder i fritext/ });
  await expect(fritext).toHaveCount(0);
  await preview
    .getByRole('radiogroup', { name: new RegExp(`^${FRAGMENT}`) })
    .getByRole('radio', { name: 'Ja' })
    .check();
  await preview
    .getByRole('radiogroup', { name: /^Åtgärd/ })
    .getByRole('radio', { name: 'Tillgängliggörande' })
    .check();
  await expect(fritext).toBeVisible();
});

test('Sökordskatalog finds a keyword two templates share by a code and a misspelled term; renaming it there shows in both, undoably', async ({
  context,
}) => {
  const page = await context.newPage();
  const editor = await new EditorPage(page).open();
  // Share "Lokalisation" between two templates (a pasted subtree places the same keyword), and code it.
  await editor.openDocument('Riskbedömning fall och trycksår');
  await editor.expandAll();
  await editor.row('Lokalisation').click();
  await page.keyboard.press('Control+c');
  await editor.openDocument('Levnadsvanor');
  await editor.rows.first().click();
  await page.keyboard.press('Control+v');
  await expect(editor.row('Lokalisation')).toBeFocused();
  await editor.inspector.getByRole('button', { name: 'Lägg till kod' }).first().click();
  const code = editor.inspector.getByRole('textbox', { name: 'Kod 1', exact: true });
  await code.fill('ZX901');
  await code.press('Enter');

  await page.getByRole('button', { name: 'Sökordskatalog', exact: true }).click();
  const catalogue = page.getByRole('navigation', { name: 'Sökordskatalog' });
  const search = catalogue.getByRole('searchbox', { name: 'Sök i katalogen' });
  const options = catalogue.getByRole('listbox', { name: 'Sökord' }).getByRole('option');
  await search.fill('zx901');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Lokalisation');
  await expect(options.first()).toContainText('2 platser');
  await search.fill('lokalsation');
  await expect(options.first()).toContainText('Lokalisation');

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  // Chosen from the keyboard, renamed in the catalogue: both templates follow; Ångra brings it back.
  await catalogue.getByRole('listbox', { name: 'Sökord' }).focus();
  await page.keyboard.press('ArrowDown');
  const details = page.getByRole('region', { name: 'Sökordet' });
  await expect(details.getByRole('list')).toContainText('Levnadsvanor');
  await expect(details.getByRole('list')).toContainText('Riskbedömning fall och trycksår');
  const term = details.getByRole('textbox', { name: 'Sökordsterm' });
  await term.fill('Lokalisation av sår');
  await term.press('Enter');
  await expect(options.first()).toContainText('Lokalisation av sår');
  await details.getByRole('button', { name: /^Levnadsvanor:/ }).click();
  await expect(editor.row('Lokalisation av sår')).toBeVisible();
  await editor.openDocument('Riskbedömning fall och trycksår');
  await expect(editor.row('Lokalisation av sår')).toBeVisible();
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(editor.row('Lokalisation')).toBeVisible();
  await expect(editor.row('Lokalisation av sår')).toHaveCount(0);

  // Placed from the catalogue in the open document: the same keyword, now in three places.
  await page.getByRole('button', { name: 'Sökordskatalog', exact: true }).click();
  await search.fill('lokalisation');
  await options.first().click();
  await details.getByRole('button', { name: 'Lägg till i Riskbedömning fall och trycksår' }).click();
  await expect(editor.messages).toHaveText('Sökordet lades till i dokumentet.');
  await expect(options.first()).toContainText('3 platser');
});

test('Slå ihop sökord: a duplicate is merged into the keyword kept, and the condition on it is rewired', async ({
  context,
  page,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const editor = await new EditorPage(page).open();
  await editor.openDocument(TEMPLATE);
  // A second "Åtgärd" (two of the three values), pasted as text, and a condition on it.
  await editor.row('Åtgärder i fritext').click();
  await page.evaluate(() =>
    navigator.clipboard.writeText('Åtgärd (Envalslista: Begränsning, Tillgängliggörande)\n'),
  );
  await page.keyboard.press('Control+v');
  await expect(editor.rowNamed(/^Åtgärd, Envalslista/)).toBeFocused();
  await editor.row('Åtgärder i fritext').click();
  await page.keyboard.press('Alt+ArrowDown');
  const condition = editor.inspector.getByRole('group', { name: 'Visas när' });
  await condition.getByRole('button', { name: 'Lägg till villkor' }).click();
  // The new "Åtgärd" is the later of the two offered (the fragment's comes first).
  const source = condition.getByRole('combobox', { name: 'Villkor 1: sökord' });
  const offered = await source.locator('option').allTextContents();
  await source.selectOption({ index: offered.lastIndexOf('Åtgärd') });
  await condition.getByRole('combobox', { name: 'Villkor 1: värde' }).selectOption({ label: 'Begränsning' });
  await expect(editor.row('Åtgärder i fritext')).toHaveAccessibleName(/visas när Åtgärd = Begränsning/);
  await expect(editor.checks).toContainText('Det finns ett annat sökord "Åtgärd" i katalogen.');
  // Egenskaper says what a change to it reaches before it is made.
  await editor.rowNamed(/^Åtgärd, Envalslista/).click();
  await expect(editor.inspector).toContainText(
    `Används i ${TEMPLATE}. 1 villkor väntar på dess svar: värden de använder kan inte tas bort.`,
  );
  await expect(editor.inspector).toContainText('Katalogen har redan Åtgärd (Envalslista).');
  await expect(editor.inspector.getByRole('button', { name: 'Slå ihop med det befintliga' })).toBeVisible();

  // In the catalogue, the fragment's "Åtgärd" takes the new one in.
  await page.getByRole('button', { name: 'Sökordskatalog', exact: true }).click();
  const catalogue = page.getByRole('navigation', { name: 'Sökordskatalog' });
  await catalogue.getByRole('searchbox', { name: 'Sök i katalogen' }).fill('Åtgärd');
  const fragmentKeyword = catalogue.getByRole('option', { name: /^Åtgärd Envalslista · Aktivt/ });
  await fragmentKeyword.click();
  const details = page.getByRole('region', { name: 'Sökordet' });
  const mergeWith = details.getByRole('combobox', { name: 'Slå ihop med' });
  const candidates = await mergeWith.locator('option').allTextContents();
  await mergeWith.selectOption({ label: candidates.find((c) => c.startsWith('Åtgärd (kw-'))! });
  await details.getByRole('button', { name: 'Slå ihop', exact: true }).click();
  // Merging asks first, naming what goes and where its places go.
  const confirm = details.getByRole('group', { name: 'Bekräfta sammanslagning' });
  await expect(confirm).toContainText('Åtgärd tas bort ur katalogen; dess 1 plats');
  await confirm.getByRole('button', { name: 'Slå ihop', exact: true }).click();
  await expect(editor.messages).toHaveText(/Sökorden slogs ihop/);
  await expect(catalogue.getByRole('option', { name: /^Åtgärd Envalslista/ })).toHaveCount(1);

  await catalogue.getByRole('button', { name: 'Tillbaka till dokumentet' }).click();
  await expect(editor.row('Åtgärder i fritext')).toHaveAccessibleName(/visas när Åtgärd = Begränsning/);
  await expect(editor.checks).toContainText('Inga fel eller varningar.');
});

test('a template exported from one browser profile imports into another with its fragment version, nothing missing', async ({
  browser,
  page,
}) => {
  // Profile A: the fragment is renamed and saved as 1.0.0, and the 1177 template moved to it.
  const editor = await new EditorPage(page).open();
  await renameFragmentRoot(editor);
  await saveVersion(page, '1.0.0');
  await usedIn(page)
    .getByRole('button', { name: `Byt ${TEMPLATE} till version 1.0.0` })
    .click();
  const bundle = await exportAs(page, 'Fragment (JSON)');
  expect(bundle.name).toBe('mottagningsbesok-med-atgarder-1177.termverkstad.json');

  // Profile B, a fresh browser profile: it has never seen version 1.0.0.
  const other = await browser.newContext();
  const second = await other.newPage();
  const b = await new EditorPage(second).open();
  await b.library.getByRole('button', { name: 'Importera' }).click();
  const dialog = second.getByRole('dialog', { name: 'Importera fil' });
  await dialog
    .getByLabel('Välj fil')
    .setInputFiles({ name: bundle.name, mimeType: 'application/json', buffer: Buffer.from(bundle.text) });
  const summary = dialog.getByRole('status');
  await expect(summary).toContainText('Kontrollen hittar 0 fel och 0 varningar.');
  await expect(summary).toContainText('Filen har med 1 fragmentversion som dokumentet använder.');
  await expect(dialog.getByText(/saknas både i filen och i biblioteket/)).toHaveCount(0);
  await dialog.getByRole('radio', { name: /^Behåll båda/ }).check();
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(b.messages).toHaveText('Dokumentet importerades.');
  await b.expandAll();
  await expect(b.rowNamed(/Fragment 1\.0\.0/)).toBeVisible();
  await expect(b.rowNamed(/^Åtgärder för 1177 journal, Ja\/Nej/)).toBeVisible();
  await expect(b.checks).toContainText('Inga fel eller varningar.');
  await other.close();
});

test('a keyword list (CSV) imports into the catalogue after a preview; a bad row is named and nothing is written', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  await editor.openDocument('Levnadsvanor');
  const exported = await exportAs(page, 'Sökordslista (CSV)');
  // A spreadsheet edit: one new keyword and one new value on an existing list.
  const lines = exported.text.split('\r\n');
  const edited = [...lines.slice(0, -1), ';Sömnkvalitet;Envalslista;Bra | Dålig;;;;', ''].join('\r\n');
  const chooseFile = async (text: string) => {
    await editor.library.getByRole('button', { name: 'Importera' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importera fil' });
    await dialog
      .getByLabel('Välj fil')
      .setInputFiles({ name: 'sokord.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    return dialog;
  };

  const bad = await chooseFile(`${lines[0]}\r\n;Sömn;Datumm;;;;;\r\n`);
  await expect(bad.getByRole('alert')).toContainText('Rad 2, kolumn "Typ": okänd typ "Datumm".');
  await expect(bad.getByRole('button', { name: 'Importera' })).toBeDisabled();
  await bad.getByRole('button', { name: 'Avbryt' }).click();

  const dialog = await chooseFile(edited);
  await expect(dialog.getByRole('status')).toContainText('Sökordslistan skapar 1 och ändrar 0 sökord');
  await expect(dialog.getByRole('status')).toContainText('Nytt: Sömnkvalitet');
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(editor.messages).toHaveText('Sökordslistan lästes in i katalogen.');
  const found = await editor.searchCatalogue('sömnkvalitet');
  await expect(found).toHaveCount(1);
  await expect(found.first()).toContainText('Envalslista · Föreslaget');
  await expect(found.first()).toContainText('används inte');
});

test('naming a new keyword as one the catalogue has offers the existing one in Egenskaper', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  await editor.openDocument(TEMPLATE);
  await editor.row('Åtgärder i fritext').click();
  await page.getByRole('button', { name: 'Lägg till sökord' }).click();
  const rename = editor.tree.getByRole('combobox', { name: 'Sökordsterm' });
  // While the term is typed, the catalogue's matching terms are offered.
  await rename.fill('beslut');
  await expect
    .poll(() =>
      page.locator('datalist option').evaluateAll((options) => options.map((o) => o.getAttribute('value'))),
    )
    .toEqual(expect.arrayContaining(['Beslutsdatum', 'Beslut fattat av']));
  await rename.fill('Beslutsdatum');
  await rename.press('Enter');
  // Just added (placed only here, still Fritext): the catalogue's Beslutsdatum is offered in its place.
  await expect(editor.inspector).toContainText('Katalogen har redan Beslutsdatum (Datum).');
  await editor.inspector.getByRole('button', { name: 'Använd det befintliga sökordet här' }).click();
  await expect(editor.messages).toHaveText('Platsen använder nu katalogens sökord.');
  await expect(editor.rowNamed(/^Beslutsdatum, Datum/)).toHaveAttribute('aria-selected', 'true');
  await expect(editor.inspector).not.toContainText('Katalogen har redan');
  await expect(editor.checks).toContainText('Inga fel eller varningar.');
  const found = await editor.searchCatalogue('beslutsdatum');
  await expect(found).toHaveCount(1);
  await expect(found.first()).toContainText('2 platser');
});

test('a new keyword named a typo away from a catalogue term is warned of, and takes the existing one', async ({
  page,
}) => {
  const editor = await new EditorPage(page).open();
  await editor.openDocument(TEMPLATE);
  await editor.row('Åtgärder i fritext').click();
  await page.getByRole('button', { name: 'Lägg till sökord' }).click();
  const rename = editor.tree.getByRole('combobox', { name: 'Sökordsterm' });
  await rename.fill('Planerad ompröving');
  await rename.press('Enter');
  await expect(editor.inspector).toContainText(
    'Nästan samma term finns i katalogen: Planerad omprövning (Datum). Samma sökord?',
  );
  await editor.inspector.getByRole('button', { name: 'Använd det befintliga sökordet här' }).click();
  await expect(editor.rowNamed(/^Planerad omprövning, Datum/)).toHaveAttribute('aria-selected', 'true');
  await expect(editor.inspector).not.toContainText('Nästan samma term');
});
