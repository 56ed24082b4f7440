import { describe, expect, it } from 'vitest';
import type { Keyword, KeywordNode, TreeDocument, TreeNode } from '../../../src/domain/model.ts';
import { mergeDocuments, mergeKeywords, mergeOrder } from '../../../src/domain/merge.ts';
import { indexTree } from '../../../src/domain/tree.ts';
import { buildTree, check, text, when, yesNo } from '../../helpers/build-tree.ts';

const base = buildTree([
  yesNo('Åtgärd', {}, [
    text('Vad', { when: when({ operator: 'equals', value: 'Ja' }) }),
    text('Varför', { when: when({ operator: 'equals', value: 'Ja' }) }),
  ]),
  check('Uppföljning'),
  text('Övrigt'),
]);

/** A copy of the base document changed by `edit` (which may change it in place). */
function edited(edit: (document: TreeDocument) => void): TreeDocument {
  const document = structuredClone(base.document);
  edit(document);
  return document;
}

function find(document: TreeDocument, term: string): KeywordNode {
  const id = base.node(term);
  const place = indexTree(document.nodes).ordered.find((p) => p.node.id === id);
  if (!place) throw new Error(`no ${term}`);
  return place.node as KeywordNode;
}

/** The tree as "term(children)" in order, to compare shapes at a glance. */
function shape(nodes: readonly TreeNode[]): string {
  return nodes
    .map((node) => {
      const keyword = base.keywords.find((k) => 'keywordId' in node && k.id === node.keywordId);
      const term = keyword?.term ?? node.id;
      const children = 'children' in node && node.children ? `(${shape(node.children)})` : '';
      return `${term}${children}`;
    })
    .join(' ');
}

const extra = (id: string, keywordId: string): KeywordNode => ({ id, keywordId });

describe('mergeOrder', () => {
  it('places an item added on either side after its predecessor there', () => {
    expect(mergeOrder(['a', 'b', 'c'], ['a', 'x', 'b', 'c'], ['a', 'b', 'c', 'y'])).toEqual([
      'a',
      'x',
      'b',
      'c',
      'y',
    ]);
    expect(mergeOrder(['a', 'b'], ['a', 'b'], ['z', 'a', 'b'])).toEqual(['z', 'a', 'b']);
  });

  it('follows the side that reordered', () => {
    expect(mergeOrder(['a', 'b', 'c'], ['a', 'b', 'c', 'x'], ['c', 'a', 'b'])).toEqual(['c', 'x', 'a', 'b']);
    expect(mergeOrder(['a', 'b', 'c'], ['b', 'a', 'c'], ['a', 'b', 'c'])).toEqual(['b', 'a', 'c']);
  });
});

describe('mergeDocuments', () => {
  it('merges two people adding different keywords cleanly, each where they put it', () => {
    const mine = edited((d) => find(d, 'Åtgärd').children!.push(extra('t-mine', 't-ovrigt')));
    const theirs = edited((d) => d.nodes.unshift(extra('t-theirs', 't-ovrigt')));
    const { merged, conflicts } = mergeDocuments(base.document, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(shape(merged.nodes)).toBe('t-theirs Åtgärd(Vad Varför t-mine) Uppföljning Övrigt');
  });

  it('merges different fields of the same node and moves of different nodes', () => {
    const mine = edited((d) => {
      find(d, 'Vad').required = true;
      const [moved] = find(d, 'Åtgärd').children!.splice(1, 1); // Varför out to the top level
      d.nodes.push(moved!);
    });
    const theirs = edited((d) => {
      delete find(d, 'Vad').showWhen;
      const [moved] = d.nodes.splice(2, 1); // Övrigt under Åtgärd
      find(d, 'Åtgärd').children!.push(moved!);
    });
    const { merged, conflicts } = mergeDocuments(base.document, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(shape(merged.nodes)).toBe('Åtgärd(Vad Övrigt) Uppföljning Varför');
    expect(find(merged, 'Vad')).toEqual({ id: base.node('Vad'), keywordId: 'kw-t-vad', required: true });
  });

  it('gives a conflict for the same field changed both ways, local side standing until chosen', () => {
    const mine = edited((d) => (find(d, 'Vad').showWhen!.clauses[0].value = 'nej'));
    const theirs = edited((d) => (find(d, 'Vad').required = true));
    const both = edited((d) => delete find(d, 'Vad').showWhen);
    const result = mergeDocuments(base.document, mine, both);
    expect(result.conflicts).toEqual([
      {
        id: `node:${base.node('Vad')}:showWhen`,
        kind: 'field',
        nodeId: base.node('Vad'),
        field: 'showWhen',
        mine: find(mine, 'Vad').showWhen,
        theirs: null,
      },
    ]);
    expect(find(result.merged, 'Vad').showWhen).toEqual(find(mine, 'Vad').showWhen);
    const resolved = mergeDocuments(
      base.document,
      mine,
      both,
      new Map([[result.conflicts[0]!.id, 'theirs']]),
    );
    expect(resolved.conflicts).toEqual([]);
    expect(find(resolved.merged, 'Vad').showWhen).toBeUndefined();
    // Different fields: no conflict at all.
    expect(mergeDocuments(base.document, mine, theirs).conflicts).toEqual([]);
  });

  it('takes the same change made on both sides once', () => {
    const change = (d: TreeDocument) => {
      d.title = 'Ny titel';
      d.nodes.push(extra('t-same', 't-ovrigt'));
    };
    const { merged, conflicts } = mergeDocuments(base.document, edited(change), edited(change));
    expect(conflicts).toEqual([]);
    expect(merged.title).toBe('Ny titel');
    expect(merged.nodes.filter((n) => n.id === 't-same')).toHaveLength(1);
  });

  it('gives a conflict for a node removed on one side and changed on the other', () => {
    const mine = edited((d) => d.nodes.splice(1, 1)); // Uppföljning removed
    const theirs = edited((d) => (find(d, 'Uppföljning').required = true));
    const { merged, conflicts } = mergeDocuments(base.document, mine, theirs);
    expect(conflicts.map((c) => [c.id, c.kind])).toEqual([
      [`node:${base.node('Uppföljning')}:removed`, 'removed-changed'],
    ]);
    expect(shape(merged.nodes)).toBe('Åtgärd(Vad Varför) Övrigt');
    const kept = mergeDocuments(base.document, mine, theirs, new Map([[conflicts[0]!.id, 'theirs']]));
    expect(shape(kept.merged.nodes)).toBe('Åtgärd(Vad Varför) Uppföljning Övrigt');
  });

  it('gives a conflict for a node added under a parent the other side removed', () => {
    const mine = edited((d) => d.nodes.splice(0, 1)); // Åtgärd and its children removed
    const theirs = edited((d) => find(d, 'Åtgärd').children!.push(extra('t-new', 't-ovrigt')));
    const { merged, conflicts } = mergeDocuments(base.document, mine, theirs);
    expect(conflicts.map((c) => c.kind)).toEqual(['parent-removed']);
    expect(shape(merged.nodes)).toBe('Uppföljning Övrigt');
    const restored = mergeDocuments(base.document, mine, theirs, new Map([[conflicts[0]!.id, 'theirs']]));
    expect(shape(restored.merged.nodes)).toBe('Åtgärd(t-new) Uppföljning Övrigt');
  });

  it('gives a conflict for a condition whose source the other side removed', () => {
    const mine = edited((d) => d.nodes.splice(1, 1)); // Uppföljning removed
    const theirs = edited((d) => {
      find(d, 'Övrigt').showWhen = {
        behavior: 'all',
        clauses: [{ source: base.node('Uppföljning'), operator: 'checked' }],
      };
    });
    const { merged, conflicts } = mergeDocuments(base.document, mine, theirs);
    expect(conflicts.map((c) => [c.kind, c.field])).toEqual([['source-removed', base.node('Uppföljning')]]);
    // Until chosen, the local side stands: the source stays removed, the condition goes with it.
    expect(find(merged, 'Övrigt').showWhen).toBeUndefined();
    const kept = mergeDocuments(base.document, mine, theirs, new Map([[conflicts[0]!.id, 'theirs']]));
    expect(shape(kept.merged.nodes)).toBe('Åtgärd(Vad Varför) Uppföljning Övrigt');
    expect(find(kept.merged, 'Övrigt').showWhen?.clauses).toHaveLength(1);
  });

  it('keeps both change logs and the later updatedAt', () => {
    const mine = edited((d) => {
      d.changeLog.push({ at: '2026-02-02T00:00:00.000Z', note: 'min' });
      d.updatedAt = '2026-02-02T00:00:00.000Z';
    });
    const theirs = edited((d) => {
      d.changeLog.push({ at: '2026-02-01T00:00:00.000Z', note: 'deras' });
      d.updatedAt = '2026-02-01T00:00:00.000Z';
    });
    const { merged, conflicts } = mergeDocuments(base.document, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.changeLog.map((e) => e.note).slice(-2)).toEqual(['deras', 'min']);
    expect(merged.updatedAt).toBe('2026-02-02T00:00:00.000Z');
  });
});

describe('mergeKeywords', () => {
  const keyword = (id: string, term: string, labels: string[] = []): Keyword => ({
    id,
    term,
    type: 'singleChoice',
    status: 'active',
    options: labels.map((label) => ({ id: label.toLowerCase(), label })),
  });
  const catalogue = [keyword('k1', 'Färg', ['Röd', 'Blå']), keyword('k2', 'Form')];

  it('merges keyword by keyword and value by value', () => {
    const mine = [{ ...catalogue[0]!, term: 'Kulör' }, catalogue[1]!, keyword('k3', 'Ny min')];
    const theirs = [
      keyword('k1', 'Färg', ['Röd', 'Grön', 'Blå']),
      { ...catalogue[1]!, description: 'deras' },
      keyword('k4', 'Ny deras'),
    ];
    const { merged, conflicts } = mergeKeywords(catalogue, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.map((k) => k.term)).toEqual(['Kulör', 'Form', 'Ny min', 'Ny deras']);
    expect(merged[0]!.options!.map((o) => o.label)).toEqual(['Röd', 'Grön', 'Blå']);
    expect(merged[1]!.description).toBe('deras');
  });

  it('gives a conflict for the same term renamed both ways, and for a value relabelled both ways', () => {
    const mine = [keyword('k1', 'Kulör', ['Röd', 'Blå']), catalogue[1]!];
    const theirs = [keyword('k1', 'Nyans', ['Röd', 'Blå']), catalogue[1]!];
    theirs[0]!.options![0] = { id: 'röd', label: 'Rött' };
    mine[0]!.options![0] = { id: 'röd', label: 'Röda' };
    const { conflicts } = mergeKeywords(catalogue, mine, theirs);
    expect(conflicts.map((c) => [c.id, c.mine, c.theirs])).toEqual([
      ['keyword:k1:term', 'Kulör', 'Nyans'],
      ['keyword:k1:option:röd:label', 'Röda', 'Rött'],
    ]);
    expect(conflicts.every((c) => c.keywordId === 'k1')).toBe(true);
  });
});
