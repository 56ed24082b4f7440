import { expect, test, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './pages/editor-page.ts';

const row = (page: Page, term: string) => new EditorPage(page).row(term);
const status = (page: Page) => new EditorPage(page).messages;
const tree = (page: Page) => new EditorPage(page).tree;

/** Drags a row with the mouse: press on it, move in steps by (dx, dy), release. */
async function drag(page: Page, from: Locator, dx: number, dy: number, beforeDrop?: () => Promise<void>) {
  const box = (await from.boundingBox())!;
  const x = box.x + 60;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 4, y + 4, { steps: 2 });
  await page.mouse.move(x + dx, y + dy, { steps: 12 });
  if (beforeDrop) await beforeDrop();
  await page.mouse.up();
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  const app = await new EditorPage(page).open();
  await app.collapseAll();
  await row(page, 'Begränsande eller tillgängliggörande åtgärder 1177').focus();
  await page.keyboard.press('ArrowRight');
});

test('reorders by dragging up and down, showing a drop line and the dragged keyword', async ({ page }) => {
  const planned = row(page, 'Planerad omprövning');
  const target = await row(page, 'Beslutsdatum').boundingBox();
  const from = (await planned.boundingBox())!;
  await drag(page, planned, 0, target!.y - from.y, async () => {
    await expect(page.locator('.drop-line')).toBeVisible();
    await expect(page.locator('.drag-overlay')).toHaveText('Planerad omprövning');
  });
  await expect(status(page)).toHaveText('Sökordet flyttades.');
  const names = await tree(page)
    .getByRole('treeitem')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')!.split(',')[0]));
  expect(names.slice(1, 6)).toEqual([
    'Åtgärd',
    'Begäran/initiativ från',
    'Beslut fattat av',
    'Planerad omprövning',
    'Beslutsdatum',
  ]);
  await expect(page.locator('.drop-line')).toHaveCount(0);
});

test('drags sideways to put a keyword under the one above it, and a drop that breaks a condition is refused', async ({
  page,
}) => {
  // Right by one level: "Beslutsdatum" becomes the last child of "Beslut fattat av".
  await drag(page, row(page, 'Beslutsdatum'), 24, 0);
  await expect(row(page, 'Beslutsdatum')).toHaveAttribute('aria-level', '3');
  await expect(row(page, 'Beslut fattat av')).toHaveAttribute('aria-expanded', 'true');

  // "Patient/vårdnadshavare informerad" has a child that depends on it; dropping the child above it is refused.
  await row(page, 'Patient/vårdnadshavare informerad').focus();
  await page.keyboard.press('ArrowRight');
  const child = row(page, 'Skäl till att information inte lämnats');
  const parentBox = (await row(page, 'Patient/vårdnadshavare informerad').boundingBox())!;
  const childBox = (await child.boundingBox())!;
  await drag(page, child, -24, parentBox.y - childBox.y - 4);
  await expect(status(page)).toHaveText(
    'Villkoren för "Skäl till att information inte lämnats" skulle inte längre gå ihop.',
  );
  await expect(child).toHaveAttribute('aria-level', '3');
});

test('Escape cancels a drag and nothing moves', async ({ page }) => {
  const before = await tree(page)
    .getByRole('treeitem')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));
  // A slow CPU widens the gap in which dnd-kit reports the last pointer move after the cancel;
  // that late report once left the drop line standing.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  for (let attempt = 0; attempt < 4; attempt++) {
    const box = (await row(page, 'Åtgärd').boundingBox())!;
    await page.mouse.move(box.x + 60, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 70, box.y + 120, { steps: 8 });
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await expect(page.locator('.drag-overlay')).toHaveCount(0);
    await expect(page.locator('.drop-line')).toHaveCount(0);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  expect(
    await tree(page)
      .getByRole('treeitem')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label'))),
  ).toEqual(before);
});

test('scrolls the tree while a row is held near its bottom edge', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 640 });
  await page
    .getByRole('navigation', { name: 'Bibliotek' })
    .getByRole('button', { name: /^Ordination av egenmonitorering/ })
    .click();
  await page.getByRole('button', { name: 'Fäll ut alla' }).click();
  const treeBox = (await tree(page).boundingBox())!;
  // A leaf: a dragged subtree folds away while dragging, and this tree must stay taller than its view.
  const box = (await row(page, 'Program').boundingBox())!;
  await page.mouse.move(box.x + 60, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + 64, box.y + 14, { steps: 2 });
  await page.mouse.move(box.x + 60, treeBox.y + treeBox.height - 4, { steps: 10 });
  await expect
    .poll(() => tree(page).evaluate((element) => element.scrollTop), { timeout: 5000 })
    .toBeGreaterThan(50);
  await page.keyboard.press('Escape');
  await page.mouse.up();
});
