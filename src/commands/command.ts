import type { Draft } from 'immer';
import type { EditOutcome, EditRefusal, Recipe } from '../domain/edits.ts';
import type { LibraryState } from '../domain/library.ts';
import type { Keyword, TreeDocument } from '../domain/model.ts';
import { indexTree, type NodePlace, type TreeIndex } from '../domain/tree.ts';

/** The names of all commands: one per user intent; also the undo label's key. */
export type CommandName =
  | 'addSibling'
  | 'addChild'
  | 'removeNode'
  | 'duplicateNode'
  | 'moveNode'
  | 'renameKeyword'
  | 'updateKeyword'
  | 'changeKeywordType'
  | 'setCondition'
  | 'makeDynamic'
  | 'setRequired'
  | 'pasteSubtree'
  | 'pasteTerms'
  | 'createDocument'
  | 'renameDocument'
  | 'deleteDocument'
  | 'saveScenario'
  | 'updateScenario'
  | 'removeScenario'
  | 'importDocument'
  | 'addFragment'
  | 'saveVersion'
  | 'restoreVersion'
  | 'setDocumentStatus'
  | 'moveIncludeToVersion'
  | 'restoreLibrary'
  | 'mergeKeywords'
  | 'removeUnusedKeywords'
  | 'importKeywordList'
  | 'placeKeyword'
  | 'replaceKeyword'
  | 'startRevision'
  | 'addComment'
  | 'resolveComment'
  | 'recoverDocument'
  | 'emptyTrash';

/** Why a command could not be done; the UI says it in words and points at the nodes. */
export type Refusal =
  | EditRefusal
  | 'documentNotFound'
  | 'keywordNotFound'
  | 'atEdge'
  | 'noPreviousSibling'
  | 'notDynamicType'
  | 'nothingToDo'
  | 'emptyTerm'
  | 'invalidVersion'
  | 'versionExists'
  | 'fragmentNotSaved'
  | 'valueInUse'
  | 'mergeTypesDiffer'
  | 'readOnly'
  | 'transitionNotAllowed'
  | 'reasonRequired'
  | 'openComments'
  | 'versionRequired'
  | 'documentLocked'
  | 'keywordLocked'
  | 'emptyComment'
  | 'commentNotFound'
  | 'notInTrash'
  | 'notAnswerable'
  | 'libraryFromNewerVersion';

/** One change to the library, ready to be applied and recorded in the history. */
export interface Change {
  readonly name: CommandName;
  readonly recipe: (draft: Draft<LibraryState>) => void;
  /** The document the change was made in (undo opens it again). */
  readonly documentId?: string;
  /** The node to select once the change is done. */
  readonly select?: string;
  /** Consecutive changes with the same key form one undo step (a typing burst). */
  readonly coalesceKey?: string;
  /** The shared keyword definitions it rewrites (a keyword placed in locked content may not change). */
  readonly keywordIds?: readonly string[];
}

export type CommandResult =
  | { readonly ok: true; readonly change: Change }
  | { readonly ok: false; readonly refusal: Refusal; readonly nodeIds: readonly string[] };

/** What commands need from outside: fresh ids and the time (injected, so tests are exact). */
export interface CommandContext {
  readonly createId: (prefix: string) => string;
  readonly now: () => string;
}

/** A user intent bound to its arguments: the library and context in, a change or a refusal out. */
export type Command = (library: LibraryState, context: CommandContext) => CommandResult;

export const refuse = (refusal: Refusal, nodeIds: readonly string[] = []): CommandResult => ({
  ok: false,
  refusal,
  nodeIds,
});

/** Runs a document recipe inside the library, and marks the document as changed. */
export function inDocument(documentId: string, recipe: Recipe, now: string) {
  return (draft: Draft<LibraryState>) => {
    const document = draft.documents.get(documentId);
    if (!document) return;
    recipe(document);
    document.updatedAt = now;
  };
}

/** What a command plans for one document: the edit of its draft, and what to select or coalesce. */
export interface DocumentEdit {
  readonly edit: Recipe;
  readonly select?: string;
  readonly coalesceKey?: string;
}

/**
 * The scaffolding of a command on one document: refused when the document is missing; otherwise
 * `plan` (given the document and the time) refuses, or returns the edit, which runs on the draft
 * and marks the document changed.
 * @example changeDocument(state, args.documentId, 'renameDocument', context, (document) => ({ edit: (d) => { d.title = title } }))
 */
export function changeDocument(
  state: LibraryState,
  documentId: string,
  name: CommandName,
  context: CommandContext,
  plan: (document: TreeDocument, now: string) => DocumentEdit | CommandResult,
): CommandResult {
  const document = state.documents.get(documentId);
  if (!document) return refuse('documentNotFound');
  const now = context.now();
  const planned = plan(document, now);
  if ('ok' in planned) return planned;
  const { edit, ...options } = planned;
  return {
    ok: true,
    change: { name, documentId: document.id, ...options, recipe: inDocument(document.id, edit, now) },
  };
}

/** Turns a domain edit of one document into a command result. */
export function fromEdit(
  outcome: EditOutcome,
  change: Omit<Change, 'recipe' | 'documentId'> & { documentId: string },
  now: string,
): CommandResult {
  if (!outcome.ok) return refuse(outcome.refusal, outcome.nodeIds);
  return { ok: true, change: { ...change, recipe: inDocument(change.documentId, outcome.recipe, now) } };
}

/** The same change, first adding keyword definitions to the catalogue (new keywords, copies, pasted ones). */
export function withKeywords(result: CommandResult, keywords: readonly Keyword[]): CommandResult {
  if (!result.ok || keywords.length === 0) return result;
  const { change } = result;
  return {
    ok: true,
    change: {
      ...change,
      recipe: (draft) => {
        for (const keyword of keywords) draft.keywords.set(keyword.id, structuredClone(keyword));
        change.recipe(draft);
      },
    },
  };
}

/**
 * A domain edit of one node of a document, which is selected afterwards; refused when the document
 * is missing (the edit itself refuses a missing node).
 */
export function editNode(
  state: LibraryState,
  args: { readonly documentId: string; readonly nodeId: string },
  name: CommandName,
  edit: (document: TreeDocument) => EditOutcome,
  context: CommandContext,
): CommandResult {
  const document = state.documents.get(args.documentId);
  if (!document) return refuse('documentNotFound');
  return fromEdit(edit(document), { name, documentId: document.id, select: args.nodeId }, context.now());
}

/** A node in a document, found; or the refusal to return when the document or the node is missing. */
export function locateNode(
  state: LibraryState,
  documentId: string,
  nodeId: string,
): { document: TreeDocument; index: TreeIndex; place: NodePlace } | { refused: CommandResult } {
  const document = state.documents.get(documentId);
  if (!document) return { refused: refuse('documentNotFound') };
  const index = indexTree(document.nodes);
  const place = index.places.get(nodeId);
  if (!place) return { refused: refuse('notFound', [nodeId]) };
  return { document, index, place };
}
