import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  addFragmentToTemplate,
  saveVersion,
  updateKeyword,
  type CommandResult,
} from '../../../src/commands/index.ts';
import {
  assembleDocument,
  collectFragments,
  definitionIdOf,
  evaluateDocument,
  createLibraryState,
  freezeWorkingCopyPins,
  indexTree,
  isKeywordNode,
  resolveIn,
  type LibraryState,
} from '../../../src/domain/index.ts';
import type { Keyword, TreeDocument } from '../../../src/domain/model.ts';
import { buildDocument, heading, single, text, when, is } from '../../helpers/build-tree.ts';
import { createTestContext } from '../../helpers/editor.ts';

const CREATED = '2026-01-01T00:00:00.000Z';

/** A fragment "Åtgärd" (a list with a child shown on one value) and an empty template. */
function library(): LibraryState {
  const fragment = buildDocument(
    { id: 'frag', kind: 'fragment', title: 'Åtgärdsfragment', description: '', createdAt: CREATED },
    'f',
    [single('Åtgärd', ['Begränsning', 'Hävning'], {}, [text('Skäl', { when: when(is('Hävning')) })])],
  );
  const template = buildDocument(
    { id: 'mall', kind: 'template', title: 'Mall', description: '', createdAt: CREATED },
    'm',
    [heading('Utförda åtgärder', [text('Fritext')])],
  );
  return createLibraryState({
    keywords: [...fragment.keywords, ...template.keywords],
    documents: [fragment.document, template.document],
  });
}

const context = createTestContext();
function apply(state: LibraryState, result: CommandResult): LibraryState {
  if (!result.ok) throw new Error(`refused: ${result.refusal}`);
  return produce(state, result.change.recipe);
}
const keywordByTerm = (state: LibraryState, term: string): Keyword =>
  [...state.keywords.values()].find((k) => k.term === term)!;
const save = (state: LibraryState, version: string) =>
  apply(state, saveVersion(state, { documentId: 'frag', version, note: '' }, context));
const include = (state: LibraryState) =>
  apply(
    state,
    addFragmentToTemplate(
      state,
      { fragmentId: 'frag', templateId: 'mall', parentId: null, placement: 'reference' },
      context,
    ),
  );

/** The template as the preview sees it: terms in document order. */
function assembledTerms(state: LibraryState): string[] {
  const { document, catalog } = assembleDocument(
    state.documents.get('mall')!,
    state.keywords,
    resolveIn(collectFragments({ versions: state.versions.values() })),
  );
  return indexTree(document.nodes).ordered.map(({ node }) =>
    isKeywordNode(node) ? catalog.get(node.keywordId)!.term : `(include ${node.include.version})`,
  );
}

describe('a saved version freezes everything it contains', () => {
  it('a fragment with no saved version cannot be placed as a reference, and says why', () => {
    expect(
      addFragmentToTemplate(
        library(),
        { fragmentId: 'frag', templateId: 'mall', parentId: null, placement: 'reference' },
        context,
      ),
    ).toEqual({ ok: false, refusal: 'fragmentNotSaved', nodeIds: [] });
  });

  it('a reference pins the latest saved version, not the working copy’s number', () => {
    let state = save(save(library(), '1.0.0'), '1.1.0');
    state = apply(
      state,
      updateKeyword(
        state,
        { keywordId: keywordByTerm(state, 'Skäl').id, fields: { term: 'Skäl, ändrat' } },
        context,
      ),
    );
    state = include(state);
    const pinned = state.documents.get('mall')!.nodes.at(-1)!;
    expect(pinned).toMatchObject({ include: { fragmentId: 'frag', version: '1.1.0' } });
  });

  it('renaming a keyword after the save leaves the pinned template showing the saved term', () => {
    let state = include(save(library(), '1.0.0'));
    const skal = keywordByTerm(state, 'Skäl');
    state = apply(
      state,
      updateKeyword(state, { keywordId: skal.id, fields: { term: 'Skäl till hävning' } }, context),
    );
    expect(assembledTerms(state)).toEqual(['Utförda åtgärder', 'Fritext', 'Åtgärd', 'Skäl']);
    // The working copy of the fragment has the new term; saving and moving on brings it.
    state = save(state, '1.1.0');
    const template = state.documents.get('mall')!;
    const moved = produce(state, (draft) => {
      const node = draft.documents.get('mall')!.nodes.at(-1)!;
      if (!isKeywordNode(node)) node.include.version = '1.1.0';
    });
    expect(template.nodes.at(-1)).toMatchObject({ include: { version: '1.0.0' } });
    expect(assembledTerms(moved)).toEqual(['Utförda åtgärder', 'Fritext', 'Åtgärd', 'Skäl till hävning']);
  });

  it('a value added to the list after the save does not reach the pinned template', () => {
    let state = include(save(library(), '1.0.0'));
    const atgard = keywordByTerm(state, 'Åtgärd');
    const options = [...atgard.options!, { id: 'ny', label: 'Ny åtgärd' }];
    state = apply(state, updateKeyword(state, { keywordId: atgard.id, fields: { options } }, context));
    const { document, catalog } = assembleDocument(
      state.documents.get('mall')!,
      state.keywords,
      resolveIn(collectFragments({ versions: state.versions.values() })),
    );
    const placed = indexTree(document.nodes)
      .ordered.map(({ node }) => node)
      .filter(isKeywordNode);
    const shown = placed.map((node) => catalog.get(node.keywordId)!).find((k) => k.term === 'Åtgärd')!;
    expect(shown.options!.map((o) => o.label)).toEqual(['Begränsning', 'Hävning']);
    // The frozen definition has an id of its own in the assembled catalogue; the live one is intact.
    expect(shown.id).not.toBe(atgard.id);
    expect(catalog.get(atgard.id)!.options).toHaveLength(3);
  });

  it('the working copy never reaches templates: only saved versions resolve', () => {
    const state = library();
    const fragment = state.documents.get('frag')!;
    expect(collectFragments({ versions: state.versions.values() }).get(fragment.id)).toBeUndefined();
  });
});

describe('assembled definitions: a score follows its frozen sources', () => {
  it('gives the score a frozen id of its own when a source it sums was changed after the save', () => {
    const k = (id: string, extra: Partial<Keyword> = {}): Keyword => ({
      id,
      term: id,
      type: 'singleChoice',
      status: 'active',
      options: [{ id: 'a', label: 'A', score: 1 }],
      ...extra,
    });
    const score = (): Keyword => ({
      id: 'sum',
      term: 'sum',
      type: 'score',
      status: 'active',
      scoreSources: [{ keywordId: 'src' }],
    });
    const live = new Map([
      ['src', k('src', { options: [{ id: 'a', label: 'A', score: 2 }] })],
      ['sum', score()],
    ]);
    const frozen = new Map([
      ['src', k('src')],
      ['sum', score()],
    ]);
    const fragment: TreeDocument = {
      ...library().documents.get('frag')!,
      nodes: [
        { id: 'a', keywordId: 'src' },
        { id: 'b', keywordId: 'sum' },
      ],
    };
    const template: TreeDocument = {
      ...library().documents.get('mall')!,
      nodes: [{ id: 'i', include: { fragmentId: 'frag', version: '1.0.0' } }],
    };
    const { document, catalog } = assembleDocument(template, live, () => ({
      document: fragment,
      catalog: frozen,
    }));
    expect(document.nodes).toEqual([
      { id: 'i.a', keywordId: 'src.r1' },
      { id: 'i.b', keywordId: 'sum.r1' },
    ]);
    expect(catalog.get('sum.r1')!.scoreSources).toEqual([{ keywordId: 'src.r1' }]);
    expect(catalog.get('src.r1')!.options![0]!.score).toBe(1);
    expect(catalog.get('src')!.options![0]!.score).toBe(2);
  });
});

describe('a template score over a frozen fragment keyword', () => {
  it('sums the frozen definition (an id of its own) as the keyword it stands for', () => {
    const src = (score: number): Keyword => ({
      id: 'src',
      term: 'Källa',
      type: 'singleChoice',
      status: 'active',
      options: [{ id: 'a', label: 'A', score }],
    });
    const total: Keyword = {
      id: 'tot',
      term: 'Total',
      type: 'score',
      status: 'active',
      scoreSources: [{ keywordId: 'src' }],
    };
    const fragment: TreeDocument = {
      ...library().documents.get('frag')!,
      nodes: [{ id: 'a', keywordId: 'src' }],
    };
    const template: TreeDocument = {
      ...library().documents.get('mall')!,
      nodes: [
        { id: 'own', keywordId: 'src' },
        { id: 'i', include: { fragmentId: 'frag', version: '1.0.0' } },
        { id: 'sum', keywordId: 'tot' },
      ],
    };
    // The live definition scores A as 2; version 1.0.0 froze it at 1.
    const live = new Map([
      ['src', src(2)],
      ['tot', total],
    ]);
    const { document, catalog } = assembleDocument(template, live, () => ({
      document: fragment,
      catalog: new Map([['src', src(1)]]),
    }));
    expect(definitionIdOf('src.r1')).toBe('src');
    expect(definitionIdOf('kw.rx')).toBe('kw.rx');
    const answers = new Map([
      ['own', 'a'],
      ['i.a', 'a'],
    ]);
    const evaluation = evaluateDocument(document, catalog, answers);
    expect(evaluation.values.get('sum')).toBe(3);
    expect(evaluation.scores.get('sum')).toMatchObject({ items: 2, answered: 2, complete: true });
  });
});

describe('libraries from before: pins on an unsaved working copy', () => {
  it('are frozen once into a saved version of that number; a saved or foreign pin is left alone', () => {
    const state = library();
    const fragment = state.documents.get('frag')!;
    const pinning = (version: string): TreeDocument => ({
      ...state.documents.get('mall')!,
      nodes: [{ id: 'i', include: { fragmentId: 'frag', version } }],
    });
    const input = (template: TreeDocument, versions = [] as never[]) => ({
      keywords: [...state.keywords.values()],
      documents: [fragment, template],
      versions,
    });
    const added = freezeWorkingCopyPins(input(pinning(fragment.version)), 'nu', (p) => `${p}-1`);
    expect(added).toEqual([
      expect.objectContaining({
        id: 'version-1',
        documentId: 'frag',
        version: fragment.version,
        document: fragment,
      }),
    ]);
    expect(added[0]!.keywords.map((k) => k.term)).toEqual(['Åtgärd', 'Skäl']);
    expect(freezeWorkingCopyPins(input(pinning('9.9.9')), 'nu', (p) => p)).toEqual([]);
    expect(
      freezeWorkingCopyPins({ ...input(pinning(fragment.version)), versions: added }, 'nu', (p) => p),
    ).toEqual([]);
  });
});
