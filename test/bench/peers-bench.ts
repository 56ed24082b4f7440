// Issue 17, item 5: Termverkstad beside LHC-Forms (the NLM's FHIR renderer) on the same workload.
// The workload is deterministic (test/helpers/large-tree.ts: headings of Ja/Nej questions, each
// unfolding four conditional children), exported once as a FHIR R4 Questionnaire: Termverkstad
// imports that file through Importera as a user does, LHC-Forms renders it. Sizes ~500, ~5,000 and
// ~25,000 nodes; every run in a fresh browser context; medians and p95 over the runs, and the
// growth 25k/500. Figures only: not part of CI (a full run takes ~10 minutes on 2 cores).
// Run: npm run bench:peers (-- --runs 3, -- --sizes 500,5000 to run fewer).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createCatalog } from '../../src/domain/model.ts';
import { toQuestionnaire } from '../../src/formats/fhir-export.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.ts';
import { buildLargeTemplate } from '../helpers/large-tree.ts';
import { serveLforms } from '../helpers/lforms.ts';

const PORT = 4190;
const BASE = `http://127.0.0.1:${PORT}/`;
const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const RUNS = Number(argument('--runs') ?? 3);
/** Headings × questions: 1 + 99 × 5 = 496, 10 × 496 = 4,970 and 50 × 496 = 24,800 nodes. */
const ALL_SIZES = { 500: [1, 99], 5000: [10, 99], 25000: [50, 99] } as const;
const SIZES = (argument('--sizes') ?? '500,5000,25000').split(',').map(Number) as (keyof typeof ALL_SIZES)[];

/**
 * Page instruments, as plain source (a function passed from here would be rewritten by tsx with
 * helpers the page does not have): the first tree row painted, and `armLatency(selector, count,
 * text)`, which times the next input (keydown or click) until `count` elements match the selector
 * (and hold the text) and the frame showing them is painted (rAF, then a task).
 */
const INSTRUMENT = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[role="treeitem"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.treePaintedAt = performance.now())));
  }).observe(document, { childList: true, subtree: true });
  window.armLatency = (selector, count, text) => {
    window.latency = new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error('not seen within 60 s: ' + selector + ' ' + (text || ''))), 60000);
      const start = () => {
        removeEventListener('keydown', start, true);
        removeEventListener('click', start, true);
        const t0 = performance.now();
        const poll = () => {
          const found = [...document.querySelectorAll(selector)].filter((e) => !text || e.textContent.includes(text));
          if (found.length >= count) setTimeout(() => resolve(performance.now() - t0));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      };
      addEventListener('keydown', start, true);
      addEventListener('click', start, true);
    });
  };
`;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)]!;
};
const p95 = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
};

const arm = (page: Page, selector: string, count: number, text = '') =>
  page.evaluate(
    ([s, c, t]) =>
      (window as unknown as { armLatency: (s: string, c: number, t: string) => void }).armLatency(s, c, t),
    [selector, count, text] as const,
  );
const latency = (page: Page) =>
  page.evaluate(() => (window as unknown as { latency: Promise<number> }).latency);

/** The JS heap in use after a full collection, in MB. */
async function heapMb(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

type Figures = Record<string, number[]>;
const add = (figures: Figures, name: string, ...values: number[]) => {
  (figures[name] ??= []).push(...values);
  console.error(`  ${name}: ${values.map((v) => v.toFixed(1)).join(', ')}`);
};

/** One fresh-context run of Termverkstad's flows on the workload written to `file`. */
async function termverkstadRun(browser: Browser, file: string, figures: Figures) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: INSTRUMENT });
  await page.goto(BASE);
  await page.getByRole('status', { name: 'Sparstatus' }).getByText('Sparat').waitFor({ timeout: 60_000 });

  // Importera: the file chosen → its check shown, and Importera → the template's tree painted.
  await page
    .getByRole('navigation', { name: 'Bibliotek' })
    .getByRole('button', { name: 'Importera' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Importera fil' });
  let started = Date.now();
  await dialog.getByLabel('Välj fil').setInputFiles(file);
  await dialog
    .getByRole('status')
    .getByText(/Kontrollen hittar 0 fel/)
    .waitFor({ timeout: 120_000 });
  const checked = Date.now() - started;
  started = Date.now();
  await dialog.getByRole('button', { name: 'Importera' }).click();
  await page.getByRole('heading', { level: 2, name: 'Stor mall' }).waitFor({ timeout: 120_000 });
  add(figures, 'import: file → checked', checked);
  add(figures, 'import: Importera → tree', Date.now() - started);
  await page.getByRole('status', { name: 'Sparstatus' }).getByText('Sparat').waitFor({ timeout: 120_000 });

  // Cold load: navigation start → the first tree painted (the library read and checked).
  await page.reload();
  await page.waitForFunction(() => (window as { treePaintedAt?: number }).treePaintedAt !== undefined, null, {
    timeout: 120_000,
  });
  add(
    figures,
    'cold load → tree painted',
    await page.evaluate(() => (window as { treePaintedAt?: number }).treePaintedAt!),
  );
  await page
    .getByRole('navigation', { name: 'Bibliotek' })
    .getByRole('button', { name: /^Stor mall/ })
    .click();
  const tree = page.getByRole('tree', { name: 'Sökordsträd' });
  await tree.getByRole('treeitem').nth(1).click();
  add(figures, 'heap with the template open (MB)', await heapMb(page));

  // A keystroke in Sökordsterm → the row painted (5 keystrokes).
  const term = page.getByRole('region', { name: 'Egenskaper' }).getByRole('textbox', { name: 'Sökordsterm' });
  await term.click();
  await term.press('End');
  const termNow = await term.inputValue();
  for (let i = 0; i < 5; i++) {
    await arm(page, '[role="treeitem"]', 1, `${termNow}${'x'.repeat(i + 1)}`);
    await page.keyboard.press('x');
    add(figures, 'keystroke → row painted', await latency(page));
  }
  // Add a child (Ctrl+Shift+Enter) → its row painted with its name field, undone after (5 times).
  for (let i = 0; i < 5; i++) {
    await tree.getByRole('treeitem').nth(1).click();
    await arm(page, '[role="treeitem"] input.tree-rename', 1);
    await page.keyboard.press('Control+Shift+Enter');
    add(figures, 'add child → painted', await latency(page));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
  }

  // Förhandsgranska → the first field painted; Ja → its four children painted (5 ticks).
  await arm(page, '[aria-label="Formulärets fält"] [role="radiogroup"]', 1);
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  add(figures, 'Förhandsgranska → first field', await latency(page));
  const form = page.getByRole('region', { name: 'Förhandsgranskning' });
  const rows = form.getByRole('list', { name: 'Formulärets fält' }).getByRole('listitem');
  const before = Number(await rows.first().getAttribute('aria-setsize'));
  for (let i = 0; i < 5; i++) {
    await arm(page, `[role="listitem"][aria-setsize="${before + 4}"]`, 1);
    await form.getByRole('radiogroup').nth(i).getByRole('radio', { name: 'Ja' }).check();
    add(figures, 'tick Ja → children painted', await latency(page));
    await form.getByRole('radiogroup').nth(i).getByRole('radio', { name: 'Nej' }).check();
    await rows
      .first()
      .and(page.locator(`[aria-setsize="${before}"]`))
      .waitFor();
  }
  await context.close();
}

/** One fresh-context run of LHC-Forms on the same Questionnaire: render, and a tick of Ja. */
async function lformsRun(browser: Browser, url: string, figures: Figures) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: INSTRUMENT });
  await page.goto(url);
  await page.locator('body[data-state="rendered"]').waitFor({ timeout: 600_000 });
  const { start, end } = await page.evaluate(() => {
    const w = window as unknown as { renderStartedAt: number; renderedAt: number };
    return { start: w.renderStartedAt, end: w.renderedAt };
  });
  add(figures, 'LHC-Forms: page load → form rendered', end);
  add(figures, 'LHC-Forms: render (addFormToPage)', end - start);
  add(figures, 'LHC-Forms: heap (MB)', await heapMb(page));
  for (let i = 0; i < 3; i++) {
    const questions = await page.locator('span.question').count();
    await arm(page, 'span.question', questions + 4);
    await page
      .getByRole('radiogroup', { name: new RegExp(`^Åtgärd ${i + 1} utförd`) })
      .first()
      .locator('label')
      .filter({ hasText: /^Ja$/ })
      .click();
    add(figures, 'LHC-Forms: tick Ja → children painted', await latency(page));
  }
  await context.close();
}

/** The gzipped size of the scripts a first visit downloads (the entry and what it preloads), KB. */
function initialJsKb() {
  const dist = join(import.meta.dirname, '../../dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return (
    scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0) /
    1024
  );
}

async function main() {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (let i = 0; i < 50; i++) {
      if (
        await fetch(BASE).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const bySize: Record<number, Figures> = {};
    for (const size of SIZES) {
      const [headings, questions] = ALL_SIZES[size];
      const template = buildLargeTemplate(headings, questions);
      const questionnaire = toQuestionnaire(template.document, createCatalog(template.keywords));
      const file = join(tmpdir(), `termverkstad-peers-${size}.json`);
      writeFileSync(file, JSON.stringify(questionnaire));
      const figures: Figures = { 'initial JS (KB gzip)': [initialJsKb()] };
      for (let run = 0; run < RUNS; run++) {
        await termverkstadRun(browser, file, figures);
        const lforms = await serveLforms(questionnaire);
        try {
          await lformsRun(browser, lforms.url, figures);
        } finally {
          await lforms.close();
        }
        console.error(`${size}: run ${run + 1} of ${RUNS} done`);
      }
      bySize[size] = figures;
    }
    const names = Object.keys(bySize[SIZES[0]!]!);
    const cell = (values: number[] | undefined) =>
      values
        ? `${median(values).toFixed(1).padStart(8)} ${p95(values).toFixed(1).padStart(8)}`
        : ' '.repeat(17);
    const first = SIZES[0]!;
    const last = SIZES.at(-1)!;
    const lines = [
      `${'flow (ms unless said)'.padEnd(42)} ${SIZES.map((s) => `${`${s} p50`.padStart(8)} ${`${s} p95`.padStart(8)}`).join(' ')}  growth ${last}/${first} (p50)`,
      ...names.map(
        (name) =>
          `${name.padEnd(42)} ${SIZES.map((s) => cell(bySize[s]![name])).join(' ')}  ${(
            median(bySize[last]![name]!) / median(bySize[first]![name]!)
          ).toFixed(2)}`,
      ),
      '',
      `${RUNS} fresh-context runs per size (5 inputs per run for keystroke, add and tick; 3 ticks in LHC-Forms); headless Chromium; ${(await import('node:os')).cpus().length} cores.`,
    ];
    console.log(lines.join('\n'));
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/peers.txt', `${lines.join('\n')}\n`);
    writeFileSync(
      'bench-results/peers.json',
      JSON.stringify({ date: new Date().toISOString(), bySize }, null, 2),
    );
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
