/**
 * Fuzzing every reader of untrusted text (issue 18, deliverable 6): valid files with random parts
 * replaced by hostile values (prototype keys, wrong types, huge strings, deep nesting, include
 * graphs), and random text. Each reader must return a refusal or a result, never throw; what it
 * accepts must be a valid document. A fixed seed and bounded runs keep `npm test` repeatable; a
 * longer run: FUZZ_RUNS=20000 FUZZ_SEED=$RANDOM npx vitest run test/unit/hardening.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkImport } from '../../../src/exchange/import-file.ts';
import { readSubtree } from '../../../src/exchange/read-subtree.ts';
import { KEYWORD_TYPE_BY_NAME } from '../../../src/i18n/file-words.ts';
import { fileWordsIn } from '../../../src/i18n/all-strings.ts';
import { readKeywordCsv } from '../../../src/formats/keyword-csv-import.ts';
import { parseTermOutline } from '../../../src/formats/term-outline.ts';
import { checkFileText } from '../../../src/validation/check-file.ts';
import { checkStructure } from '../../../src/validation/structural.ts';
import { includeBombLibrary } from '../../helpers/include-bomb.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SETTINGS = { seed: Number(process.env.FUZZ_SEED ?? 18), numRuns: RUNS } as const;
const ROOT = join(import.meta.dirname, '../../..');

const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as unknown;
const fragmentFile = read('schemas/examples/fragment-file/exempel-levnadsvanor.json');
const libraryFile = read('schemas/examples/library-file/exempelbibliotek.json');
const corpus = readdirSync(join(ROOT, 'test/fixtures/fhir-corpus'))
  .filter((name) => name.endsWith('.json'))
  .slice(0, 8)
  .map((name) => read(`test/fixtures/fhir-corpus/${name}`));

/** Keys an attacker tries: the prototype's, and the ones our readers look up. */
const KEY = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'format',
  'formatVersion',
  'resourceType',
  'id',
  'nodes',
  'children',
  'include',
  'fragmentId',
  'keywordId',
  'showWhen',
  'clauses',
  'item',
  'linkId',
  'enableWhen',
  'answerOption',
  'coding',
  'code',
  'extension',
  'valueString',
);
const HOSTILE: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, -1, 1e308, Number.MAX_SAFE_INTEGER, '', ' ', '\u0000', '\uFFFD'),
    fc.string({ maxLength: 20 }),
    fc.constantFrom(
      'x'.repeat(70_000),
      'ü'.repeat(600),
      '1.0.0',
      'text',
      'choice',
      'group',
      'termverkstad-fragment',
    ),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(KEY, fc.string({ maxLength: 6 })), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Every path to a value inside a JSON value. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...at, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) paths(item, [...at, key], out);
  return out;
}

/** A copy of `base` with up to three values (picked by index) replaced, or a key added beside them. */
const mutated = (base: unknown) => {
  const all = paths(base);
  return fc
    .array(fc.tuple(fc.nat(), HOSTILE, fc.option(KEY, { nil: undefined })), { minLength: 1, maxLength: 3 })
    .map((edits) => {
      // Text, not objects: a '__proto__' key must reach the reader as JSON text does.
      const copy = structuredClone(base);
      for (const [pick, value, key] of edits) {
        const path = all[pick % all.length]!;
        if (path.length === 0) continue;
        const parent = path
          .slice(0, -1)
          .reduce<unknown>((node, step) => (node as Record<string, unknown>)?.[step as string], copy);
        if (typeof parent !== 'object' || parent === null) continue;
        (parent as Record<string, unknown>)[key ?? (path.at(-1) as string)] = value;
      }
      const text = JSON.stringify(copy);
      // Assigning '__proto__' sets the prototype, not a key: write one in as the text would have it.
      return edits.some(([, , key]) => key === '__proto__')
        ? text.replace(/^\{/, '{"__proto__":{"x":1},')
        : text;
    });
};

const byteLength = (text: string) => Buffer.byteLength(text);

describe('fuzzing the readers of untrusted files (fixed seed)', () => {
  it('Importera / validate (Termverkstad files): a refusal or findings, never a throw; what is accepted is valid', () => {
    fc.assert(
      fc.property(fc.oneof(mutated(fragmentFile), mutated(libraryFile)), (text) => {
        const result = checkFileText(text, byteLength(text));
        if (!result.ok) {
          expect(result.refusal.code).toMatch(/^[A-Z_0-9]+$/);
          return;
        }
        if (result.kind === 'fragment' && result.file)
          expect(checkStructure.fragmentFile(result.file).ok).toBe(true);
        if (result.kind === 'library' && result.file)
          expect(checkStructure.libraryFile(result.file).ok).toBe(true);
        for (const diagnostic of result.diagnostics) expect(diagnostic.code).toMatch(/^[A-Z_0-9]+$/);
      }),
      SETTINGS,
    );
  });

  it('Importera (FHIR Questionnaires from seven projects, mutated): a reason or a valid document, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(...corpus.map(mutated)), (text) => {
        const result = checkImport(text, byteLength(text), '2026-12-02T00:00:00.000Z');
        if (!result.ok) {
          expect(result.reason.code).toMatch(/^[A-Z_0-9]+$/);
          return;
        }
        expect(checkStructure.fragmentFile(result.file).ok).toBe(true);
      }),
      { ...SETTINGS, numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('Återställ (a library of include graphs, mutated): never a throw', () => {
    const bomb = includeBombLibrary({ levels: 4, fanOut: 6, scenario: true });
    fc.assert(
      fc.property(mutated(bomb), (text) => {
        const result = checkFileText(text, byteLength(text));
        expect(typeof result.ok).toBe('boolean');
      }),
      { ...SETTINGS, numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('Klistra in (a copied subtree, any JSON): a refusal or a subtree, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 4 }), mutated(fragmentFile)), (text) => {
        const result = readSubtree(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      SETTINGS,
    );
  });

  it('pasted terms and keyword lists (any text): read or refused, never a throw', () => {
    const headings = [fileWordsIn('sv').csv, fileWordsIn('en').csv];
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'grapheme' }), (text) => {
        expect(typeof parseTermOutline(text, KEYWORD_TYPE_BY_NAME).ok).toBe('boolean');
        expect(Array.isArray(readKeywordCsv(text, headings, KEYWORD_TYPE_BY_NAME).problems)).toBe(true);
      }),
      SETTINGS,
    );
  });
});
