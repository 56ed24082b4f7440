import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Templates, then fragments, each sorted by title. */
const DOCUMENTS = [
  'Levnadsvanor',
  'Mottagningsbesök med åtgärder 1177',
  'Ordination av egenmonitorering – ImagineCare',
  'PHQ-9 depressionsskattning',
  'Riskbedömning fall och trycksår',
  'Begränsande eller tillgängliggörande åtgärder 1177',
];

/** Fails the test on any console error, page error or CSP violation. */
async function watchForProblems(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

test('a new user sees the example library in Swedish and can open every document', async ({ page }) => {
  const problems = await watchForProblems(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  const library = page.getByRole('navigation', { name: 'Bibliotek' });
  await expect(library.getByRole('listitem')).toHaveText(
    DOCUMENTS.map((title) => new RegExp(`^${title.replace(/[()]/g, '\\$&')}`)),
  );
  for (const title of DOCUMENTS) {
    await library.getByRole('button', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}`) }).click();
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expect(page.getByRole('tree', { name: 'Sökordsträd' }).getByRole('treeitem').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Kontroll' })).toContainText('Inga fel eller varningar.');
  }
  await expect(page).toHaveTitle('Begränsande eller tillgängliggörande åtgärder 1177 – Termverkstad');
  // Kontroll is worked out in a worker (allowed by the page's CSP), not on the main thread.
  expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([
    expect.stringMatching(/\/assets\/check-worker-[\w-]+\.js$/),
  ]);
  expect(problems).toEqual([]);
});

test('the 1177 tree shows its dynamic keyword and conditions, and works from the keyboard alone', async ({
  page,
}) => {
  await page.goto('/');
  const tree = page.getByRole('tree', { name: 'Sökordsträd' });
  await expect(
    tree.getByRole('treeitem', { name: 'Åtgärd, Envalslista, obligatoriskt, visas när Ja' }),
  ).toBeVisible();
  await expect(
    tree.getByRole('treeitem', {
      name: /^Typ av begränsning, Flervalslista, obligatoriskt, visas när Begränsning$/,
    }),
  ).toHaveAttribute('aria-level', '3');
  // Keyboard only: collapse all, tab into the tree, open and walk it.
  await page.getByRole('button', { name: 'Fäll ihop alla' }).focus();
  await page.keyboard.press('Enter');
  await expect(tree.getByRole('treeitem')).toHaveCount(1);
  // Past the search box and Kortkommandon, into the tree.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Sök i trädet' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Kortkommandon' })).toBeFocused();
  await page.keyboard.press('Tab');
  const root = tree.getByRole('treeitem', { name: /^Begränsande eller tillgängliggörande åtgärder 1177/ });
  await expect(root).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(root).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(tree.getByRole('treeitem', { name: /^Typ av begränsning/ })).toBeFocused();
  await expect(tree.getByRole('treeitem', { name: /^Typ av begränsning/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(tree.getByRole('treeitem', { name: /^Åtgärd,/ })).toHaveAttribute('aria-expanded', 'false');
});

test('Språk switches the whole interface to English and back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Checks' })).toContainText('No errors or warnings.');
  await expect(
    page
      .getByRole('tree', { name: 'Keyword tree' })
      .getByRole('treeitem', { name: 'Åtgärd, Single choice, required, shown when Ja' }),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');
  await expect(page.getByRole('navigation', { name: 'Bibliotek' })).toBeVisible();
});

test('axe finds no WCAG 2 A/AA violations in the shell', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('tree', { name: 'Sökordsträd' })).toBeVisible();
  for (const title of ['Levnadsvanor', 'Begränsande eller tillgängliggörande åtgärder 1177']) {
    await page
      .getByRole('navigation', { name: 'Bibliotek' })
      .getByRole('button', { name: new RegExp(`^${title}`) })
      .click();
    await page.getByRole('tree', { name: 'Sökordsträd' }).getByRole('treeitem').nth(1).click();
    // Kortkommandon open over the tree, so the scan covers it too; Escape closes it.
    const help = page.getByRole('definition').filter({ hasText: 'Lägg till undersökord' });
    if (title === 'Levnadsvanor') {
      await page.getByRole('button', { name: 'Kortkommandon' }).click();
      await expect(help).toBeVisible();
    }
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
  }
});

test('Kontroll still checks when its worker cannot start (the checks then run in the page)', async ({
  page,
}) => {
  await page.route('**/assets/check-worker-*.js', (route) => route.abort());
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/');
  const kontroll = page.getByRole('region', { name: 'Kontroll' });
  await expect(kontroll).toContainText('Inga fel eller varningar.');
  // A finding made by an edit is still reported: two siblings with the same term.
  await page
    .getByRole('tree', { name: 'Sökordsträd' })
    .getByRole('treeitem', { name: /^Period till,/ })
    .click();
  await page
    .getByRole('region', { name: 'Egenskaper' })
    .getByRole('textbox', { name: 'Sökordsterm' })
    .fill('Period från');
  await expect(kontroll).toContainText('"Period från" finns flera gånger på samma nivå.');
  expect(errors.some((text) => text.includes('Checks: the worker failed'))).toBe(true);
});
