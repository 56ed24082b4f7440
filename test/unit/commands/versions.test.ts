import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import type { CommandResult } from '../../../src/commands/index.ts';
import {
  moveIncludeToVersion,
  renameKeyword,
  restoreVersion,
  saveVersion,
  setDocumentStatus,
  removeNode,
  changeKeywordType,
} from '../../../src/commands/index.ts';
import type { LibraryState } from '../../../src/domain/index.ts';
import { compareDocuments, getSavedVersions, suggestVersion, findNode } from '../../../src/domain/index.ts';
import { collectFragments } from '../../../src/domain/index.ts';
import { createTestContext, exampleState } from '../../helpers/editor.ts';
import { exampleDocument, nodeIdByTerm } from '../../helpers/examples.ts';

const FRAGMENT = 'exempel-1177-fragment';
const TEMPLATE = 'exempel-mottagningsbesok-1177';
const INCLUDE = 'mall1177-inkludera-fragment';

function apply(state: LibraryState, result: CommandResult): LibraryState {
  if (!result.ok) throw new Error(`refused: ${result.refusal}`);
  return produce(state, result.change.recipe);
}
const save = (state: LibraryState, version: string) =>
  apply(
    state,
    saveVersion(
      state,
      { documentId: FRAGMENT, version, note: `Version ${version}`, by: 'Anna' },
      createTestContext(),
    ),
  );
const diffOf = (state: LibraryState, versionId: string) => {
  const saved = state.versions.get(versionId)!;
  return compareDocuments(
    { document: saved.document, catalog: new Map(saved.keywords.map((k) => [k.id, k])) },
    { document: state.documents.get(FRAGMENT)!, catalog: state.keywords },
  );
};

describe('versions', () => {
  it('Spara version freezes the document and its keywords; the log says who, when and why', () => {
    const state = save(exampleState(), '1.0.0');
    const [version] = getSavedVersions(state, FRAGMENT);
    expect(version).toMatchObject({ version: '1.0.0', by: 'Anna', note: 'Version 1.0.0' });
    expect(version!.keywords.length).toBe(29);
    expect(state.documents.get(FRAGMENT)!.changeLog.at(-1)).toMatchObject({ version: '1.0.0', by: 'Anna' });
    expect(
      saveVersion(state, { documentId: FRAGMENT, version: '1.0.0', note: '' }, createTestContext()),
    ).toMatchObject({
      ok: false,
      refusal: 'versionExists',
    });
    expect(
      saveVersion(state, { documentId: FRAGMENT, version: 'ett', note: '' }, createTestContext()),
    ).toMatchObject({
      ok: false,
      refusal: 'invalidVersion',
    });
  });

  it('compares in kinds a reviewer reads, and suggests the next number: patch, minor or major', () => {
    let state = save(exampleState(), '1.0.0');
    const versionId = getSavedVersions(state, FRAGMENT)[0]!.id;
    const document = state.documents.get(FRAGMENT)!;
    const rootKeyword = (findNode(document.nodes, document.nodes[0]!.id) as { keywordId: string }).keywordId;
    expect(diffOf(state, versionId)).toEqual({ changes: [], breaking: false, textsOnly: false });

    state = apply(
      state,
      renameKeyword(
        state,
        { keywordId: rootKeyword, term: 'Åtgärder för 1177 journal' },
        createTestContext(),
      ),
    );
    let diff = diffOf(state, versionId);
    expect(diff.changes).toEqual([
      {
        kind: 'changed',
        nodeId: document.nodes[0]!.id,
        term: 'Åtgärder för 1177 journal',
        fields: ['term'],
        details: [
          {
            field: 'term',
            impact: 'patch',
            before: 'Begränsande eller tillgängliggörande åtgärder 1177',
            after: 'Åtgärder för 1177 journal',
          },
        ],
      },
    ]);
    expect([diff.textsOnly, diff.breaking, suggestVersion('1.0.0', diff)]).toEqual([true, false, '1.0.1']);

    const plan = nodeIdByTerm(exampleDocument(FRAGMENT), 'Planerad omprövning');
    state = apply(state, removeNode(state, { documentId: FRAGMENT, nodeId: plan }, createTestContext()));
    diff = diffOf(state, versionId);
    expect(diff.changes.at(-1)).toEqual({ kind: 'removed', nodeId: plan, term: 'Planerad omprövning' });
    expect([diff.breaking, suggestVersion('1.0.0', diff)]).toEqual([true, '2.0.0']);
  });

  it('Återställ brings the saved content back as one undoable change; the log records it', () => {
    let state = save(exampleState(), '1.0.0');
    const saved = getSavedVersions(state, FRAGMENT)[0]!;
    const plan = nodeIdByTerm(exampleDocument(FRAGMENT), 'Planerad omprövning');
    state = apply(state, removeNode(state, { documentId: FRAGMENT, nodeId: plan }, createTestContext()));
    const rootId = (saved.document.nodes[0] as { keywordId: string }).keywordId;
    state = apply(state, renameKeyword(state, { keywordId: rootId, term: 'Nytt namn' }, createTestContext()));
    state = apply(state, restoreVersion(state, { versionId: saved.id, by: 'Anna' }, createTestContext()));
    expect(state.documents.get(FRAGMENT)!.nodes).toEqual(saved.document.nodes);
    // Keywords only this document places get their frozen definitions back.
    const root = saved.document.nodes[0] as { keywordId: string };
    expect(state.keywords.get(root.keywordId)).toEqual(saved.keywords.find((k) => k.id === root.keywordId));
    expect(state.documents.get(FRAGMENT)!.changeLog.at(-1)).toMatchObject({
      note: 'Återställd från version 1.0.0.',
      by: 'Anna',
    });
  });

  it('the status workflow logs who and why', () => {
    const state = apply(
      exampleState(),
      setDocumentStatus(
        exampleState(),
        { documentId: FRAGMENT, status: 'review', note: 'Till granskning', by: 'Anna' },
        createTestContext(),
      ),
    );
    expect(state.documents.get(FRAGMENT)!.status).toBe('review');
    expect(state.documents.get(FRAGMENT)!.changeLog.at(-1)).toMatchObject({
      status: 'review',
      note: 'Till granskning',
      by: 'Anna',
    });
  });

  it('a pinned include keeps the frozen version; a template moves to the new one on its own, undoably', () => {
    let state = save(exampleState(), '1.0.0');
    // The working copy changes after the save: a template pinned to 1.0.0 still sees the frozen one.
    const rootKeyword = (state.documents.get(FRAGMENT)!.nodes[0] as { keywordId: string }).keywordId;
    state = apply(
      state,
      changeKeywordType(
        state,
        { keywordId: rootKeyword, type: 'check', fixDependents: true },
        createTestContext(),
      ),
    );
    const fragments = collectFragments({ versions: state.versions.values() });
    // The example library ships the 0.1.0 the template pins as a saved version.
    expect(fragments.get(FRAGMENT)!.get('0.1.0')!.document.nodes).toEqual(
      exampleState().documents.get(FRAGMENT)!.nodes,
    );
    expect(fragments.get(FRAGMENT)!.get('1.0.0')!.document).toBe(
      state.versions.get(getSavedVersions(state, FRAGMENT)[0]!.id)!.document,
    );
    // Keyword definitions are frozen with it: the type change shows only in the working copy.
    expect(fragments.get(FRAGMENT)!.get('1.0.0')!.catalog.get(rootKeyword)!.type).toBe('yesNo');
    expect(state.keywords.get(rootKeyword)!.type).toBe('check');
    state = save(state, '2.0.0');
    const moved = apply(
      state,
      moveIncludeToVersion(
        state,
        { documentId: TEMPLATE, nodeId: INCLUDE, version: '2.0.0' },
        createTestContext(),
      ),
    );
    expect(findNode(moved.documents.get(TEMPLATE)!.nodes, INCLUDE)).toMatchObject({
      include: { version: '2.0.0' },
    });
    expect(
      moveIncludeToVersion(
        moved,
        { documentId: TEMPLATE, nodeId: INCLUDE, version: '2.0.0' },
        createTestContext(),
      ),
    ).toMatchObject({
      ok: false,
      refusal: 'nothingToDo',
    });
  });
});
