import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** Exports the open document from the UI (Exportera → format → Ladda ned) and reads the downloaded file. */
export async function exportAs(
  page: Page,
  format: string,
  variant?: string,
): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Exportera' }).click();
  const dialog = page.getByRole('dialog', { name: /^Exportera / });
  await dialog.getByRole('radio', { name: format }).check();
  if (variant) await dialog.getByRole('radio', { name: variant }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Ladda ned' }).click(),
  ]);
  const path = await download.path();
  await expect(dialog).toHaveCount(0);
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}
