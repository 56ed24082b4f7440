// The README's pictures of the app, taken from the production build in Debian's Chromium at
// 1440×900 on the example library, so they show what a new user sees. Run after `npm run build`:
//   npm run screenshots   (writes docs/screenshots/*.png)
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/helpers/chromium.ts';

const OUT = 'docs/screenshots';
const FRAGMENT = /^Begränsande eller tillgängliggörande åtgärder 1177/;

async function openFragment(page: Page) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Bibliotek' }).getByRole('button', { name: FRAGMENT }).click();
  await page.getByRole('treeitem', { name: /^Typ av begränsning,/ }).click();
}

async function answerFragment(page: Page) {
  const form = page.getByRole('region', { name: 'Förhandsgranskning' });
  await form.getByRole('radio', { name: 'Ja' }).first().check();
  await form.getByRole('radio', { name: 'Begränsning' }).check();
  await form.getByRole('checkbox', { name: 'Försegling av 1177 journal – viss tidsperiod' }).check();
  await form.getByRole('textbox', { name: /^Period från/ }).fill('2026-12-01');
}

const SHOTS: Record<string, (page: Page) => Promise<void>> = {
  // The tree in the centre, Egenskaper in sections beside it, Kontroll under it.
  editor: openFragment,
  // The form as a clinician meets it, with the note it writes.
  preview: async (page) => {
    await openFragment(page);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await answerFragment(page);
  },
  // Tree and form together while editing.
  'side-by-side': async (page) => {
    await openFragment(page);
    await page.getByRole('button', { name: 'Sida vid sida' }).click();
    await answerFragment(page);
  },
  // Every keyword of the library, searchable, with where each is used.
  catalogue: async (page) => {
    await openFragment(page);
    await page.getByRole('button', { name: 'Sökordskatalog', exact: true }).click();
    await page.getByRole('searchbox').first().fill('datum');
  },
  // Every dynamic point and what it reveals.
  branches: async (page) => {
    await openFragment(page);
    await page.getByRole('button', { name: 'Grenar', exact: true }).click();
  },
};

const server = await preview({
  preview: { port: 4181, strictPort: true, host: '127.0.0.1' },
  logLevel: 'warn',
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  mkdirSync(OUT, { recursive: true });
  for (const [name, arrange] of Object.entries(SHOTS)) {
    // A fresh profile each time: the example library, default panel sizes, nothing remembered.
    const context = await browser.newContext({
      baseURL: 'http://127.0.0.1:4181',
      viewport: { width: 1440, height: 900 },
      locale: 'sv-SE',
    });
    const page = await context.newPage();
    await arrange(page);
    await page.getByText('Sparat', { exact: true }).waitFor();
    await page.screenshot({ path: `${OUT}/${name}.png` });
    await context.close();
    console.log(`${OUT}/${name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
