import { describe, expect, it } from 'vitest';
import {
  findNode,
  flattenTree,
  getIndexPath,
  getPath,
  getSubtreeIds,
  indexTree,
  isAncestor,
} from '../../../src/domain/index.ts';
import { buildBaseFragment } from '../../helpers/base-fragment.ts';

const { document } = buildBaseFragment();

describe('tree queries', () => {
  it('indexes every node in document order with parent, depth and sibling index', () => {
    const index = indexTree(document.nodes);
    expect(index.ordered.map((p) => p.node.id)).toEqual([
      'bas-atgard-utford',
      'bas-typ-av-atgard',
      'bas-beskrivning-av-byte',
      'bas-vikt',
      'bas-matvarden',
      'bas-datum-for-atgard',
      'bas-summa-av-atgarder',
      'bas-uppfoljning',
      'bas-plan',
    ]);
    expect(index.places.get('bas-plan')).toMatchObject({
      parentId: 'bas-uppfoljning',
      depth: 3,
      index: 0,
      order: 8,
    });
    expect(index.places.get('bas-vikt')).toMatchObject({ parentId: 'bas-atgard-utford', depth: 2, index: 1 });
    expect(index.maxDepth).toBe(3);
    expect(index.duplicateIds).toEqual([]);
  });

  it('finds nodes, paths, ancestors and subtrees', () => {
    expect(findNode(document.nodes, 'bas-plan')?.id).toBe('bas-plan');
    expect(findNode(document.nodes, 'nope')).toBeUndefined();
    const index = indexTree(document.nodes);
    expect(getPath(index, 'bas-plan')).toEqual(['bas-atgard-utford', 'bas-uppfoljning', 'bas-plan']);
    expect(getIndexPath(index, 'bas-plan')).toEqual([0, 5, 0]);
    expect(isAncestor(index, 'bas-atgard-utford', 'bas-plan')).toBe(true);
    expect(isAncestor(index, 'bas-plan', 'bas-atgard-utford')).toBe(false);
    expect(isAncestor(index, 'bas-plan', 'bas-plan')).toBe(false);
    expect(getSubtreeIds(findNode(document.nodes, 'bas-typ-av-atgard')!).sort()).toEqual([
      'bas-beskrivning-av-byte',
      'bas-typ-av-atgard',
    ]);
    expect(flattenTree(document.nodes).map((p) => p.depth)).toEqual([1, 2, 3, 2, 2, 2, 2, 2, 3]);
  });

  it('reports duplicate ids and survives depth far beyond the limit without recursion', () => {
    let deep = { id: 'leaf', keywordId: 'k' } as { id: string; keywordId: string; children?: unknown[] };
    for (let i = 0; i < 20_000; i++) deep = { id: `n${i}`, keywordId: 'k', children: [deep] };
    const index = indexTree([deep as never, { id: 'n0', keywordId: 'k' }]);
    expect(index.maxDepth).toBe(20_001);
    expect(index.duplicateIds).toEqual(['n0']);
  });
});
