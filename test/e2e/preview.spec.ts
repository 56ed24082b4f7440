import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { drawerTab, EditorPage } from './pages/editor-page.ts';

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

test('the form is filled from the keyboard alone, and scores add up live, incomplete until every item is answered (PHQ-9)', async ({
  page,
}) => {
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
  // Three of nine items answered: the sum so far, said to be incomplete, with no band.
  await expect(preview(page).locator('output')).toHaveText('9 (ofullständig: 3 av 9 besvarade)');
  await expect(preview(page).getByRole('radiogroup', { name: /^PHQ-9 funktion/ })).toBeVisible();
  await expect(note(page).locator('pre')).toContainText('PHQ-9 summa: 9 (ofullständig: 3 av 9 besvarade)');
});

test('axe finds no WCAG 2 A/AA violations in the preview', async ({ page }) => {
  await group(page, ROOT).getByRole('radio', { name: 'Ja' }).check();
  await group(page, 'Åtgärd').getByRole('radio', { name: 'Tillgängliggörande' }).check();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

const scenarios = (page: Page) => drawerTab(page, 'Testfall');
const checks = (page: Page) => drawerTab(page, 'Kontroll');

test('Visa alla grenar shows folded keywords read-only with what would show them; answer checks as on signing', async ({
  page,
}) => {
  await group(page, ROOT).getByRole('radio', { name: 'Ja' }).check();
  await page.getByRole('button', { name: 'Visa alla grenar' }).click();
  await expect(page.getByRole('button', { name: 'Visa alla grenar' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Both keywords that Begränsning would show are marked.
  await expect(preview(page).getByText('Dold – visas när Åtgärd = Begränsning')).toHaveCount(2);
  await expect(group(page, 'Typ av begränsning', 'group').getByRole('checkbox').first()).toBeDisabled();
  // Nothing folded reaches the note.
  await expect(note(page).locator('pre')).toHaveText(`${ROOT}: Ja`);
  await page.getByRole('button', { name: 'Visa alla grenar' }).click();
  await expect(group(page, 'Typ av begränsning', 'group')).toHaveCount(0);

  // A date that does not exist is named once the field is left.
  const date = preview(page).getByRole('textbox', { name: /^Beslutsdatum/ });
  await date.fill('2026-02-30');
  await date.press('Tab');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(preview(page).getByText('Datumet finns inte; skriv ÅÅÅÅ-MM-DD.')).toBeVisible();

  await page.getByRole('button', { name: 'Kontrollera svar' }).click();
  const summary = preview(page).getByRole('region', { name: 'Svarskontroll' });
  await expect(summary.getByRole('heading', { name: 'Svarskontroll' })).toBeFocused();
  await expect(summary).toContainText('6 svar behöver åtgärdas:');
  await summary.getByRole('button', { name: 'Åtgärd: Obligatoriskt – fyll i.' }).click();
  await expect(group(page, 'Åtgärd').getByRole('radio').first()).toBeFocused();
  await date.fill('2026-02-03');
  await expect(summary).toContainText('5 svar behöver åtgärdas:');
  await expect(summary.getByRole('button', { name: /^Beslutsdatum/ })).toHaveCount(0);
});

test('Grenar lists what each answer reveals and takes the user to a keyword in the tree', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Grenar', exact: true }).click();
  const map = page.getByRole('region', { name: 'Grenar' });
  await expect(map).toContainText('8 styrande sökord, 28 villkorade sökord.');
  const begransning = map
    .getByRole('definition')
    .filter({ has: page.getByRole('button', { name: 'Visa Typ av begränsning i trädet' }) });
  await expect(begransning).toContainText('Bedömd risk för men för');
  // The keyboard scrolls it: Tab reaches the map itself, Page Down moves it.
  await map.focus();
  await expect(map).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect.poll(() => map.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect(begransning).not.toContainText('Tillgängliggörandet avser');
  await expect(
    map.getByText(
      'Period till: visas när Typ av begränsning innehåller Försegling av 1177 journal – viss tidsperiod',
    ),
  ).toBeVisible();
  await map.getByRole('button', { name: 'Visa Beslutsdatum i trädet' }).first().click();
  await expect(page.getByRole('button', { name: 'Redigera' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('treeitem', { name: /^Beslutsdatum/ })).toBeFocused();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('a Testfall is stored with the document, flags an edit that changes its outcome in Kontroll, and can be updated', async ({
  page,
}) => {
  await group(page, ROOT).getByRole('radio', { name: 'Ja' }).check();
  await group(page, 'Åtgärd').getByRole('radio', { name: 'Begränsning' }).check();
  await group(page, 'Typ av begränsning', 'group')
    .getByRole('checkbox', { name: 'Försegling av 1177 journal – viss tidsperiod' })
    .check();
  await (
    await scenarios(page)
  )
    .getByRole('textbox', { name: 'Namn på testfall' })
    .fill('Försegling viss tidsperiod');
  await (await scenarios(page)).getByRole('button', { name: 'Spara testfall' }).click();
  await expect((await scenarios(page)).getByRole('listitem')).toContainText(
    'Försegling viss tidsperiod – Går igenom (3 svar)',
  );
  await expect(page.getByRole('status', { name: 'Sparstatus' })).toHaveText('Sparat');

  // Beside the editor: remove "Period från"; the preview and the scenario follow at once.
  await page.getByRole('button', { name: 'Sida vid sida' }).click();
  await expect(preview(page).getByLabel(/^Period från/)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Sök i trädet' }).fill('Period från');
  await page.getByRole('treeitem', { name: /^Period från/ }).click();
  await page.getByRole('button', { name: 'Ta bort', exact: true }).click();
  await expect(preview(page).getByLabel(/^Period från/)).toHaveCount(0);
  await expect(group(page, 'Åtgärd').getByRole('radio', { name: 'Begränsning' })).toBeChecked();
  await expect(await checks(page)).toContainText(
    'Testfallet "Försegling viss tidsperiod" ger inte längre samma utfall: 1 sökord som visades finns inte längre.',
  );

  await page.reload();
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const item = (await scenarios(page)).getByRole('listitem');
  await expect(item).toContainText('Försegling viss tidsperiod – Avviker');
  await (
    await scenarios(page)
  )
    .getByRole('button', { name: 'Fyll i formuläret med testfallet Försegling viss tidsperiod' })
    .click();
  await expect(group(page, 'Åtgärd').getByRole('radio', { name: 'Begränsning' })).toBeChecked();
  await expect(preview(page).getByLabel(/^Period till/)).toBeVisible();
  await (
    await scenarios(page)
  )
    .getByRole('button', { name: 'Uppdatera testfallet Försegling viss tidsperiod med dagens utfall' })
    .click();
  await expect(item).toContainText('Går igenom');
  await expect(await checks(page)).not.toContainText('Testfallet');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('a date is typed or picked in a Swedish calendar from the keyboard; the calendar opens on the typed day', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await group(page, ROOT).getByRole('radio', { name: 'Ja' }).check();
  await group(page, 'Åtgärd').getByRole('radio', { name: 'Begränsning' }).check();
  await group(page, 'Typ av begränsning', 'group')
    .getByRole('checkbox', { name: 'Försegling av 1177 journal – viss tidsperiod' })
    .check();
  const from = preview(page).getByRole('textbox', { name: /^Period från/ });
  const open = preview(page).getByRole('button', { name: 'Välj datum för Period från i en kalender' });
  await open.focus();
  await page.keyboard.press('Enter');
  const calendar = page.getByRole('dialog', { name: 'Kalender för Period från' });
  await expect(calendar.getByRole('grid')).toBeVisible();
  // Swedish: weeks from Monday, with week numbers; focus on today.
  await expect(calendar.getByRole('rowheader').first()).toHaveAccessibleName(/^Vecka \d+$/);
  await expect(calendar.getByRole('row').nth(1).getByRole('button').first()).toHaveAccessibleName(
    /^(Idag, )?måndag \d+ \p{L}+ \d{4}$/u,
  );
  const today = await page.evaluate(() => new Date().getDate());
  await expect(page.locator(':focus')).toHaveText(String(today));
  const results = await new AxeBuilder({ page })
    .include('.date-popover')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  // One day on, and picked: the field holds that day, written as the answer is kept.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const tomorrow = await page.evaluate(() => {
    const day = new Date();
    day.setDate(day.getDate() + 1);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  });
  await expect(from).toHaveValue(tomorrow);
  await expect(from).toBeFocused();
  await expect(calendar).toBeHidden();
  await expect(note(page)).toContainText(`Period från: ${tomorrow}`);

  // A typed day (a leap day) is where the calendar opens; Page Down goes a month on; Escape closes.
  await from.fill('2028-02-29');
  await open.click();
  await expect(page.locator(':focus')).toHaveAccessibleName(/29 februari 2028/);
  await page.keyboard.press('PageDown');
  await expect(page.locator(':focus')).toHaveAccessibleName(/mars 2028/);
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await expect(from).toHaveValue('2028-02-29');
});

test('Beslutsdatum made Datum och tid: its rule stays, the preview asks for a day and a time, and the note writes both', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  const editor = new EditorPage(page);
  await editor.show('Redigera');
  await editor.row('Beslutsdatum').click();
  await editor.inspector.getByRole('combobox', { name: 'Typ' }).selectOption({ label: 'Datum och tid' });
  await expect(editor.row('Beslutsdatum')).toHaveAccessibleName(/^Beslutsdatum, Datum och tid,/);
  await expect(editor.inspector.getByRole('checkbox', { name: 'Får inte ligga i framtiden' })).toBeChecked();

  await editor.show('Förhandsgranska');
  await group(page, ROOT).getByRole('radio', { name: 'Ja' }).check();
  const field = preview(page).getByRole('group', { name: /^Beslutsdatum/ });
  const day = field.getByRole('textbox', { name: 'Datum (ÅÅÅÅ-MM-DD)' });
  const time = field.getByRole('textbox', { name: 'Klockslag (tt:mm)' });
  // Half an answer is named once the keyword is left, not on the way from the day to the time.
  await day.fill('2026-02-03');
  await day.press('Tab');
  await expect(page.getByRole('button', { name: 'Välj datum för Beslutsdatum i en kalender' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(time).toBeFocused();
  await expect(field).not.toContainText('Skriv datum och klockslag');
  await time.press('Tab');
  await expect(field).toContainText('Skriv datum och klockslag: ÅÅÅÅ-MM-DD och tt:mm (00:00–23:59).');
  await expect(day).toHaveAttribute('aria-invalid', 'true');
  await time.fill('14:30');
  await expect(field).not.toContainText('Skriv datum och klockslag');
  await expect(note(page)).toContainText('Beslutsdatum: 2026-02-03 14:30');
  // The day comes from the calendar as for Datum; the time stays.
  await field.getByRole('button', { name: 'Välj datum för Beslutsdatum i en kalender' }).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(time).toHaveValue('14:30');
  await expect(note(page)).toContainText(/Beslutsdatum: \d{4}-\d{2}-\d{2} 14:30/);
  const results = await new AxeBuilder({ page })
    .include('.preview')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
