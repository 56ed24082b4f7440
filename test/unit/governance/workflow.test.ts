import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import type { CommandResult } from '../../../src/commands/index.ts';
import {
  addComment,
  addKeyword,
  lockedRefusal,
  renameKeyword,
  saveVersion,
  setCommentResolved,
  setDocumentStatus,
  startRevision,
} from '../../../src/commands/index.ts';
import type { DocumentStatus, LibraryState } from '../../../src/domain/index.ts';
import {
  canTransition,
  getOpenComments,
  getSavedVersions,
  isLocked,
  STATUS_TRANSITIONS,
} from '../../../src/domain/index.ts';
import { buildTree, check, heading, text } from '../../helpers/build-tree.ts';
import { createTestContext, createTestStore } from '../../helpers/editor.ts';

const context = createTestContext();
const apply = (state: LibraryState, result: CommandResult): LibraryState => {
  if (!result.ok) throw new Error(`refused: ${result.refusal}`);
  return produce(state, result.change.recipe);
};
const tree = () => buildTree([heading('Bedömning', [check('Utförd'), text('Plan')])]);
const withStatus = (state: LibraryState, status: DocumentStatus) =>
  produce(state, (draft) => {
    draft.documents.get('t')!.status = status;
  });
const status = (state: LibraryState, to: DocumentStatus, note = 'Skäl', version?: string) =>
  setDocumentStatus(
    state,
    { documentId: 't', status: to, note, by: 'Anna', ...(version && { version }) },
    context,
  );

const ALL: DocumentStatus[] = ['draft', 'review', 'approved', 'retired'];

describe('the review workflow allows the listed transitions only', () => {
  const allowed: [DocumentStatus, DocumentStatus][] = [
    ['draft', 'review'],
    ['review', 'approved'],
    ['review', 'draft'],
    ['approved', 'retired'],
    ['approved', 'draft'],
    ['retired', 'draft'],
  ];
  it.each(ALL.flatMap((from) => ALL.filter((to) => to !== from).map((to) => [from, to] as const)))(
    '%s → %s',
    (from, to) => {
      const expected = allowed.some(([a, b]) => a === from && b === to);
      expect(canTransition(from, to)).toBe(expected);
      let state = withStatus(tree().state, from);
      // A document to approve has been saved as a version and has no open comments.
      if (to === 'approved')
        state = apply(state, saveVersion(state, { documentId: 't', version: '1.0.0', note: 'x' }, context));
      const result = status(state, to);
      expect(result.ok ? 'ok' : result.refusal).toBe(expected ? 'ok' : 'transitionNotAllowed');
    },
  );

  it('lists each status reachable from the next', () => {
    expect(STATUS_TRANSITIONS.draft).toEqual(['review']);
    expect(STATUS_TRANSITIONS.review).toEqual(['approved', 'draft']);
  });

  it('Utkast → Godkänd directly is refused', () => {
    expect(status(tree().state, 'approved')).toMatchObject({ ok: false, refusal: 'transitionNotAllowed' });
  });

  it('a reason is required: empty and blank refused, one character accepted; who and when logged', () => {
    const state = tree().state;
    expect(status(state, 'review', '')).toMatchObject({ ok: false, refusal: 'reasonRequired' });
    expect(status(state, 'review', '   ')).toMatchObject({ ok: false, refusal: 'reasonRequired' });
    const next = apply(state, status(state, 'review', 'x'));
    expect(next.documents.get('t')!.changeLog.at(-1)).toEqual({
      at: expect.any(String) as string,
      status: 'review',
      note: 'x',
      by: 'Anna',
    });
  });

  it('approving unsaved content needs a version number, and saves it approved in the same step', () => {
    const state = withStatus(tree().state, 'review');
    expect(status(state, 'approved')).toMatchObject({ ok: false, refusal: 'versionRequired' });
    expect(status(state, 'approved', 'Godkänd', 'x.y')).toMatchObject({
      ok: false,
      refusal: 'invalidVersion',
    });
    const approved = apply(state, status(state, 'approved', 'Godkänd av Termgruppen', '1.0.0'));
    expect(approved.documents.get('t')).toMatchObject({ status: 'approved', version: '1.0.0' });
    const [saved] = getSavedVersions(approved, 't');
    expect(saved).toMatchObject({ version: '1.0.0', document: { status: 'approved' } });
  });

  it('approving content already saved needs no number and saves nothing new', () => {
    let state = withStatus(tree().state, 'review');
    state = apply(state, saveVersion(state, { documentId: 't', version: '1.0.0', note: 'x' }, context));
    const approved = apply(state, status(state, 'approved'));
    expect(getSavedVersions(approved, 't')).toHaveLength(1);
    expect(approved.documents.get('t')!.status).toBe('approved');
  });
});

describe('review comments', () => {
  it('an open comment blocks approval; resolved, approval goes through', () => {
    const t = tree();
    let state = withStatus(t.state, 'review');
    state = apply(state, saveVersion(state, { documentId: 't', version: '1.0.0', note: 'x' }, context));
    state = apply(
      state,
      addComment(state, { documentId: 't', nodeId: t.node('Plan'), text: 'Otydlig term', by: 'Bo' }, context),
    );
    const [comment] = getOpenComments(state.documents.get('t')!);
    expect(comment).toMatchObject({ nodeId: t.node('Plan'), text: 'Otydlig term', by: 'Bo' });
    expect(status(state, 'approved')).toMatchObject({ ok: false, refusal: 'openComments' });
    state = apply(
      state,
      setCommentResolved(
        state,
        { documentId: 't', commentId: comment!.id, resolved: true, by: 'Anna' },
        context,
      ),
    );
    expect(state.documents.get('t')!.comments![0]).toMatchObject({
      resolvedBy: 'Anna',
      resolvedAt: expect.any(String) as string,
    });
    expect(getOpenComments(state.documents.get('t')!)).toEqual([]);
    expect(status(state, 'approved').ok).toBe(true);
    // Opened again, it blocks again.
    state = apply(
      state,
      setCommentResolved(state, { documentId: 't', commentId: comment!.id, resolved: false }, context),
    );
    expect(status(state, 'approved')).toMatchObject({ ok: false, refusal: 'openComments' });
  });

  it('refuses an empty comment and a node that is not in the document; a comment on the document has no node', () => {
    const state = tree().state;
    expect(addComment(state, { documentId: 't', text: '  ' }, context)).toMatchObject({
      refusal: 'emptyComment',
    });
    expect(addComment(state, { documentId: 't', nodeId: 'nope', text: 'x' }, context)).toMatchObject({
      refusal: 'notFound',
    });
    const next = apply(state, addComment(state, { documentId: 't', text: 'Hela mallen' }, context));
    expect(next.documents.get('t')!.comments![0]!.nodeId).toBeUndefined();
  });
});

describe('approved content is locked', () => {
  it('a Godkänd document refuses edits in the store; Börja en ny revision makes it an Utkast, versions untouched', () => {
    const t = tree();
    let state = withStatus(t.state, 'review');
    state = apply(state, status(state, 'approved', 'Godkänd', '1.0.0'));
    const { store } = createTestStore(state, 't');
    expect(isLocked(store.getSnapshot().library.documents.get('t')!)).toBe(true);
    const edit = store.run((l, c) =>
      addKeyword(l, { documentId: 't', relativeTo: t.node('Plan'), as: 'sibling' }, c),
    );
    expect(edit).toMatchObject({ ok: false, refusal: 'documentLocked' });
    const rename = store.run((l, c) =>
      renameKeyword(l, { keywordId: t.keyword('Plan').id, term: 'Vårdplan' }, c),
    );
    expect(rename).toMatchObject({ ok: false, refusal: 'keywordLocked' });
    // Comments and the workflow still go.
    expect(store.run((l, c) => addComment(l, { documentId: 't', text: 'Ok' }, c)).ok).toBe(true);
    const revision = store.run((l, c) =>
      startRevision(l, { documentId: 't', by: 'Anna', note: 'Ny revision efter version 1.0.0.' }, c),
    );
    expect(revision.ok).toBe(true);
    const library = store.getSnapshot().library;
    expect(library.documents.get('t')).toMatchObject({ status: 'draft', version: '1.0.0' });
    expect(getSavedVersions(library, 't')[0]!.document.status).toBe('approved');
    expect(
      store.run((l, c) => addKeyword(l, { documentId: 't', relativeTo: t.node('Plan'), as: 'sibling' }, c))
        .ok,
    ).toBe(true);
  });

  it('Avvecklad is locked too; Utkast and Granskas are not; a new revision of an Utkast is nothing to do', () => {
    expect(
      ['draft', 'review', 'approved', 'retired'].map((s) => isLocked({ status: s as DocumentStatus })),
    ).toEqual([false, false, true, true]);
    expect(startRevision(tree().state, { documentId: 't', note: '' }, context)).toMatchObject({
      refusal: 'nothingToDo',
    });
  });

  it('lockedRefusal lets a change through that names no locked document or keyword', () => {
    const state = withStatus(tree().state, 'approved');
    expect(lockedRefusal(state, { name: 'createDocument', recipe: () => undefined })).toBeUndefined();
    expect(lockedRefusal(state, { name: 'addSibling', documentId: 't', recipe: () => undefined })).toBe(
      'documentLocked',
    );
    expect(
      lockedRefusal(state, { name: 'saveScenario', documentId: 't', recipe: () => undefined }),
    ).toBeUndefined();
  });
});
