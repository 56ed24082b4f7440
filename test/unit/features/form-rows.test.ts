import { describe, expect, it } from 'vitest';
import type { Keyword, TreeNode } from '../../../src/domain/model.ts';
import { createCatalog } from '../../../src/domain/model.ts';
import { indexTree } from '../../../src/domain/tree.ts';
import { formRows } from '../../../src/features/preview/form-rows.ts';

const catalog = createCatalog([
  { id: 'fraga', term: 'Fråga', type: 'yesNo', status: 'active' },
  { id: 'text', term: 'Text', type: 'text', status: 'active' },
] satisfies Keyword[]);
const nodes: TreeNode[] = [
  {
    id: 'a',
    keywordId: 'fraga',
    children: [
      { id: 'a1', keywordId: 'text', children: [{ id: 'a11', keywordId: 'text' }] },
      { id: 'a2', keywordId: 'text' },
    ],
  },
  { id: 'b', keywordId: 'saknas', children: [{ id: 'b1', keywordId: 'text' }] },
  { id: 'c', keywordId: 'text' },
];
const { ordered } = indexTree(nodes);
const rowsOf = (visible: string[], showAll: boolean) =>
  formRows(ordered, (id) => visible.includes(id), catalog, showAll).map(
    (r) => `${r.node.id}@${r.depth}${r.folded ? (r.foldTop ? ' top' : ' folded') : ''}`,
  );

describe('formRows', () => {
  it('lists the visible nodes in document order at their depth, skipping what is hidden below a hidden node', () => {
    expect(rowsOf(['a', 'a2', 'a11', 'c'], false)).toEqual(['a@0', 'a2@1', 'c@0']);
  });

  it('with Visa alla grenar lists every node; only the topmost folded node of a branch is the top', () => {
    expect(rowsOf(['a', 'c'], true)).toEqual(['a@0', 'a1@1 top', 'a11@2 folded', 'a2@1 top', 'c@0']);
  });

  it('shows nothing of a keyword missing from the catalogue, nor what lies below it', () => {
    expect(rowsOf(['a', 'b', 'b1', 'c'], true)).toEqual([
      'a@0',
      'a1@1 top',
      'a11@2 folded',
      'a2@1 top',
      'c@0',
    ]);
  });

  it('with a limit gives only the first rows, and asks nothing past the last row it keeps', () => {
    const asked: string[] = [];
    const visible = (id: string) => (asked.push(id), ['a', 'a2', 'c'].includes(id));
    const ids = (limit: number) => {
      asked.length = 0;
      return formRows(ordered, visible, catalog, false, limit).map((r) => r.node.id);
    };
    expect(ids(2)).toEqual(['a', 'a2']);
    expect(asked).toEqual(['a', 'a1', 'a2']);
    expect(ids(3)).toEqual(['a', 'a2', 'c']);
    expect(ids(4)).toEqual(['a', 'a2', 'c']);
    expect(ids(0)).toEqual([]);
  });
});
