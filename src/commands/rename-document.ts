import type { LibraryState } from '../domain/index.ts';
import { changeDocument, refuse, type CommandContext, type CommandResult } from './command.ts';

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
