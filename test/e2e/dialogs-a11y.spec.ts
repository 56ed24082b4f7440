import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** How each dialog opens, by the names a user reads in either language. */
const DIALOGS = {
  sv: {
    tab: { versions: 'Versioner' },
    open: [
      { by: 'Exportera', dialog: /^Exportera/ },
      { by: 'Importera', dialog: /^Importera/ },
      { by: 'Återställ bibliotek', dialog: /^Återställ bibliotek/ },
      { by: 'Papperskorg (0)', dialog: /^Papperskorg/ },
      { by: 'Öppna mapp', dialog: /^Öppna mapp/ },
      { by: 'Lägg till i mall…', dialog: /^Lägg till/ },
      { by: 'Flytta till…', dialog: /^Flytta/ },
      { by: 'Spara version', dialog: /^Spara version/, tab: true },
    ],
  },
  en: {
    tab: { versions: 'Versions' },
    open: [
      { by: 'Export', dialog: /^Export/ },
      { by: 'Import', dialog: /^Import/ },
      { by: 'Restore library', dialog: /^Restore library/ },
      { by: 'Trash (0)', dialog: /^Trash/ },
      { by: 'Open folder', dialog: /^Open/ },
      { by: 'Add to template…', dialog: /^Add/ },
      { by: 'Move to…', dialog: /^Move/ },
      { by: 'Save version', dialog: /^Save version/, tab: true },
    ],
  },
} as const;

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('dialog[open]')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const language of ['sv', 'en'] as const) {
  test(`every dialog is named, modal and free of axe violations, in ${language === 'sv' ? 'Swedish' : 'English'}`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.goto('/');
    await page.getByRole('treeitem', { name: /^Åtgärd,/ }).click();
    if (language === 'en') await page.getByLabel('Språk').selectOption('en');
    const words = DIALOGS[language];
    for (const { by, dialog: name, ...rest } of words.open) {
      if ('tab' in rest) await page.getByRole('tab', { name: new RegExp(`^${words.tab.versions}`) }).click();
      await page.getByRole('button', { name: by, exact: true }).click();
      const dialog = page.getByRole('dialog', { name });
      await expect(dialog, by).toBeVisible();
      expect(await dialog.evaluate((el) => el.matches(':modal')), by).toBe(true);
      expect(await axeViolations(page), by).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog, by).toBeHidden();
      if (by === 'Flytta till…' || by === 'Move to…')
        await page.getByRole('treeitem', { name: /^Åtgärd,/ }).focus();
    }
  });
}
