import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import type { FragmentFile, KeywordNode } from '../../src/domain/model.ts';
import { buildLargeTemplate } from '../helpers/large-tree.ts';
import { EditorPage } from './pages/editor-page.ts';

// Issue 17, item 1: a form far longer than the window is virtualised, and still reached in full
// from the keyboard. 4 headings × 99 Ja/Nej questions (each with four conditional children):
// 400 rows of 1,984 nodes; the last question is required.
const HEADINGS = 4;
const QUESTIONS = 99;

/**
 * Opens the app, writes a template as a fragment file, imports it ("Stor mall") once its check has
 * no errors, and gives the editor page.
 */
async function importTemplate(page: Page, testInfo: TestInfo, template: FragmentFile) {
  const path = testInfo.outputPath(`${template.document.id}.json`);
  writeFileSync(path, JSON.stringify(template));
  const editor = await new EditorPage(page).open();
  await editor.library.getByRole('button', { name: 'Importera' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera fil' });
  await dialog.getByLabel('Välj fil').setInputFiles(path);
  await expect(dialog.getByRole('status')).toContainText('Kontrollen hittar 0 fel', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Stor mall' })).toBeVisible({ timeout: 30_000 });
  return editor;
}

/** Imports the form (its last question required) and opens Förhandsgranska. */
async function openLargeForm(page: Page, testInfo: TestInfo) {
  const template = buildLargeTemplate(HEADINGS, QUESTIONS);
  const last = (template.document.nodes.at(-1) as KeywordNode).children!.at(-1) as { required?: boolean };
  last.required = true;
  await importTemplate(page, testInfo, template);
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const form = page.getByRole('region', { name: 'Förhandsgranskning' });
  await expect(form.getByRole('radiogroup').first()).toBeVisible();
  return form;
}

test('a long form renders only the rows near the view, each placed in the whole; Tab walks every field to the last', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const form = await openLargeForm(page, testInfo);
  const rows = form.getByRole('list', { name: 'Formulärets fält' }).getByRole('listitem');
  // 400 rows in the form, a window of them in the page.
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(HEADINGS * (QUESTIONS + 1)));
  expect(await rows.count()).toBeLessThan(60);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // From the first question, Tab after Tab: every question is reached, in order, to the last.
  await form
    .getByRole('radiogroup', { name: /^Åtgärd 1 utförd/ })
    .first()
    .getByRole('radio', { name: 'Ja' })
    .focus();
  const reached: string[] = [];
  for (let i = 0; i < HEADINGS * QUESTIONS; i++) {
    const where = await page.evaluate(() => {
      const focused = document.activeElement as HTMLInputElement;
      const row = focused.closest('[role="listitem"]');
      return `${focused.id}@${row?.getAttribute('aria-posinset')}`;
    });
    reached.push(where);
    await page.keyboard.press('Tab');
  }
  const expected = Array.from({ length: HEADINGS }, (_, h) =>
    Array.from({ length: QUESTIONS }, (_, q) => `svar-n-${h + 1}-${q + 1}@${h * (QUESTIONS + 1) + q + 2}`),
  ).flat();
  expect(reached).toEqual(expected);
  // Still a window of rows, now at the end.
  expect(await rows.count()).toBeLessThan(60);
});

test('Kontrollera svar takes the user to a required field far below, not yet in the page', async ({
  page,
}, testInfo) => {
  const form = await openLargeForm(page, testInfo);
  const lastField = page.locator(`#svar-n-${HEADINGS}-${QUESTIONS}`);
  await expect(lastField).toHaveCount(0);
  await form.getByRole('button', { name: 'Kontrollera svar' }).click();
  const check = form.getByRole('region', { name: 'Svarskontroll' });
  await check.getByRole('button', { name: new RegExp(`^Åtgärd ${QUESTIONS} utförd`) }).click();
  await expect(lastField).toBeFocused();
  await expect(
    form.getByRole('radiogroup', { name: new RegExp(`^Åtgärd ${QUESTIONS} utförd`) }).last(),
  ).toBeInViewport();
  // Answering it clears the problem; ticking Ja unfolds its four children right there.
  await page.keyboard.press('Space');
  await expect(check).toContainText('Alla svar är giltiga');
  await expect(form.getByRole('radiogroup', { name: /^Val/ }).last()).toBeInViewport();
});

test('a 25,000-node template imports, opens, is edited, previewed and saved, and is there after a reload (issue 17)', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  // 50 headings × 99 questions × (1 + 4 children): 24,800 nodes.
  const editor = await importTemplate(page, testInfo, buildLargeTemplate(50, 99));
  await expect(editor.saveStatus).toHaveText('Sparat', { timeout: 60_000 });

  // Edited: a keyword's term (the keyword is placed once under every heading).
  await editor.row('Avsnitt 1 – åtgärder').click();
  await page.keyboard.press('ArrowDown');
  const term = editor.inspector.getByRole('textbox', { name: 'Sökordsterm' });
  await expect(term).toHaveValue('Åtgärd 1 utförd');
  await term.fill('Åtgärd 1 genomförd');
  await expect(editor.row('Åtgärd 1 genomförd')).toBeVisible();

  // Previewed: Ja on the last question of the last heading unfolds its four children.
  await editor.show('Förhandsgranska');
  const form = page.getByRole('region', { name: 'Förhandsgranskning' });
  const rows = form.getByRole('list', { name: 'Formulärets fält' }).getByRole('listitem');
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(50 * 100));
  await form
    .getByRole('radiogroup', { name: /^Åtgärd 1 genomförd/ })
    .first()
    .getByRole('radio', { name: 'Ja' })
    .check();
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(50 * 100 + 4));

  // Saved, and there after a reload.
  await expect(editor.saveStatus).toHaveText('Sparat', { timeout: 60_000 });
  await page.reload();
  await expect(editor.library.getByRole('button', { name: /^Stor mall/ })).toBeVisible({ timeout: 30_000 });
  await editor.openDocument('Stor mall');
  await expect(editor.row('Åtgärd 1 genomförd').first()).toBeVisible({ timeout: 30_000 });
});

// A form of up to WHOLE_FORM_ROWS (200) rows is rendered whole; a longer one only near the view.
for (const [headings, questions, rows, whole] of [
  [1, 198, 199, true],
  [2, 99, 200, true],
  [3, 66, 201, false],
] as const)
  test(`a form of ${rows} rows is rendered ${whole ? 'whole' : 'only near the view'}`, async ({
    page,
  }, testInfo) => {
    await importTemplate(page, testInfo, buildLargeTemplate(headings, questions));
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    const list = page.getByRole('list', { name: 'Formulärets fält' });
    await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(rows));
    const rendered = await list.getByRole('listitem').count();
    if (whole) expect(rendered).toBe(rows);
    else expect(rendered).toBeLessThan(60);
  });
