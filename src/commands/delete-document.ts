import type { LibraryState } from '../domain/index.ts';
import { refuse, type CommandContext, type CommandResult } from './command.ts';

/**
 * "Ta bort dokumentet": the document goes to Papperskorg, where it can be recovered for 30 days
 * (and undone as any change). Its keywords stay in the catalogue, its saved versions stay too, so
 * templates pinned to a deleted fragment's versions still unfold.
 */
export function deleteDocument(
  state: LibraryState,
  args: { documentId: string; by?: string },
  context: CommandContext,
): CommandResult {
  const document = state.documents.get(args.documentId);
  if (!document) return refuse('documentNotFound');
  const by = args.by?.trim().slice(0, 200);
  const entry = { id: document.id, document, deletedAt: context.now(), ...(by && { by }) };
  return {
    ok: true,
    change: {
      name: 'deleteDocument',
      recipe: (draft) => {
        draft.documents.delete(args.documentId);
        draft.trash.set(entry.id, structuredClone(entry));
      },
    },
  };
}

/** "Återställ" in Papperskorg: the document comes back as it was deleted. */
export function recoverDocument(state: LibraryState, args: { documentId: string }): CommandResult {
  const entry = state.trash.get(args.documentId);
  if (!entry) return refuse('notInTrash');
  if (state.documents.has(entry.id)) return refuse('duplicateId');
  return {
    ok: true,
    change: {
      name: 'recoverDocument',
      documentId: entry.id,
      recipe: (draft) => {
        draft.trash.delete(entry.id);
        draft.documents.set(entry.id, structuredClone(entry.document));
      },
    },
  };
}

/** "Töm papperskorgen": every trashed document (or those given) is gone for good. */
export function emptyTrash(
  state: LibraryState,
  args: { documentIds?: readonly string[] } = {},
): CommandResult {
  const ids = args.documentIds ?? [...state.trash.keys()];
  if (ids.length === 0 || ids.some((id) => !state.trash.has(id))) return refuse('notInTrash');
  return {
    ok: true,
    change: {
      name: 'emptyTrash',
      recipe: (draft) => {
        for (const id of ids) draft.trash.delete(id);
      },
    },
  };
}
