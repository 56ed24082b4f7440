import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './pages/editor-page.ts';

const ROOT = 'Begränsande eller tillgängliggörande åtgärder 1177';

/** The second level of the 1177 fragment as domain-knowledge.md §2.3 draws it. */
const CHILDREN: { term: string; type: string; values?: string[]; required?: boolean }[] = [
  {
    term: 'Åtgärd',
    type: 'Envalslista',
    values: ['Begränsning', 'Tillgängliggörande', 'Hävning av tidigare åtgärd'],
    required: true,
  },
  {
    term: 'Begäran/initiativ från',
    type: 'Envalslista',
    values: [
      'Patienten/invånaren själv',
      'Vårdnadshavare',
      'Hälso- och sjukvården',
      'Socialtjänst',
      'Polis',
      'Kriminalvård',
      'Annan myndighet',
    ],
    required: true,
  },
  {
    term: 'Beslut fattat av',
    type: 'Envalslista',
    values: ['Verksamhetschef', 'Bakjour (jourtid)', 'Ansvarig läkare', 'Annan'],
    required: true,
  },
  { term: 'Beslutsdatum', type: 'Datum', required: true },
  { term: 'Bedömning och skäl', type: 'Fritext', required: true },
  { term: 'Patient/vårdnadshavare informerad', type: 'Envalslista', values: ['Ja', 'Nej', 'Ej lämpligt'] },
  {
    term: 'Begäran skickad till Stöd och service',
    type: 'Envalslista',
    values: ['Via ärende', 'Via telefon (akut/kväll/helg)'],
    required: true,
  },
  { term: 'Planerad omprövning', type: 'Datum' },
];

const tree = (page: Page) => new EditorPage(page).tree;
const inspector = (page: Page) => new EditorPage(page).inspector;

/**
 * The first two levels as the UI shows them, read the way a keyboard user meets them: from the
 * first row down with ArrowDown (the tree is virtualised), each row's name, and for list keywords
 * the values the inspector shows for the selected row.
 */
async function readStructure(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Fäll ut alla' }).click();
  await tree(page).getByRole('treeitem').first().focus();
  await page.keyboard.press('Home');
  const lines: string[] = [];
  let previous: string | null = null;
  for (let guard = 0; guard < 500; guard++) {
    const focused = page.locator('[role="treeitem"]:focus');
    const id = await focused.getAttribute('id');
    if (id === previous) break;
    previous = id;
    // The structure without Kontroll's count of findings on the row.
    const name = (await focused.getAttribute('aria-label'))!.replace(/, \d+ varning(ar)?$/, '');
    if (Number(await focused.getAttribute('aria-level')) <= 2) {
      lines.push(name);
      if (/, (Envals|Flervals)lista/.test(name)) {
        const values = inspector(page).getByRole('textbox', { name: /^Värde \d+ – text$/ });
        await expect(inspector(page).getByRole('textbox', { name: 'Sökordsterm' })).toHaveValue(
          name.split(',')[0]!,
        );
        const labels: string[] = [];
        for (let v = 0; v < (await values.count()); v++) labels.push(await values.nth(v).inputValue());
        lines.push(`  värden: ${labels.join(' | ')}`);
      }
    }
    await page.keyboard.press('ArrowDown');
  }
  return lines;
}

async function describeKeyword(page: Page, spec: (typeof CHILDREN)[number]) {
  const panel = inspector(page);
  if (spec.type !== 'Fritext')
    await panel.getByRole('combobox', { name: 'Typ' }).selectOption({ label: spec.type });
  for (const [i, value] of (spec.values ?? []).entries()) {
    await panel.getByRole('button', { name: 'Lägg till värde' }).click();
    await panel.getByRole('textbox', { name: `Värde ${i + 1} – text`, exact: true }).fill(value);
  }
  if (spec.required) {
    // Keyboard: focus the check box and press Space.
    await panel.getByRole('checkbox', { name: 'Obligatoriskt' }).focus();
    await page.keyboard.press('Space');
  }
}

test('builds the 1177 fragment from an empty document with mouse and keyboard, equal to the example; undo empties it again', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const expected = await readStructure(page);
  // The example's first two levels: 9 rows, and the values of its 5 list keywords.
  expect(expected).toHaveLength(14);
  expect(expected[1]).toBe('Åtgärd, Envalslista, obligatoriskt, visas när Ja');
  expect(expected[2]).toBe('  värden: Begränsning | Tillgängliggörande | Hävning av tidigare åtgärd');

  await page
    .getByRole('navigation', { name: 'Bibliotek' })
    .getByRole('button', { name: 'Nytt fragment' })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Nytt fragment' })).toBeVisible();
  await expect(tree(page).getByRole('treeitem')).toHaveCount(0);

  // The dynamic keyword: added with the mouse, named from the keyboard.
  await page.getByRole('button', { name: 'Lägg till sökord' }).click();
  await page.keyboard.type(ROOT);
  await page.keyboard.press('Enter');
  await inspector(page).getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Ja/Nej' });

  for (const [i, spec] of CHILDREN.entries()) {
    if (i === 0) {
      // Keyboard only: the first child of the dynamic keyword.
      await tree(page)
        .getByRole('treeitem', { name: new RegExp(`^${ROOT}`) })
        .focus();
      await page.keyboard.press('Control+Shift+Enter');
    } else {
      // Keyboard only: a sibling after the previous child.
      await tree(page)
        .getByRole('treeitem', { name: new RegExp(`^${CHILDREN[i - 1]!.term.replace(/[/()]/g, '.')},`) })
        .focus();
      await page.keyboard.press('Control+Enter');
    }
    await page.keyboard.type(spec.term);
    await page.keyboard.press('Enter');
    await describeKeyword(page, spec);
  }

  await tree(page)
    .getByRole('treeitem', { name: new RegExp(`^${ROOT}`) })
    .click();
  await inspector(page).getByRole('button', { name: 'Gör dynamiskt' }).click();
  await expect(page.getByRole('status', { name: 'Meddelanden' })).toHaveText(
    'Sökordet är nu dynamiskt: undersökorden visas när villkoret uppfylls.',
  );
  await expect(
    tree(page).getByRole('treeitem', { name: 'Åtgärd, Envalslista, obligatoriskt, visas när Ja' }),
  ).toBeVisible();
  // No errors. The only warnings: the example library already has keywords of these terms and
  // types (built anew here instead of reused), which Kontroll offers to merge.
  const checks = page.getByRole('region', { name: 'Kontroll' });
  await expect(checks).toContainText('0 fel, 9 varningar');
  const warnings = await checks.getByRole('listitem').allTextContents();
  expect(warnings.filter((w) => !w.includes('Det finns ett annat sökord'))).toEqual([]);

  expect(await readStructure(page)).toEqual(expected);

  // Undo every step: the document is empty again, as it was created.
  for (let i = 0; i < 400 && (await tree(page).getByRole('treeitem').count()) > 0; i++)
    await page.keyboard.press('Control+z');
  await expect(tree(page).getByRole('treeitem')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Nytt fragment' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kontroll' })).toContainText(
    'Ett fragment ska ha exakt ett översta sökord, men har 0.',
  );
});

test('axe finds no WCAG 2 A/AA violations in the editor with the inspector and condition editor open', async ({
  page,
}) => {
  await page.goto('/');
  await tree(page)
    .getByRole('treeitem', { name: /^Särskilda skäl/ })
    .click();
  await expect(inspector(page).getByRole('group', { name: 'Visas när' })).toBeVisible();
  await tree(page)
    .getByRole('treeitem', { name: /^Åtgärd,/ })
    .click();
  await expect(inspector(page).getByRole('group', { name: 'Värdelista' })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
