import type { LibraryFile, LibraryState } from '../domain/index.ts';
import { freezeWorkingCopyPins, planRestore } from '../domain/index.ts';
import { refuse, type CommandContext, type CommandResult } from './command.ts';

/**
 * "Återställ bibliotek": writes a checked backup into the library as one undoable step (saved in
 * one transaction): new and changed documents, keywords and versions. Documents changed here after
 * the backup was made are skipped unless `overwriteConflicts`; documents only in the library stay.
 */
export function restoreLibrary(
  state: LibraryState,
  args: { file: LibraryFile; overwriteConflicts: boolean },
  context: CommandContext,
): CommandResult {
  const frozen = freezeWorkingCopyPins(args.file, context.now(), context.createId);
  const plan = planRestore(state, args.file);
  const skip = new Set(args.overwriteConflicts ? [] : plan.conflictingDocuments);
  const documents = args.file.documents.filter((d) => !skip.has(d.id));
  if (
    plan.newDocuments.length +
      plan.changedDocuments.length +
      (args.overwriteConflicts ? plan.conflictingDocuments.length : 0) +
      plan.newKeywords +
      plan.changedKeywords +
      plan.newVersions ===
    0
  )
    return refuse('nothingToDo');
  return {
    ok: true,
    change: {
      name: 'restoreLibrary',
      recipe: (draft) => {
        for (const keyword of args.file.keywords) draft.keywords.set(keyword.id, keyword);
        for (const document of documents) {
          draft.documents.set(document.id, document);
          // Restored from the backup, it is no longer a deleted document.
          draft.trash.delete(document.id);
        }
        for (const version of [...args.file.versions, ...frozen]) draft.versions.set(version.id, version);
      },
    },
  };
}
