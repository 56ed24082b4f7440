import { describe, expect, it } from 'vitest';
import {
  createLibraryState,
  getChildren,
  getKeywordUsages,
  getUnusedKeywords,
} from '../../../src/domain/index.ts';
import { buildDocument, heading, text } from '../../helpers/build-tree.ts';

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

  it('is worked out once per version of the documents', () => {
    expect(getKeywordUsages(library)).toBe(getKeywordUsages(library));
  });
});
