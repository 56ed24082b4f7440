import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/domain/limits.ts';
import type { KeywordNode, TreeDocument } from '../../../src/domain/model.ts';
import { checkStructure } from '../../../src/validation/structural.ts';
import { buildLargeTemplate } from '../../helpers/large-tree.ts';

const base = buildLargeTemplate(1, 1).document;
const leaves = (count: number): KeywordNode[] =>
  Array.from({ length: count }, (_, i) => ({ id: `n${i}`, keywordId: 'kw-text' }));
const pathOf = (document: TreeDocument) => {
  const checked = checkStructure.document(document);
  if (checked.ok) return 'ok';
  const { path, params } = checked.diagnostic;
  return `${path} ${typeof params.rule === 'string' ? params.rule : ''}`;
};

// The schema's node lists hold as many nodes as a document may (issue 17: 25,000, was 5,000).
describe('node lists in the schema: one below, at and one above the node limit', () => {
  it.each([
    [LIMITS.nodes - 1, 'ok'],
    [LIMITS.nodes, 'ok'],
    [LIMITS.nodes + 1, '/nodes maxItems'],
  ])('%i top-level nodes: %s', (count, expected) => {
    expect(pathOf({ ...base, nodes: leaves(count) })).toBe(expected);
  });

  it.each([
    [LIMITS.nodes - 1, 'ok'],
    [LIMITS.nodes, 'ok'],
    [LIMITS.nodes + 1, '/nodes/0/children maxItems'],
  ])('%i children of one node: %s', (count, expected) => {
    expect(pathOf({ ...base, nodes: [{ id: 'rot', keywordId: 'kw-text', children: leaves(count) }] })).toBe(
      expected,
    );
  });
});
