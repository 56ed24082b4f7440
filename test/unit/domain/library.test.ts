import { describe, expect, it } from 'vitest';
import type { SavedVersion, TreeDocument } from '../../../src/domain/model.ts';
import {
  createLibraryState,
  getFragmentUsages,
  getPlacedKeywords,
  getSavedVersions,
  getSortedDocuments,
} from '../../../src/domain/index.ts';
import { buildTree, heading, text } from '../../helpers/build-tree.ts';

const doc = (id: string, title: string, nodes: TreeDocument['nodes'] = []): TreeDocument => ({
  id,
  kind: 'template',
  title,
  version: '0.1.0',
  status: 'draft',
  nodes,
  changeLog: [],
  createdAt: 'x',
  updatedAt: 'x',
});

describe('the library’s lists', () => {
  it('sorts documents by title the Swedish way: å, ä, ö after z', () => {
    const state = createLibraryState({
      keywords: [],
      documents: [doc('1', 'Örat'), doc('2', 'Ärr'), doc('3', 'Zon'), doc('4', 'Åtgärd'), doc('5', 'akut')],
    });
    expect(getSortedDocuments(state).map((d) => d.title)).toEqual(['akut', 'Zon', 'Åtgärd', 'Ärr', 'Örat']);
  });

  it('lists a document’s saved versions, highest first, and no one else’s', () => {
    const version = (id: string, documentId: string, v: string) =>
      ({ id, documentId, version: v }) as SavedVersion;
    const state = createLibraryState({
      keywords: [],
      documents: [],
      versions: [
        version('a', 'f', '1.2.0'),
        version('b', 'f', '1.10.0'),
        version('c', 'g', '9.0.0'),
        version('d', 'f', '0.9.0'),
      ],
    });
    expect(getSavedVersions(state, 'f').map((v) => v.version)).toEqual(['1.10.0', '1.2.0', '0.9.0']);
  });

  it('finds every include of a fragment, at any depth, with its pinned version', () => {
    const inc = (id: string, fragmentId: string, version: string) => ({
      id,
      include: { fragmentId, version },
    });
    const state = createLibraryState({
      keywords: [],
      documents: [
        doc('m1', 'M1', [inc('i1', 'f', '1.0.0'), inc('i2', 'g', '1.0.0')]),
        doc('m2', 'M2', [
          { id: 'h', keywordId: 'k', children: [inc('i3', 'f', '2.0.0')] },
          inc('i4', 'f', '3.0.0'),
        ]),
      ],
    });
    // In document order: a nested include before a later top-level one.
    expect(getFragmentUsages(state, 'f')).toEqual([
      { documentId: 'm1', nodeId: 'i1', version: '1.0.0' },
      { documentId: 'm2', nodeId: 'i3', version: '2.0.0' },
      { documentId: 'm2', nodeId: 'i4', version: '3.0.0' },
    ]);
    expect(getFragmentUsages(state, 'x')).toEqual([]);
  });

  it('the keywords a document places, once each, in order of first placement, leaving out unknown ones', () => {
    const t = buildTree([heading('Rubrik', [text('A'), text('B')]), text('C')]);
    const twice = {
      ...t.document,
      nodes: [
        ...t.document.nodes,
        { id: 'igen', keywordId: t.keyword('A').id },
        { id: 'okand', keywordId: 'finns-inte' },
      ],
    };
    expect(getPlacedKeywords(twice, t.catalog).map((k) => k.term)).toEqual(['Rubrik', 'A', 'B', 'C']);
  });
});
