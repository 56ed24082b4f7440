import type { DocumentStatus, LibraryState } from '../domain/index.ts';
import { changeDocument, refuse, type CommandContext, type CommandResult } from './command.ts';

/** The status workflow Utkast → Granskas → Godkänd → Avvecklad, with who, when and why in the log. */
export function setDocumentStatus(
  state: LibraryState,
  args: { documentId: string; status: DocumentStatus; note: string; by?: string },
  context: CommandContext,
): CommandResult {
  return changeDocument(state, args.documentId, 'setDocumentStatus', context, (document, now) => {
    if (document.status === args.status) return refuse('nothingToDo');
    const by = args.by?.trim().slice(0, 200);
    return {
      edit: (target) => {
        target.status = args.status;
        target.changeLog.push({
          at: now,
          status: args.status,
          note: args.note.slice(0, 10000),
          ...(by && { by }),
        });
      },
    };
  });
}
