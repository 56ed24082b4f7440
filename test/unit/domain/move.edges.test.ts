import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { moveNode, type TreeDocument } from '../../../src/domain/index.ts';
import { buildTree, heading, text } from '../../helpers/build-tree.ts';

const t = buildTree([heading('Rubrik', [text('A'), text('B'), text('C'), text('D')])]);
const order = (document: TreeDocument) =>
  (document.nodes[0] as { children: { keywordId: string }[] }).children.map(
    (child) => t.keywords.find((k) => k.id === child.keywordId)!.term,
  );
const moved = (term: string, index: number) => {
  const outcome = moveNode(t.document, t.node(term), { parentId: t.node('Rubrik'), index });
  if (!outcome.ok) throw new Error(outcome.refusal);
  return order(produce(t.document, outcome.recipe));
};

describe('moving among siblings: the target index counts the siblings before the move', () => {
  it.each([
    ['B', 0, ['B', 'A', 'C', 'D']],
    ['B', 1, ['A', 'B', 'C', 'D']],
    ['B', 2, ['A', 'B', 'C', 'D']],
    ['B', 3, ['A', 'C', 'B', 'D']],
    ['B', 4, ['A', 'C', 'D', 'B']],
    ['D', 0, ['D', 'A', 'B', 'C']],
    ['A', 4, ['B', 'C', 'D', 'A']],
  ] as const)('%s to %i: %j', (term, index, expected) => {
    expect(moved(term, index)).toEqual(expected);
  });

  it('its own place, or just after itself, leaves the document as it was', () => {
    for (const index of [1, 2]) {
      const outcome = moveNode(t.document, t.node('B'), { parentId: t.node('Rubrik'), index });
      if (!outcome.ok) throw new Error(outcome.refusal);
      expect(produce(t.document, outcome.recipe)).toEqual(t.document);
    }
  });

  it('an index past the end is refused, one at the end is not', () => {
    expect(moveNode(t.document, t.node('B'), { parentId: t.node('Rubrik'), index: 4 }).ok).toBe(true);
    expect(moveNode(t.document, t.node('B'), { parentId: t.node('Rubrik'), index: 5 })).toMatchObject({
      ok: false,
    });
  });

  it('into itself or below itself is refused', () => {
    expect(moveNode(t.document, t.node('Rubrik'), { parentId: t.node('Rubrik'), index: 0 })).toMatchObject({
      ok: false,
      refusal: 'intoOwnSubtree',
    });
    expect(moveNode(t.document, t.node('Rubrik'), { parentId: t.node('A'), index: 0 })).toMatchObject({
      ok: false,
      refusal: 'intoOwnSubtree',
    });
  });
});
