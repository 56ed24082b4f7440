import { expect, test, type BrowserContext, type Page } from '@playwright/test';

const saveStatus = (page: Page) => page.getByRole('status', { name: 'Sparstatus' });
const library = (page: Page) => page.getByRole('navigation', { name: 'Bibliotek' });
const banner = (page: Page) => page.getByRole('alert').filter({ hasText: /flik/ });

/** Two tabs on one library: the first edits (its first save done), the second reads. */
async function openTwoTabs(context: BrowserContext) {
  const first = await context.newPage();
  await first.goto('/');
  await expect(saveStatus(first)).toHaveText('Sparat');
  const second = await context.newPage();
  await second.goto('/');
  await expect(banner(second)).toContainText('Biblioteket redigeras i en annan flik.');
  return { first, second };
}

async function renameOpenDocument(page: Page, title: string) {
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Titel').press('Enter');
}

test('two tabs on one library never overwrite each other: the second reads, follows saves, and can take over', async ({
  context,
}) => {
  const { first, second } = await openTwoTabs(context);
  await expect(banner(first)).toHaveCount(0);

  // A change saved in the first tab shows in the second within a second.
  await renameOpenDocument(first, 'Ändrad i första fliken');
  await expect(saveStatus(first)).toHaveText('Sparat');
  await expect(library(second).getByRole('button', { name: /^Ändrad i första fliken/ })).toBeVisible({
    timeout: 1000,
  });

  // The reading tab refuses changes, and says why.
  await library(second).getByRole('button', { name: 'Ny mall' }).click();
  await expect(second.getByRole('status', { name: 'Meddelanden' })).toContainText('Fliken är skrivskyddad');
  await expect(library(second).getByRole('button', { name: /^Ny mall.*version/ })).toHaveCount(0);

  // Taking over: the second edits, the first becomes read-only; its saves reach the first.
  await banner(second).getByRole('button', { name: 'Ta över redigeringen' }).click();
  await expect(banner(second)).toHaveCount(0);
  await expect(banner(first)).toContainText('Redigeringen togs över i en annan flik.');
  await library(second).getByRole('button', { name: 'Ny mall' }).click();
  await expect(saveStatus(second)).toHaveText('Sparat');
  await expect(library(first).getByRole('button', { name: /^Ny mall.*version/ })).toBeVisible({
    timeout: 1000,
  });
  await renameOpenDocument(first, 'Försök i första');
  await expect(first.getByRole('status', { name: 'Meddelanden' })).toContainText('Fliken är skrivskyddad');
});

test('taking over within the other tab’s save delay keeps its last edit and leaves this tab able to save (issue 18, case 13)', async ({
  context,
}) => {
  const { first, second } = await openTwoTabs(context);

  // The first tab's edit is still waiting for its save (500 ms) when the second takes over.
  await renameOpenDocument(first, 'Sista ändringen i första');
  await expect(saveStatus(first)).not.toHaveText('Sparat');
  await banner(second).getByRole('button', { name: 'Ta över redigeringen' }).click();
  await expect(banner(second)).toHaveCount(0);

  // The edit reached storage and the second tab shows it; the second tab's own saves succeed.
  await expect(library(second).getByRole('button', { name: /^Sista ändringen i första/ })).toBeVisible();
  await library(second).getByRole('button', { name: 'Ny mall' }).click();
  await expect(saveStatus(second)).toHaveText('Sparat');
  await renameOpenDocument(second, 'Andra flikens mall');
  await expect(saveStatus(second)).toHaveText('Sparat');
  await second.reload();
  await expect(library(second).getByRole('button', { name: /^Andra flikens mall/ })).toBeVisible();
  await expect(library(second).getByRole('button', { name: /^Sista ändringen i första/ })).toBeVisible();
});
