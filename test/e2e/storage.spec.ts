import { expect, test, type Page } from '@playwright/test';
import { exportAs } from '../helpers/export-ui.ts';
import { EditorPage } from './pages/editor-page.ts';

const saveStatus = (page: Page) => new EditorPage(page).saveStatus;
const tree = (page: Page) => new EditorPage(page).tree;

async function renameSelected(page: Page, term: string) {
  const field = page
    .getByRole('region', { name: 'Egenskaper' })
    .getByRole('textbox', { name: 'Sökordsterm' });
  await field.fill(term);
}

test('an edit is saved in the browser and is there after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(saveStatus(page)).toHaveText('Sparat');
  // Found the way a user finds a keyword in a long (virtualised) tree: by searching.
  const search = page.getByRole('searchbox', { name: 'Sök i trädet' });
  await search.fill('Beslutsdatum');
  await tree(page)
    .getByRole('treeitem', { name: /^Beslutsdatum,/ })
    .click();
  await renameSelected(page, 'Datum för beslutet');
  await expect(saveStatus(page)).toHaveText('Sparat');
  await page.reload();
  await search.fill('beslutet');
  await expect(tree(page).getByRole('treeitem', { name: /^Datum för beslutet, Datum/ })).toBeVisible();
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toContain(
    'termverkstad',
  );
});

test('a deleted document stays deleted, and a new one stays, after a reload', async ({ page }) => {
  await page.goto('/');
  const library = page.getByRole('navigation', { name: 'Bibliotek' });
  await library.getByRole('button', { name: /^PHQ-9 depressionsskattning/ }).click();
  await page.getByRole('button', { name: 'Ta bort dokumentet' }).click();
  await library.getByRole('button', { name: 'Ny mall' }).click();
  await expect(saveStatus(page)).toHaveText('Sparat');
  await page.reload();
  await expect(library.getByRole('button', { name: /^PHQ-9/ })).toHaveCount(0);
  await expect(library.getByRole('button', { name: /^Ny mall\s*Utkast/ })).toBeVisible();
});

test('an edit made just before the tab closes is saved when the page is hidden', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/');
  await expect(saveStatus(page)).toHaveText('Sparat');
  await tree(page)
    .getByRole('treeitem', { name: /^Åtgärd,/ })
    .click();
  await renameSelected(page, 'Åtgärd 1177');
  // Within the save delay: the page goes away (pagehide), which must flush the save.
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto('/');
  await expect(tree(again).getByRole('treeitem', { name: /^Åtgärd 1177, Envalslista/ })).toBeVisible();
});

test('a full disk: a clear message, the work kept in memory, export still works, and the next save succeeds once there is room', async ({
  page,
}) => {
  // The quota must be set before the site first opens its database (a later override is ignored).
  const cdp = await page.context().newCDPSession(page);
  const origin = 'http://127.0.0.1:4173';
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 250_000 });
  await page.goto('/');
  await expect(saveStatus(page)).toHaveText('Sparat');
  const library = page.getByRole('navigation', { name: 'Bibliotek' });

  // The examples take ~140 kB; storing them has failed under a 170 kB quota, so it leaves 110 kB.
  // Fourteen copies of the 1177 keyword tree need ~150 kB more: well past it.
  await page.getByRole('button', { name: 'Fäll ihop alla' }).click();
  const root = tree(page)
    .getByRole('treeitem', { name: /^Begränsande eller tillgängliggörande åtgärder 1177/ })
    .first();
  await root.click();
  for (let i = 0; i < 14; i++) await page.getByRole('button', { name: 'Duplicera' }).click();
  await expect(saveStatus(page)).toHaveText(/^Kunde inte spara – lagringsutrymmet i webbläsaren är fullt\./);
  await expect(
    tree(page).getByRole('treeitem', { name: /^Begränsande eller tillgängliggörande åtgärder 1177/ }),
  ).toHaveCount(15);
  const exported = await exportAs(page, 'Fragment (JSON)');
  expect((JSON.parse(exported.text) as { document: { nodes: unknown[] } }).document.nodes).toHaveLength(15);

  // Room again (the override lifted): the retry stores it.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await expect(saveStatus(page)).toHaveText('Sparat', { timeout: 10_000 });
  await page.reload();
  await page.getByRole('button', { name: 'Fäll ihop alla' }).click();
  await expect(
    tree(page).getByRole('treeitem', { name: /^Begränsande eller tillgängliggörande åtgärder 1177/ }),
  ).toHaveCount(15);

  // Lagring says what the browser keeps and how much is used.
  await library.getByText('Lagring').click();
  await expect(library.locator('.storage-view')).toContainText(/Beständig lagring: /);
  await expect(library.locator('.storage-view')).toContainText(/Använt: [\d,]+ MB av [\d\s,]+ MB\./);
});

/** The stored revision of each document record, and the keys of the edits appended since. */
const storedEdits = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ records: Record<string, number>; edits: [string, number, number][] }>(
        (resolve, reject) => {
          const open = indexedDB.open('termverkstad');
          open.onerror = () => reject(open.error ?? new Error('IndexedDB could not be opened'));
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['documents', 'documentEdits'], 'readonly');
            const records = tx.objectStore('documents').getAll();
            const edits = tx.objectStore('documentEdits').getAllKeys();
            tx.oncomplete = () => {
              db.close();
              resolve({
                records: Object.fromEntries(
                  (records.result as { id: string; revision: number }[]).map((r) => [r.id, r.revision]),
                ),
                edits: edits.result as [string, number, number][],
              });
            };
          };
        },
      ),
  );

test('an edit is stored as what changed, and the worker folds 32 of them into the record (issue 17)', async ({
  page,
}) => {
  // 33 saves, each after the half-second pause of a typing burst.
  test.setTimeout(90_000);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  await expect(saveStatus(page)).toHaveText('Sparat');
  const document = 'exempel-1177-fragment';
  const before = await storedEdits(page);
  expect(before.edits).toEqual([]);
  const revision = before.records[document]!;
  await tree(page)
    .getByRole('treeitem', { name: /^Åtgärd,/ })
    .click();
  await renameSelected(page, 'Åtgärd 1');
  await expect(saveStatus(page)).toHaveText('Sparat');
  // The record as it was; one edit at the next revision.
  expect(await storedEdits(page)).toEqual({ records: before.records, edits: [[document, revision + 1, 0]] });
  for (let i = 2; i <= 32; i++) {
    await renameSelected(page, `Åtgärd ${i}`);
    await expect(saveStatus(page)).toHaveText('Sparat');
  }
  // The 32nd edit: the worker writes the record whole at the last revision and removes the edits.
  await expect
    .poll(() => storedEdits(page))
    .toEqual({ records: { ...before.records, [document]: revision + 32 }, edits: [] });
  expect(workers.filter((url) => url.includes('compaction-worker'))).toHaveLength(1);
  await renameSelected(page, 'Åtgärd 1177');
  await expect(saveStatus(page)).toHaveText('Sparat');
  await page.reload();
  await expect(tree(page).getByRole('treeitem', { name: /^Åtgärd 1177, Envalslista/ })).toBeVisible();
  expect((await storedEdits(page)).edits).toEqual([[document, revision + 33, 0]]);
});
