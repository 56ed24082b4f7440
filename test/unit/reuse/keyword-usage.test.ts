import { freeze, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { placeKeyword } from '../../../src/commands/index.ts';
import { createTestContext } from '../../helpers/editor.ts';
import {
  createLibraryState,
  getChildren,
  getConditionsOn,
  getKeywordImpact,
  getKeywordUsages,
  getUnusedKeywords,
  placesKeyword,
} from '../../../src/domain/index.ts';
import { buildDocument, heading, text } from '../../helpers/build-tree.ts';
import type { Condition, KeywordNode, TreeNode } from '../../../src/domain/model.ts';

const CREATED = '2026-01-01T00:00:00.000Z';

describe('Används i: where each keyword is placed', () => {
  const a = buildDocument(
    { id: 'a', kind: 'template', title: 'A', description: '', createdAt: CREATED },
    'a',
    [heading('Rubrik', [text('Vikt'), text('Längd')])],
  );
  const b = buildDocument(
    { id: 'b', kind: 'template', title: 'B', description: '', createdAt: CREATED },
    'b',
    [text('Annat')],
  );
  const vikt = a.keywords.find((k) => k.term === 'Vikt')!;
  // B places A's "Vikt" too, under its own "Annat"... at the top level, after it.
  const shared = { ...b.document, nodes: [...b.document.nodes, { id: 'b-vikt', keywordId: vikt.id }] };
  const orphan = {
    id: 'kw-ingenstans',
    term: 'Ingenstans',
    type: 'text' as const,
    status: 'active' as const,
  };
  const library = createLibraryState({
    keywords: [...a.keywords, ...b.keywords, orphan],
    documents: [a.document, shared],
  });

  it('lists every document and the path of terms down to each placement, in library order', () => {
    expect(getKeywordUsages(library).get(vikt.id)).toEqual([
      { documentId: 'a', nodeId: getChildren(a.document.nodes[0]!)[0]!.id, path: ['Rubrik', 'Vikt'] },
      { documentId: 'b', nodeId: 'b-vikt', path: ['Vikt'] },
    ]);
  });

  it('a keyword placed nowhere has no usages and is listed as unused', () => {
    expect(getKeywordUsages(library).has(orphan.id)).toBe(false);
    expect(getUnusedKeywords(library).map((k) => k.id)).toEqual([orphan.id]);
  });

  it('the conditions waiting for a keyword: none here, one once a node depends on Vikt', () => {
    expect(getConditionsOn(library, vikt.id)).toEqual([]);
    const waiting = produce(library, (draft) => {
      draft.documents.get('b')!.nodes[0]!.showWhen = {
        behavior: 'all',
        clauses: [{ source: 'b-vikt', operator: 'answered' }],
      };
    });
    expect(getConditionsOn(waiting, vikt.id)).toEqual([{ documentId: 'b', nodeId: b.document.nodes[0]!.id }]);
  });

  it('is worked out once per version of the documents', () => {
    expect(getKeywordUsages(library)).toBe(getKeywordUsages(library));
  });

  it('what an edit of a keyword reaches: its documents, placements and waiting conditions', () => {
    expect(getKeywordImpact(library, vikt.id)).toEqual({
      documentIds: ['a', 'b'],
      placements: 2,
      conditions: 0,
    });
    expect(getKeywordImpact(library, orphan.id)).toEqual({ documentIds: [], placements: 0, conditions: 0 });
    // Two clauses of one condition on Vikt are one condition waiting.
    const waiting = produce(library, (draft) => {
      draft.documents.get('b')!.nodes[0]!.showWhen = {
        behavior: 'any',
        clauses: [
          { source: 'b-vikt', operator: 'answered' },
          { source: 'b-vikt', operator: 'notAnswered' },
        ],
      };
    });
    expect(getKeywordImpact(waiting, vikt.id).conditions).toBe(1);
    expect(placesKeyword(shared, vikt.id)).toBe(true);
    expect(placesKeyword(shared, orphan.id)).toBe(false);
  });
});

describe('what an edit reaches, counted for one keyword or from every keyword’s uses', () => {
  const d = buildDocument(
    { id: 'd', kind: 'template', title: 'D', description: '', createdAt: CREATED },
    'd',
    [text('Vikt'), text('Längd')],
  );
  const vikt = d.keywords.find((k) => k.term === 'Vikt')!;
  const [first, langd] = d.document.nodes as [KeywordNode, KeywordNode];
  const when = (...sources: string[]) =>
    ({ behavior: 'any', clauses: sources.map((source) => ({ source, operator: 'answered' })) }) as Condition;
  // Vikt placed twice; one condition reads both placements (one waiting), one reads Längd and a
  // missing node (none waiting on Vikt), one reads the second placement.
  const nodes: TreeNode[] = [
    first,
    { id: 'd-vikt-2', keywordId: vikt.id },
    { ...langd, showWhen: when(first.id, 'd-vikt-2') },
    { id: 'd-x', keywordId: vikt.id, showWhen: when(langd.id, 'borta') },
    { id: 'd-y', keywordId: langd.keywordId, showWhen: when('d-vikt-2') },
  ];
  const state = () =>
    freeze(createLibraryState({ keywords: d.keywords, documents: [{ ...d.document, nodes }] }), true);

  it('is the same whether the document’s uses were indexed first or not', () => {
    const expected = { documentIds: ['d'], placements: 3, conditions: 2 };
    const fresh = state();
    expect(getKeywordImpact(fresh, vikt.id)).toEqual(expected);
    const indexed = state();
    getConditionsOn(indexed, vikt.id);
    expect(getKeywordImpact(indexed, vikt.id)).toEqual(expected);
    expect(getKeywordImpact(state(), langd.keywordId)).toEqual({
      documentIds: ['d'],
      placements: 2,
      conditions: 1,
    });
  });
});

describe('placing a catalogue keyword in a document', () => {
  const t = buildDocument(
    { id: 't', kind: 'template', title: 'T', description: '', createdAt: CREATED },
    't',
    [heading('Rubrik', [text('Vikt')]), text('Sist')],
  );
  const other = { id: 'kw-annat', term: 'Annat', type: 'text' as const, status: 'active' as const };
  const state = createLibraryState({ keywords: [...t.keywords, other], documents: [t.document] });
  const vikt = getChildren(t.document.nodes[0]!)[0]!.id;

  it('goes after the selected node, the same keyword (no copy); without a selection, last', () => {
    const after = placeKeyword(
      state,
      { documentId: 't', keywordId: other.id, after: vikt },
      createTestContext(),
    );
    if (!after.ok) throw new Error(after.refusal);
    const placed = produce(state, after.change.recipe).documents.get('t')!;
    expect(getChildren(placed.nodes[0]!).map((n) => 'keywordId' in n && n.keywordId)).toEqual([
      t.keywords.find((k) => k.term === 'Vikt')!.id,
      other.id,
    ]);
    const last = placeKeyword(state, { documentId: 't', keywordId: other.id }, createTestContext());
    if (!last.ok) throw new Error(last.refusal);
    expect(produce(state, last.change.recipe).documents.get('t')!.nodes.at(-1)).toMatchObject({
      keywordId: other.id,
    });
    expect(
      placeKeyword(state, { documentId: 't', keywordId: 'kw-finns-inte' }, createTestContext()),
    ).toMatchObject({
      ok: false,
      refusal: 'keywordNotFound',
    });
  });
});
