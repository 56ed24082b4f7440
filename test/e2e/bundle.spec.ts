import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const DIST = join(import.meta.dirname, '../../dist');

test('the shipped bundle compiles no code at run time and carries a strict CSP', () => {
  const scripts = readdirSync(join(DIST, 'assets')).filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const file of scripts) {
    const code = readFileSync(join(DIST, 'assets', file), 'utf8');
    expect(code, file).not.toMatch(/new Function\s*\(|\beval\s*\(/);
  }
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');
});

test('the first download stays within the budget, and FHIR, import, export and the schema check load only when used (PERF-14)', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  // The entry script and every module it preloads: what a first visit downloads before it runs.
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const gzipped = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
  const js = initial.filter((file) => file.endsWith('.js'));
  const css = initial.filter((file) => file.endsWith('.css'));
  const jsBytes = js.reduce((sum, file) => sum + gzipped(file), 0);
  const cssBytes = css.reduce((sum, file) => sum + gzipped(file), 0);
  console.log(
    `initial JS ${(jsBytes / 1024).toFixed(1)} KB gzip (budget 180); CSS ${(cssBytes / 1024).toFixed(1)} KB`,
  );
  expect(jsBytes).toBeLessThanOrEqual(180 * 1024);
  expect(cssBytes).toBeLessThanOrEqual(20 * 1024);
  for (const file of readdirSync(join(DIST, 'assets')))
    expect(readFileSync(join(DIST, 'assets', file)).length, file).toBeLessThanOrEqual(500 * 1000);
  const lazy =
    /^assets\/(fhir-|export-dialog-|import-dialog-|check-file-|read-subtree-|restore-dialog-|check-worker-|structural-|library-check-)/;
  expect(js.filter((file) => lazy.test(file))).toEqual([]);
  expect(
    readdirSync(join(DIST, 'assets')).filter((file) => lazy.test(`assets/${file}`)).length,
  ).toBeGreaterThanOrEqual(5);
});
