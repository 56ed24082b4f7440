import { describe, expect, it } from 'vitest';
import { getExpandableIds, getVisibleRows, searchTree } from '../../../src/features/tree-editor/tree-rows.ts';
import { buildBaseFragment } from '../../helpers/base-fragment.ts';

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
    expect([...getExpandableIds(document.nodes)].sort()).toEqual([
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
