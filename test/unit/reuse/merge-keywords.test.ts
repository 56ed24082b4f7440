import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  mergeKeywords,
  removeUnusedKeywords,
  replaceKeyword,
  updateKeyword,
  type CommandResult,
} from '../../../src/commands/index.ts';
import { createLibraryState, getChildren, type LibraryState } from '../../../src/domain/index.ts';
import type { Keyword } from '../../../src/domain/model.ts';
import { buildDocument, heading, is, single, text, when } from '../../helpers/build-tree.ts';
import { createTestContext } from '../../helpers/editor.ts';

const CREATED = '2026-01-01T00:00:00.000Z';

/** Two templates with their own "Rökning" lists (same texts, different ids), each conditioning a child. */
function library(secondValues = ['Aldrig', 'Dagligen']): LibraryState {
  const doc = (id: string, prefix: string, values: string[]) =>
    buildDocument({ id, kind: 'template', title: id, description: '', createdAt: CREATED }, prefix, [
      heading('Levnadsvanor', [
        single('Rökning', values, {}, [text('Mängd', { when: when(is('Dagligen')) })]),
      ]),
    ]);
  const a = doc('a', 'a', ['Aldrig', 'Dagligen']);
  const b = doc('b', 'b', secondValues);
  return createLibraryState({
    keywords: [...a.keywords, ...b.keywords],
    documents: [a.document, b.document],
  });
}
const apply = (state: LibraryState, result: CommandResult) => {
  if (!result.ok) throw new Error(`refused: ${result.refusal}`);
  return produce(state, result.change.recipe);
};
const rokning = (state: LibraryState, prefix: string): Keyword =>
  [...state.keywords.values()].find((k) => k.term === 'Rökning' && k.id.startsWith(`kw-${prefix}-`))!;

describe('Slå ihop sökord', () => {
  it('rewires every placement and the conditions on them (values paired by text) in one step', () => {
    const state = library();
    const keep = rokning(state, 'a');
    const merge = rokning(state, 'b');
    const merged = apply(state, mergeKeywords(state, { keepId: keep.id, mergeId: merge.id }));
    expect(merged.keywords.has(merge.id)).toBe(false);
    const b = merged.documents.get('b')!;
    const list = getChildren(b.nodes[0]!)[0]!;
    expect(list).toMatchObject({ keywordId: keep.id });
    const child = getChildren(list)[0]!;
    const dagligen = keep.options!.find((o) => o.label === 'Dagligen')!.id;
    expect(child.showWhen!.clauses[0]).toMatchObject({
      source: list.id,
      operator: 'equals',
      value: dagligen,
    });
    // Document A is not touched.
    expect(merged.documents.get('a')).toBe(state.documents.get('a'));
  });

  it('is refused for different types, and when a condition waits for a value the kept keyword lacks', () => {
    const state = library(['Aldrig', 'Dagligen']);
    const text = [...state.keywords.values()].find((k) => k.term === 'Mängd')!;
    expect(mergeKeywords(state, { keepId: rokning(state, 'a').id, mergeId: text.id })).toMatchObject({
      ok: false,
      refusal: 'mergeTypesDiffer',
    });
    const other = library(['Aldrig', 'Dagligen', 'Ibland']);
    // B's child waits for "Dagligen", which A has: fine. Make it wait for "Ibland", which A lacks.
    const b = rokning(other, 'b');
    const ibland = b.options!.find((o) => o.label === 'Ibland')!.id;
    const waiting = produce(other, (draft) => {
      const list = getChildren(draft.documents.get('b')!.nodes[0]!)[0]!;
      getChildren(list)[0]!.showWhen!.clauses[0].value = ibland;
    });
    const child = getChildren(getChildren(waiting.documents.get('b')!.nodes[0]!)[0]!)[0]!;
    expect(mergeKeywords(waiting, { keepId: rokning(waiting, 'a').id, mergeId: b.id })).toEqual({
      ok: false,
      refusal: 'valueInUse',
      nodeIds: [child.id],
    });
  });
});

describe('values that conditions use', () => {
  it('removing one is refused, naming the conditions; renaming its text is fine', () => {
    const state = library();
    const keep = rokning(state, 'a');
    const context = createTestContext();
    const removed = updateKeyword(
      state,
      { keywordId: keep.id, fields: { options: keep.options!.filter((o) => o.label !== 'Dagligen') } },
      context,
    );
    const child = getChildren(getChildren(state.documents.get('a')!.nodes[0]!)[0]!)[0]!;
    expect(removed).toEqual({ ok: false, refusal: 'valueInUse', nodeIds: [child.id] });
    const renamed = updateKeyword(
      state,
      {
        keywordId: keep.id,
        fields: {
          options: keep.options!.map((o) => (o.label === 'Dagligen' ? { ...o, label: 'Varje dag' } : o)),
        },
      },
      context,
    );
    expect(renamed.ok).toBe(true);
    // An unused value can go.
    const unusedGone = updateKeyword(
      state,
      { keywordId: keep.id, fields: { options: keep.options!.filter((o) => o.label !== 'Aldrig') } },
      context,
    );
    expect(unusedGone.ok).toBe(true);
  });
});

describe('Ta bort oanvända', () => {
  it('removes keywords placed nowhere, except those a score sums; nothing to do is refused', () => {
    const state = library();
    const orphan: Keyword = { id: 'kw-o', term: 'Ingenstans', type: 'number', status: 'active' };
    const summed: Keyword = { id: 'kw-s', term: 'Summerad', type: 'number', status: 'active' };
    const score: Keyword = {
      id: 'kw-sum',
      term: 'Summa',
      type: 'score',
      status: 'active',
      scoreSources: [{ keywordId: 'kw-s' }],
    };
    const withExtra = produce(state, (draft) => {
      for (const k of [orphan, summed, score]) draft.keywords.set(k.id, k);
    });
    const cleaned = apply(withExtra, removeUnusedKeywords(withExtra));
    expect([orphan, summed, score].map((k) => cleaned.keywords.has(k.id))).toEqual([false, true, false]);
    expect(removeUnusedKeywords(state)).toMatchObject({ ok: false, refusal: 'nothingToDo' });
  });
});

describe('Använd det befintliga sökordet här', () => {
  it('the node places the catalogue keyword; its own leaves the catalogue when used nowhere else', () => {
    const state = library();
    const a = rokning(state, 'a');
    const b = rokning(state, 'b');
    const mangd = [...state.keywords.values()].find((k) => k.id.startsWith('kw-b-') && k.term === 'Mängd')!;
    const node = getChildren(getChildren(state.documents.get('b')!.nodes[0]!)[0]!)[0]!;
    const result = replaceKeyword(
      state,
      { documentId: 'b', nodeId: node.id, keywordId: a.id },
      createTestContext(),
    );
    const after = apply(state, result);
    expect(getChildren(getChildren(after.documents.get('b')!.nodes[0]!)[0]!)[0]).toMatchObject({
      id: node.id,
      keywordId: a.id,
    });
    expect(after.keywords.has(mangd.id)).toBe(false);
    // A node that conditions wait for keeps its keyword: their values belong to it.
    const list = getChildren(state.documents.get('b')!.nodes[0]!)[0]!;
    expect(
      replaceKeyword(state, { documentId: 'b', nodeId: list.id, keywordId: a.id }, createTestContext()),
    ).toEqual({
      ok: false,
      refusal: 'hasDependents',
      nodeIds: [node.id],
    });
    expect(b.id).not.toBe(a.id);
  });
});
