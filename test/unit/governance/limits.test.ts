import { describe, expect, it } from 'vitest';
import type { Keyword, TreeDocument } from '../../../src/domain/index.ts';
import { checkStructure } from '../../../src/validation/structural.ts';
import { buildTree, single, text } from '../../helpers/build-tree.ts';

/** One below, at and one above each limit the governance and FHIR work added to the schemas. */
const keywordOk = (extra: Partial<Keyword>, base: Keyword) =>
  checkStructure.keyword({ ...base, ...extra }).ok;
const t = buildTree([text('Fri'), single('Val', ['A'])]);
const fri = t.keyword('Fri');
const val = t.keyword('Val');

describe('schema limits of answer rules and value lists', () => {
  it('pattern: 1 to 200 characters', () => {
    expect([0, 1, 200, 201].map((n) => keywordOk({ pattern: 'a'.repeat(n) }, fri))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('minLength: 1 to 100000', () => {
    expect([0, 1, 100000, 100001].map((n) => keywordOk({ minLength: n }, fri))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('missingItems.max: 0 to 200, a whole number', () => {
    const with_ = (max: number) => keywordOk({ missingItems: { max } }, { ...val, type: 'score' });
    expect([-1, 0, 200, 201, 1.5].map(with_)).toEqual([false, true, true, false, false]);
  });

  it('valueSet: 1 to 500 characters; optionSystem: up to 500, empty allowed', () => {
    expect([0, 1, 500, 501].map((n) => keywordOk({ valueSet: 'v'.repeat(n) }, val))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect([0, 500, 501].map((n) => keywordOk({ optionSystem: 's'.repeat(n) }, val))).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('schema limits of comments and kept elements', () => {
  const documentOk = (extra: Partial<TreeDocument>) =>
    checkStructure.document({ ...t.document, ...extra }).ok;
  const comment = (text: string) => ({ id: 'c1', text, at: '2026-12-01T10:00:00Z' });

  it('a comment is 1 to 10000 characters', () => {
    expect([0, 1, 10000, 10001].map((n) => documentOk({ comments: [comment('x'.repeat(n))] }))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('a kept element may be as large as a document file (5 MiB), not one character more', () => {
    const kept = (n: number) =>
      documentOk({ keptFromImport: [{ where: '', what: 'contained', json: 'x'.repeat(n) }] });
    expect([5 * 1024 * 1024 - 1, 5 * 1024 * 1024, 5 * 1024 * 1024 + 1].map(kept)).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('limits sized for real FHIR forms (#14)', () => {
  it('a term, option label or title: 1 to 10,000 characters', () => {
    expect([0, 1, 9999, 10000, 10001].map((n) => keywordOk({ term: 'x'.repeat(n) }, fri))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    const label = (n: number) => keywordOk({ options: [{ id: 'a', label: 'x'.repeat(n) }] }, val);
    expect([9999, 10000, 10001].map(label)).toEqual([true, true, false]);
  });

  const documentOk = (extra: Partial<TreeDocument>) =>
    checkStructure.document({ ...t.document, ...extra }).ok;

  it('a condition value: 1 to 10,000 characters', () => {
    const [first, second] = t.document.nodes;
    const withValue = (value: string) =>
      documentOk({
        nodes: [
          first!,
          {
            ...second!,
            showWhen: { behavior: 'all', clauses: [{ source: first!.id, operator: 'equals', value }] },
          },
        ],
      });
    expect(['', 'x', 'x'.repeat(9999), 'x'.repeat(10000), 'x'.repeat(10001)].map(withValue)).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('what an import kept: up to 60,000 entries', () => {
    const entries = (n: number) =>
      documentOk({
        keptFromImport: Array.from({ length: n }, (_, i) => ({ where: `n${i}`, what: '#item', json: '{}' })),
      });
    expect([59999, 60000, 60001].map(entries)).toEqual([true, true, false]);
  });
});
