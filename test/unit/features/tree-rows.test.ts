import { describe, expect, it } from 'vitest';
import {
  getDropProjection,
  getVisibleRows,
  searchTree,
  withoutDescendants,
} from '../../../src/features/tree-editor/tree-rows.ts';
import { buildBaseFragment } from '../../helpers/base-fragment.ts';
import { getIdsWithChildren } from '../../../src/domain/index.ts';

const { document } = buildBaseFragment();

describe('getVisibleRows', () => {
  it('shows only top-level rows when nothing is expanded', () => {
    expect(
      getVisibleRows(document.nodes, new Set()).map((r) => [r.node.id, r.depth, r.hasChildren, r.expanded]),
    ).toEqual([['bas-atgard-utford', 1, true, false]]);
  });

  it('shows children of expanded nodes with their level, position and set size', () => {
    const rows = getVisibleRows(document.nodes, new Set(['bas-atgard-utford', 'bas-uppfoljning']));
    expect(rows.map((r) => `${r.node.id}:${r.depth}:${r.posInSet}/${r.setSize}`)).toEqual([
      'bas-atgard-utford:1:1/1',
      'bas-typ-av-atgard:2:1/6',
      'bas-vikt:2:2/6',
      'bas-matvarden:2:3/6',
      'bas-datum-for-atgard:2:4/6',
      'bas-summa-av-atgarder:2:5/6',
      'bas-uppfoljning:2:6/6',
      'bas-plan:3:1/1',
    ]);
    expect(rows[6]).toMatchObject({ parentId: 'bas-atgard-utford', expanded: true });
  });

  it('lists every node with children as expandable', () => {
    expect([...getIdsWithChildren(document.nodes)].sort()).toEqual([
      'bas-atgard-utford',
      'bas-typ-av-atgard',
      'bas-uppfoljning',
    ]);
  });
});

describe('searchTree', () => {
  const terms: Record<string, string> = {
    'bas-atgard-utford': 'Åtgärd utförd',
    'bas-typ-av-atgard': 'Typ av åtgärd',
    'bas-beskrivning-av-byte': 'Beskrivning av byte',
    'bas-vikt': 'Vikt',
    'bas-matvarden': 'Mätvärden',
    'bas-datum-for-atgard': 'Datum för åtgärd',
    'bas-summa-av-atgarder': 'Summa av åtgärder',
    'bas-uppfoljning': 'Uppföljning',
    'bas-plan': 'Plan',
  };
  const termOf = (node: { id: string }) => terms[node.id]!;

  it('finds terms case-insensitively, the Swedish way, and keeps the ancestors of matches', () => {
    const { matches, shown } = searchTree(document.nodes, termOf, 'BYTE');
    expect([...matches]).toEqual(['bas-beskrivning-av-byte']);
    expect([...shown].sort()).toEqual(['bas-atgard-utford', 'bas-beskrivning-av-byte', 'bas-typ-av-atgard']);
    expect([...searchTree(document.nodes, termOf, 'ÅTGÄRD').matches].length).toBe(4);
    expect(searchTree(document.nodes, termOf, '  ').shown.size).toBe(0);
  });

  it('filtered rows show only what matched and its ancestors, opened, whatever was collapsed', () => {
    const { shown } = searchTree(document.nodes, termOf, 'plan');
    expect(getVisibleRows(document.nodes, new Set(), shown).map((r) => [r.node.id, r.expanded])).toEqual([
      ['bas-atgard-utford', true],
      ['bas-uppfoljning', true],
      ['bas-plan', false],
    ]);
  });
});

describe('getDropProjection (drag and drop)', () => {
  const all = () => getVisibleRows(document.nodes, getIdsWithChildren(document.nodes));
  const count = (id: string) => (id === 'bas-uppfoljning' ? 1 : 0);
  const project = (rows: ReturnType<typeof all>, activeId: string, overIndex: number, levels: number) =>
    getDropProjection(withoutDescendants(rows, activeId), activeId, overIndex, levels, count);

  it('reorders among siblings; the target index counts the node before it is taken out', () => {
    expect(project(all(), 'bas-vikt', 5, 0)).toEqual({
      depth: 2,
      parentId: 'bas-atgard-utford',
      target: { parentId: 'bas-atgard-utford', index: 4 },
      afterRowId: 'bas-datum-for-atgard',
    });
    // Dropped where it was: the same place.
    expect(project(all(), 'bas-vikt', 3, 0)?.target).toEqual({ parentId: 'bas-atgard-utford', index: 2 });
  });

  it('moves left to a shallower parent and right under the row above', () => {
    expect(project(all(), 'bas-plan', 1, -1)).toMatchObject({
      depth: 2,
      target: { parentId: 'bas-atgard-utford', index: 0 },
    });
    expect(project(all(), 'bas-vikt', 3, 1)).toMatchObject({
      depth: 3,
      target: { parentId: 'bas-typ-av-atgard', index: 1 },
    });
    // Never deeper than one below the row above (here "Beskrivning av byte"), never shallower than the row below.
    expect(project(all(), 'bas-vikt', 3, 9)).toMatchObject({ depth: 4, parentId: 'bas-beskrivning-av-byte' });
    expect(project(all(), 'bas-vikt', 3, -9)?.depth).toBe(2);
  });

  it('drops at the top level after everything', () => {
    expect(project(all(), 'bas-vikt', 8, -5)).toMatchObject({
      depth: 1,
      target: { parentId: null, index: 1 },
      afterRowId: 'bas-plan',
    });
  });

  it('drags a subtree as one row and makes a collapsed parent take it as its last child', () => {
    const collapsed = getVisibleRows(document.nodes, new Set(['bas-atgard-utford', 'bas-typ-av-atgard']));
    expect(withoutDescendants(collapsed, 'bas-typ-av-atgard').map((r) => r.node.id)).not.toContain(
      'bas-beskrivning-av-byte',
    );
    const rows = withoutDescendants(collapsed, 'bas-vikt');
    const projection = getDropProjection(rows, 'bas-vikt', rows.length - 1, 1, count);
    expect(projection).toMatchObject({
      depth: 3,
      parentId: 'bas-uppfoljning',
      target: { parentId: 'bas-uppfoljning', index: 1 },
    });
  });
});
