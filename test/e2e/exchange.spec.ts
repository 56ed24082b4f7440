import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { exportAs } from '../helpers/export-ui.ts';
import { EditorPage, drawerTab } from './pages/editor-page.ts';

const ROOT = 'Begränsande eller tillgängliggörande åtgärder 1177';
const FRAGMENT = 'Begränsande eller tillgängliggörande åtgärder 1177';
const library = (page: Page) => new EditorPage(page).library;

async function importFile(page: Page, name: string, text: string) {
  await library(page).getByRole('button', { name: 'Importera' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera fil' });
  const picker = dialog.getByLabel('Välj fil');
  if (text.length > 1_000_000) {
    // A large file goes from disk: a buffer this large passed through the test runner stalls the page.
    const path = join(mkdtempSync(join(tmpdir(), 'termverkstad-')), name);
    writeFileSync(path, text);
    await picker.setInputFiles(path);
  } else await picker.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  return dialog;
}

/** Every record of the browser's IndexedDB library, to prove a refused import changed nothing. */
const storedLibrary = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('termverkstad');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB could not be opened'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['keywords', 'documents', 'documentEdits'], 'readonly');
          const all: unknown[] = [];
          const read = (store: string) => {
            const request = tx.objectStore(store).getAll();
            request.onsuccess = () => all.push(request.result);
          };
          read('keywords');
          read('documents');
          read('documentEdits');
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(all));
          };
        };
      }),
  );

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('status', { name: 'Sparstatus' })).toHaveText('Sparat');
  await library(page)
    .getByRole('button', { name: new RegExp(`^${FRAGMENT}`) })
    .click();
});

test('every format is exported from the UI, and the fragment JSON and FHIR files import again', async ({
  page,
}) => {
  const fragment = await exportAs(page, 'Fragment (JSON)');
  expect(fragment.name).toBe('begransande-eller-tillgangliggorande-atgarder-1177.termverkstad.json');
  const fragmentFile = JSON.parse(fragment.text) as {
    format: string;
    document: { title: string };
    keywords: unknown[];
  };
  expect(fragmentFile.format).toBe('termverkstad-fragment');
  expect(fragmentFile.document.title).toBe(FRAGMENT);
  expect(fragmentFile.keywords.length).toBe(29);

  const fhir = await exportAs(page, 'FHIR R4 Questionnaire', 'Sammansatt (fragmenten inkopierade)');
  const questionnaire = JSON.parse(fhir.text) as { resourceType: string; item: { text: string }[] };
  expect(questionnaire.resourceType).toBe('Questionnaire');
  expect(questionnaire.item[0]!.text).toBe(ROOT);

  const spec = await exportAs(page, 'Specifikation (utskrift)');
  expect(spec.name).toMatch(/\.specifikation\.html$/);
  expect(spec.text).toContain(`<h1>Specifikation: ${FRAGMENT}</h1>`);
  expect(spec.text).toContain('<dt>Villkor</dt><dd>visas när Åtgärd = Begränsning</dd>');
  expect(spec.text).toContain('@media print');

  // Skriv ut: the browser prints the sheet alone (print CSS), then it is gone again.
  await page.evaluate(() => {
    addEventListener('beforeprint', () => {
      const w = window as unknown as { printed?: string };
      w.printed = document.querySelector('.print-sheet h1')?.textContent ?? '';
    });
  });
  await page.getByRole('button', { name: 'Exportera' }).click();
  await page
    .getByRole('dialog', { name: /^Exportera / })
    .getByRole('radio', { name: 'Specifikation (utskrift)' })
    .check();
  await page.getByRole('button', { name: 'Skriv ut' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed?: string }).printed))
    .toBe(`Specifikation: ${FRAGMENT}`);
  await expect(page.locator('.print-sheet')).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const csv = await exportAs(page, 'Sökordslista (CSV)');
  expect(
    csv.text.startsWith('\uFEFFSökväg;Sökord;Typ;Värden;Enhet;Villkor;Koder;Obligatoriskt;Regler\r\n'),
  ).toBe(true);
  expect(csv.text).toContain(
    `${ROOT};Åtgärd;Envalslista;Begränsning | Tillgängliggörande | Hävning av tidigare åtgärd;;visas när ${ROOT} = Ja;;Ja;\r\n`,
  );

  // The fragment file again: its id is taken, so keep both.
  let dialog = await importFile(page, fragment.name, fragment.text);
  await expect(dialog.getByRole('status')).toContainText(`Fragment "${FRAGMENT}" med 29 sökord.`);
  await dialog.getByRole('radio', { name: /^Behåll båda/ }).check();
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `${FRAGMENT} 2` })).toBeVisible();
  await expect(page.getByRole('treeitem', { name: new RegExp(`^${ROOT}`) })).toBeVisible();

  // The FHIR file: it replaces the example (Ångra brings it back).
  dialog = await importFile(page, fhir.name, fhir.text);
  await expect(dialog.getByRole('status')).toContainText('Kontrollen hittar 0 fel');
  await dialog.getByRole('radio', { name: /^Ersätt/ }).check();
  // The FHIR round trip changes no keyword of the example: Ersätt says so before anything is written.
  await expect(dialog.getByText('Ersätt ändrar inga sökord.')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByRole('heading', { level: 2, name: FRAGMENT, exact: true })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Meddelanden' })).toHaveText('Dokumentet importerades.');
  await expect(library(page).getByRole('button', { name: new RegExp(`^${FRAGMENT}`) })).toHaveCount(2);
  // The replaced document is kept as a saved version.
  await expect((await drawerTab(page, 'Versioner')).getByRole('listitem').first()).toContainText(
    'Sparad automatiskt när dokumentet ersattes vid import.',
  );
});

test('a real FHIR form that is not valid R4 imports with every repair named, and exports as valid R4', async ({
  page,
}) => {
  const name = 'lforms-enableWhen-test.R4.json';
  const text = readFileSync(join(import.meta.dirname, '../fixtures/fhir-corpus', name), 'utf8');
  const dialog = await importFile(page, name, text);
  await expect(dialog.getByRole('status')).toContainText('Kontrollen hittar 0 fel');
  const repaired = dialog.getByRole('list', { name: /^8 delar av filen var inte giltig FHIR R4/ });
  await expect(repaired.getByText('Q8: repeats "true" → true', { exact: true })).toBeVisible();
  await expect(
    dialog.getByText('(Questionnaire): text {"status":"generated"} (utelämnad: inte giltig FHIR R4)', {
      exact: true,
    }),
  ).toBeVisible();
  await expect(
    dialog.getByText('Q9d-eq-B: enableWhen.0 answerInteger "13:30:00" → answerTime'),
  ).toBeVisible();
  const results = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Enable When Tests' })).toBeVisible();
  const fhir = await exportAs(page, 'FHIR R4 Questionnaire');
  const exported = JSON.parse(fhir.text) as {
    url: string;
    item: { linkId: string; item?: { repeats?: unknown }[] }[];
  };
  expect(exported.url).toBe('http://sqlonfhir-r4.azurewebsites.net/fhir/Questionnaire/enable-when-tests');
  expect(exported.item.find((i) => i.linkId === 'g8')!.item![0]!.repeats).toBe(true);
});

test('bad input is refused with a clear message naming what and where, and nothing stored changes', async ({
  page,
}) => {
  const before = await storedLibrary(page);
  const cases: [string, string, RegExp][] = [
    ['inte-json.json', '{"resourceType": "Questionnaire", ', /inte giltig JSON|JSON/],
    ['patient.json', '{"resourceType": "Patient"}', /typen "Patient"; bara Questionnaire kan importeras/],
    ['okand.json', '{"format": "annat-format", "formatVersion": 1}', /Okänt filformat \("annat-format"\)/],
    ['version.json', '{"format": "termverkstad-fragment", "formatVersion": 9}', /version 9 stöds inte/],
    ['djup.json', `{"a":${'['.repeat(80)}${']'.repeat(80)}}`, /nästlad djupare än 64 nivåer/],
    ['proto.json', '{"resourceType":"Questionnaire","status":"draft","__proto__":{"x":1}}', /__proto__/],
    [
      'dubbla.json',
      JSON.stringify({
        resourceType: 'Questionnaire',
        status: 'draft',
        item: [
          { linkId: 'a', type: 'string', text: 'A' },
          { linkId: 'a', type: 'string', text: 'B' },
        ],
      }),
      /linkId "a" finns två gånger: item\[0\] och item\[1\]/,
    ],
    [
      'villkor.json',
      JSON.stringify({
        resourceType: 'Questionnaire',
        status: 'draft',
        item: [
          {
            linkId: 'a',
            type: 'string',
            text: 'A',
            enableWhen: [{ question: 'x', operator: 'exists', answerBoolean: true }],
          },
        ],
      }),
      /item\[0\]\.enableWhen\[0\] pekar på linkId "x", som inte finns/,
    ],
    [
      'okant-falt.json',
      JSON.stringify({
        format: 'termverkstad-fragment',
        formatVersion: 1,
        document: { färg: 'blå' },
        keywords: [],
      }),
      /\/document/,
    ],
    [
      'stor.json',
      `{"format":"termverkstad-fragment","x":"${'a'.repeat(25.5 * 1024 * 1024)}"}`,
      /högst 25,0 MB tillåts/,
    ],
  ];
  for (const [name, text, message] of cases) {
    const dialog = await importFile(page, name, text);
    await expect(dialog.getByRole('alert')).toContainText(`${name} kan inte importeras:`);
    await expect(dialog.getByRole('alert')).toContainText(message);
    await expect(dialog.getByRole('button', { name: 'Importera' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect(dialog).toHaveCount(0);
  }
  expect(await storedLibrary(page)).toBe(before);
});

test('Används i lists the templates that include a fragment; Lägg till i mall adds it by reference or as a copy, undoably', async ({
  page,
}) => {
  const usedIn = page.getByRole('region', { name: 'Används i' });
  await expect(usedIn.getByRole('listitem')).toHaveText([
    'Mottagningsbesök med åtgärder 1177 (version 0.1.0)',
  ]);

  const add = async (template: string, under: string, how: RegExp) => {
    await usedIn.getByRole('button', { name: 'Lägg till i mall…' }).click();
    const dialog = page.getByRole('dialog', { name: `Lägg till ${FRAGMENT} i en mall` });
    await dialog.getByLabel('Mall', { exact: true }).selectOption({ label: template });
    await dialog.getByLabel('Placera under').selectOption({ label: under });
    await dialog.getByRole('radio', { name: how }).check();
    await dialog.getByRole('button', { name: 'Lägg till' }).click();
    await expect(dialog).toHaveCount(0);
  };
  await add('Levnadsvanor', 'Levnadsvanor', /^Som referens, låst till version 0\.1\.0/);
  await expect(page.getByRole('status', { name: 'Meddelanden' })).toHaveText(
    'Fragmentet lades till i mallen.',
  );
  await library(page)
    .getByRole('button', { name: new RegExp(`^${FRAGMENT}`) })
    .click();
  await expect(usedIn.getByRole('listitem')).toHaveText([
    'Levnadsvanor (version 0.1.0)',
    'Mottagningsbesök med åtgärder 1177 (version 0.1.0)',
  ]);
  await page.keyboard.press('Control+z');
  await library(page)
    .getByRole('button', { name: new RegExp(`^${FRAGMENT}`) })
    .click();
  await expect(usedIn.getByRole('listitem')).toHaveCount(1);

  // As a copy: the template gets the fragment's keywords as its own, not an include.
  await add('Riskbedömning fall och trycksår', 'Översta nivån', /^Som kopia/);
  await library(page)
    .getByRole('button', { name: /^Riskbedömning/ })
    .click();
  await page.getByRole('searchbox', { name: 'Sök i trädet' }).fill(ROOT);
  await expect(page.getByRole('treeitem', { name: new RegExp(`^${ROOT}, Ja/Nej`) })).toBeVisible();
  await library(page)
    .getByRole('button', { name: new RegExp(`^${FRAGMENT}`) })
    .click();
  await expect(usedIn.getByRole('listitem')).toHaveCount(1);
});

test('an imported form opens in Förhandsgranska with its initial answers filled in, and Rensa alla svar clears them', async ({
  page,
}) => {
  const name = 'android-component_initial_value.json';
  const text = readFileSync(join(import.meta.dirname, '../fixtures/fhir-corpus', name), 'utf8');
  const dialog = await importFile(page, name, text);
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(new EditorPage(page).rowNamed(/^Initially provided text value/)).toBeVisible();
  await new EditorPage(page).show('Förhandsgranska');
  const form = page.getByRole('region', { name: 'Förhandsgranskning' });
  await expect(form.getByRole('textbox', { name: /^Initially provided text value/ })).toHaveValue(
    'Here is a sample text',
  );
  await expect(form.getByRole('textbox', { name: /^Initially provided date value/ })).toHaveValue(
    '2022-01-22',
  );
  await expect(
    form
      .getByRole('radiogroup', { name: /^Initially provided boolean value/ })
      .getByRole('radio', { name: 'Nej' }),
  ).toBeChecked();
  const multiple = form.getByRole('group', { name: /^Initially selected multiple choice/ });
  await expect(multiple.getByRole('checkbox', { name: 'Second' })).toBeChecked();
  await expect(multiple.getByRole('checkbox', { name: 'Third' })).toBeChecked();
  // A quantity asks for its number beside its unit, as LHC-Forms does.
  const quantity = form.getByRole('group', { name: /^Initially provided quantity value/ });
  await expect(quantity.getByRole('textbox', { name: 'Värde' })).toHaveValue('30');
  await expect(quantity).toContainText('$');
  // A starting answer with a unit and no number still gives the field its unit.
  await expect(form.getByRole('group', { name: /^Initially provided quantity unit only/ })).toContainText(
    '$',
  );
  const note = page.getByRole('region', { name: 'Journaltext' });
  await expect(note).toContainText('Initially selected single choice: No');
  await expect(note).toContainText('Initially provided quantity value: 30 $');
  await page.getByRole('button', { name: 'Rensa alla svar' }).click();
  await expect(form.getByRole('textbox', { name: /^Initially provided text value/ })).toHaveValue('');
  await expect(note).toContainText('Inget ifyllt ännu');
});
