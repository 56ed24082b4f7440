import { expect, test, type Page } from '@playwright/test';

const saveStatus = (page: Page) => page.getByRole('status', { name: 'Sparstatus' });
const tree = (page: Page) => page.getByRole('tree', { name: 'Sökordsträd' });

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
