import type { LibraryState } from '../domain/index.ts';
import { refuse, type CommandResult } from './command.ts';

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
