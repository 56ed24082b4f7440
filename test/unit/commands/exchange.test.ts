import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import type { CommandResult } from '../../../src/commands/index.ts';
import { addFragmentToTemplate, importDocument } from '../../../src/commands/index.ts';
import type { FragmentFile, LibraryState } from '../../../src/domain/index.ts';
import { findNode, getFragmentUsages, indexTree, isKeywordNode } from '../../../src/domain/index.ts';
import { toFragmentFile } from '../../../src/formats/fragment-file.ts';
import { createTestContext, exampleState } from '../../helpers/editor.ts';

const FRAGMENT = 'exempel-1177-fragment';
const TEMPLATE = 'exempel-levnadsvanor';

function apply(state: LibraryState, result: CommandResult): LibraryState {
  if (!result.ok) throw new Error(`refused: ${result.refusal}`);
  return produce(state, result.change.recipe);
}

describe('addFragmentToTemplate and getFragmentUsages (Används i)', () => {
  it('a reference is an include pinned to the fragment version, last under the chosen node', () => {
    const state = exampleState();
    expect(getFragmentUsages(state, FRAGMENT).map((u) => u.documentId)).toEqual([
      'exempel-mottagningsbesok-1177',
    ]);
    const heading = state.documents.get(TEMPLATE)!.nodes[0]!.id;
    const next = apply(
      state,
      addFragmentToTemplate(
        state,
        { fragmentId: FRAGMENT, templateId: TEMPLATE, parentId: heading, placement: 'reference' },
        createTestContext(),
      ),
    );
    const usage = getFragmentUsages(next, FRAGMENT).find((u) => u.documentId === TEMPLATE)!;
    expect(usage.version).toBe('0.1.0');
    const headingNode = findNode(next.documents.get(TEMPLATE)!.nodes, heading) as {
      children: { id: string }[];
    };
    expect(headingNode.children.at(-1)!.id).toBe(usage.nodeId);
  });

  it('a copy places the fragment’s keywords with fresh ids and no include', () => {
    const state = exampleState();
    const next = apply(
      state,
      addFragmentToTemplate(
        state,
        { fragmentId: FRAGMENT, templateId: TEMPLATE, parentId: null, placement: 'copy' },
        createTestContext(),
      ),
    );
    const template = next.documents.get(TEMPLATE)!;
    const copied = template.nodes.at(-1)!;
    const fragmentRoot = state.documents.get(FRAGMENT)!.nodes[0]!;
    expect(
      isKeywordNode(copied) && isKeywordNode(fragmentRoot) && copied.keywordId === fragmentRoot.keywordId,
    ).toBe(true);
    expect(copied.id).not.toBe(fragmentRoot.id);
    expect(indexTree(template.nodes).ordered.length).toBe(
      indexTree(state.documents.get(TEMPLATE)!.nodes).ordered.length +
        indexTree(state.documents.get(FRAGMENT)!.nodes).ordered.length,
    );
    expect(getFragmentUsages(next, FRAGMENT).some((u) => u.documentId === TEMPLATE)).toBe(false);
  });
});

describe('importDocument', () => {
  const fileOf = (state: LibraryState): FragmentFile =>
    structuredClone(toFragmentFile(state.documents.get(FRAGMENT)!, state.keywords, '2026-11-25T10:00:00Z'));

  it('refuses to add over an existing id; replace overwrites; keep both adds a renamed copy', () => {
    const state = exampleState();
    const context = createTestContext();
    const file = fileOf(state);
    file.document.title = 'Ändrad titel';
    expect(importDocument(state, { file, mode: 'add' }, context)).toMatchObject({
      ok: false,
      refusal: 'duplicateId',
    });
    const replaced = apply(state, importDocument(state, { file, mode: 'replace' }, context));
    expect(replaced.documents.get(FRAGMENT)!.title).toBe('Ändrad titel');
    const [kept] = [...replaced.versions.values()];
    expect(kept).toMatchObject({
      documentId: FRAGMENT,
      version: '0.1.0',
      document: state.documents.get(FRAGMENT),
    });
    const both = apply(state, importDocument(state, { file: fileOf(state), mode: 'keepBoth' }, context));
    expect(both.documents.size).toBe(state.documents.size + 1);
    const copy = [...both.documents.values()].find(
      (d) => d.title === `${state.documents.get(FRAGMENT)!.title} 2`,
    );
    expect(copy?.id).not.toBe(FRAGMENT);
  });

  it('never changes a library keyword’s meaning: a differing definition is added under a new id', () => {
    const state = exampleState();
    const file = fileOf(state);
    const root = file.document.nodes[0]!;
    if (!isKeywordNode(root)) throw new Error('root is a keyword');
    const changed = file.keywords.find((k) => k.id === root.keywordId)!;
    changed.term = 'Annan betydelse';
    const next = apply(state, importDocument(state, { file, mode: 'keepBoth' }, createTestContext()));
    expect(next.keywords.get(root.keywordId)).toEqual(state.keywords.get(root.keywordId));
    const imported = [...next.documents.values()].find((d) => d.id !== FRAGMENT && d.title.endsWith(' 2'))!;
    const importedRoot = imported.nodes[0]!;
    expect(isKeywordNode(importedRoot) && next.keywords.get(importedRoot.keywordId)?.term).toBe(
      'Annan betydelse',
    );
  });
});
