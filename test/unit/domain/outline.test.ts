import { freeze } from 'immer';
import { describe, expect, it } from 'vitest';
import { createCatalog, type Keyword, type TreeDocument } from '../../../src/domain/model.ts';
import { getOutline } from '../../../src/domain/outline.ts';
import { indexTree } from '../../../src/domain/tree.ts';
import type { ResolveFragment } from '../../../src/domain/assemble.ts';

const KEYWORDS: Keyword[] = [
  { id: 'rubrik', term: 'Rubrik', type: 'heading', status: 'active' },
  { id: 'vikt', term: 'Vikt', type: 'number', status: 'active' },
];
const base = {
  kind: 'template' as const,
  version: '0.1.0',
  status: 'draft' as const,
  changeLog: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const fragment = freeze(
  {
    ...base,
    id: 'frag',
    kind: 'fragment' as const,
    title: 'Fragment',
    nodes: [{ id: 'f1', keywordId: 'vikt' }],
  },
  true,
) as TreeDocument;
const resolve: ResolveFragment = (ref) =>
  ref.fragmentId === 'frag' ? { document: fragment, catalog: createCatalog(KEYWORDS) } : undefined;
const renamed = (catalog: ReadonlyMap<string, Keyword>) =>
  createCatalog([...catalog.values()].map((k) => (k.id === 'vikt' ? { ...k, term: 'Kroppsvikt' } : k)));

/** A template of its own keywords only: Rubrik with Vikt under it. */
const ownOnly = () =>
  freeze(
    {
      ...base,
      id: 'mall',
      title: 'Mall',
      nodes: [{ id: 'r', keywordId: 'rubrik', children: [{ id: 'v', keywordId: 'vikt' }] }],
    },
    true,
  ) as TreeDocument;

describe('getOutline after a keyword edit (issue 17: a keystroke in a term)', () => {
  it('without fragments reuses the structure and names keywords by the new catalogue', () => {
    const document = ownOnly();
    const catalog = createCatalog(KEYWORDS);
    const before = getOutline(document, catalog, resolve);
    const next = renamed(catalog);
    const after = getOutline(document, next, resolve);
    expect(after.catalog).toBe(next);
    expect(after.catalog.get('vikt')?.term).toBe('Kroppsvikt');
    expect(after.places).toBe(before.places);
    expect(after.childrenOf).toBe(before.childrenOf);
    expect(getOutline(document, next, resolve)).toBe(after);
  });

  it('without fragments is the document’s own index: its places in order, nothing assembled', () => {
    const document = ownOnly();
    const catalog = createCatalog(KEYWORDS);
    const outline = getOutline(document, catalog, resolve);
    const index = indexTree(document.nodes);
    expect(outline.assembled).toBe(index);
    expect(outline.places).toBe(index.places);
    expect(outline.places.get('v')).toMatchObject({ parentId: 'r', depth: 2 });
    expect(outline.places.get('v')?.includeId).toBeUndefined();
    expect(outline.catalog).toBe(catalog);
    expect(outline.fragments.size).toBe(0);
    expect(outline.childrenOf(document.nodes[0]!).map((n) => n.id)).toEqual(['v']);
  });

  it('with a fragment placed assembles again, so its frozen keywords are compared with the new ones', () => {
    const document = freeze(
      {
        ...base,
        id: 'mall',
        title: 'Mall',
        nodes: [
          { id: 'r', keywordId: 'rubrik' },
          { id: 'i', include: { fragmentId: 'frag', version: '1.0.0' } },
        ],
      },
      true,
    ) as TreeDocument;
    const catalog = createCatalog(KEYWORDS);
    const before = getOutline(document, catalog, resolve);
    expect(before.catalog.get('vikt')?.term).toBe('Vikt');
    const after = getOutline(document, renamed(catalog), resolve);
    expect(after.places).not.toBe(before.places);
    // The fragment's saved Vikt now differs from the catalogue's: it keeps its own, under an id of its own.
    expect(after.catalog.get('vikt')?.term).toBe('Kroppsvikt');
    expect(after.catalog.get('vikt.r1')?.term).toBe('Vikt');
  });
});
