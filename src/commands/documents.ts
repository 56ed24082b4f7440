import { getUniqueTerm } from '../domain/index.ts';
import type { DocumentKind, LibraryState, TreeDocument } from '../domain/index.ts';
import { changeDocument, refuse, type CommandContext, type CommandResult } from './command.ts';

/** The title a new document gets until it is renamed. */
export const NEW_TITLE: Readonly<Record<DocumentKind, string>> = {
  template: 'Ny mall',
  fragment: 'Nytt fragment',
};

/** "Ny mall" / "Nytt fragment": an empty draft document, version 0.1.0. */
export function createDocument(
  state: LibraryState,
  args: { kind: DocumentKind },
  context: CommandContext,
): CommandResult {
  const now = context.now();
  const document: TreeDocument = {
    id: context.createId('doc'),
    kind: args.kind,
    title: getUniqueTerm(
      NEW_TITLE[args.kind],
      [...state.documents.values()].map((d) => d.title),
    ),
    version: '0.1.0',
    status: 'draft',
    nodes: [],
    changeLog: [{ at: now, version: '0.1.0', status: 'draft', note: 'Skapad.' }],
    createdAt: now,
    updatedAt: now,
  };
  return {
    ok: true,
    change: {
      name: 'createDocument',
      documentId: document.id,
      recipe: (draft) => {
        draft.documents.set(document.id, document);
      },
    },
  };
}

/** Renames a document (its title); typing is one undo step. */
export function renameDocument(
  state: LibraryState,
  args: { documentId: string; title: string },
  context: CommandContext,
): CommandResult {
  return changeDocument(state, args.documentId, 'renameDocument', context, (document) => {
    const title = args.title.trim();
    if (title === '') return refuse('emptyTerm');
    return {
      coalesceKey: `document-title:${document.id}`,
      edit: (target) => {
        target.title = title.slice(0, 500);
      },
    };
  });
}

/** Deletes a document from the library; undo brings it back. Its keywords stay in the catalogue. */
export function deleteDocument(state: LibraryState, args: { documentId: string }): CommandResult {
  if (!state.documents.has(args.documentId)) return refuse('documentNotFound');
  return {
    ok: true,
    change: {
      name: 'deleteDocument',
      recipe: (draft) => {
        draft.documents.delete(args.documentId);
      },
    },
  };
}
