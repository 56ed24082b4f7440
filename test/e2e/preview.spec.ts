import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const ROOT = 'Begränsande eller tillgängliggörande åtgärder 1177';
const preview = (page: Page) => page.getByRole('region', { name: 'Förhandsgranskning' });
const note = (page: Page) => page.getByRole('region', { name: 'Journaltext' });
/** A question by its term: a radiogroup (Ja/Nej, single choice) or, for check boxes, a group. */
const group = (page: Page, term: string, role: 'radiogroup' | 'group' = 'radiogroup') =>
  preview(page).getByRole(role, { name: new RegExp(`^${term.replace(/[/()]/g, '.')}`) });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(page.getByRole('button', { name: 'Förhandsgranska' })).toHaveAttribute('aria-pressed', 'true');
});

test('ticking Ja unfolds the 1177 keywords; Begränsning unfolds its own; Nej folds all and the note follows; Ja brings the answers back', async ({
  page,
}) => {
  await expect(group(page, 'Åtgärd')).toHaveCount(0);
  await expect(note(page)).toContainText('Inget ifyllt ännu');

  await group(page, ROOT).getByRole('radio', { name: 'Ja' }).check();
  await expect(group(page, 'Åtgärd')).toBeVisible();
  await expect(preview(page).getByRole('textbox', { name: /^Bedömning och skäl/ })).toBeVisible();
  await expect(page.locator('.preview p[aria-live]')).toHaveText('8 sökord visas nu.');

  await group(page, 'Åtgärd').getByRole('radio', { name: 'Begränsning' }).check();
  await expect(group(page, 'Typ av begränsning', 'group')).toBeVisible();
  await group(page, 'Typ av begränsning', 'group')
    .getByRole('checkbox', { name: 'Försegling av 1177 journal – viss tidsperiod' })
    .check();
  await expect(preview(page).getByLabel(/^Period från/)).toBeVisible();
  await expect(note(page).locator('pre')).toHaveText(
    [
      `${ROOT}: Ja`,
      '  Åtgärd: Begränsning',
      '    Typ av begränsning: Försegling av 1177 journal – viss tidsperiod',
    ].join('\n'),
  );

  await group(page, ROOT).getByRole('radio', { name: 'Nej' }).check();
  await expect(group(page, 'Åtgärd')).toHaveCount(0);
  await expect(note(page).locator('pre')).toHaveText(`${ROOT}: Nej`);

  await group(page, ROOT).getByRole('radio', { name: 'Ja' }).check();
  await expect(group(page, 'Åtgärd').getByRole('radio', { name: 'Begränsning' })).toBeChecked();
  await expect(
    group(page, 'Typ av begränsning', 'group').getByRole('checkbox', {
      name: 'Försegling av 1177 journal – viss tidsperiod',
    }),
  ).toBeChecked();
  await expect(note(page).locator('pre')).toContainText(
    'Typ av begränsning: Försegling av 1177 journal – viss tidsperiod',
  );
});

test('the form is filled from the keyboard alone, and scores add up live (PHQ-9)', async ({ page }) => {
  await page
    .getByRole('navigation', { name: 'Bibliotek' })
    .getByRole('button', { name: /^PHQ-9/ })
    .click();
  await group(page, 'PHQ-9 genomförd').getByRole('radio', { name: 'Ja' }).focus();
  await page.keyboard.press('Space');
  for (let item = 1; item <= 3; item++) {
    const first = preview(page)
      .getByRole('radiogroup', { name: new RegExp(`^PHQ-9 ${item} `) })
      .getByRole('radio')
      .first();
    await first.focus();
    // Arrow keys move between radio buttons and choose: "Nästan varje dag" is three steps down.
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowDown');
  }
  await expect(preview(page).locator('output')).toHaveText('9 (Lindrig)');
  await expect(preview(page).getByRole('radiogroup', { name: /^PHQ-9 funktion/ })).toBeVisible();
  await expect(note(page).locator('pre')).toContainText('PHQ-9 summa: 9 (Lindrig)');
});

test('axe finds no WCAG 2 A/AA violations in the preview', async ({ page }) => {
  await group(page, ROOT).getByRole('radio', { name: 'Ja' }).check();
  await group(page, 'Åtgärd').getByRole('radio', { name: 'Tillgängliggörande' }).check();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
