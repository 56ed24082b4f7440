import type { LibraryFile, LibraryState } from '../domain/index.ts';
import { freezeWorkingCopyPins, planRestore, restoreSize } from '../domain/index.ts';
import { refuse, type CommandContext, type CommandResult } from './command.ts';

/**
 * "Återställ bibliotek": writes a checked backup into the library as one undoable step (saved in
 * one transaction): new and changed documents, new keywords and versions. What restoring would undo
 * here (documents changed or deleted after the backup, keywords that differ) is kept unless
 * `overwriteConflicts`; documents and keywords only in the library stay.
 */
export function restoreLibrary(
  state: LibraryState,
  args: { file: LibraryFile; overwriteConflicts: boolean },
  context: CommandContext,
): CommandResult {
  const plan = planRestore(state, args.file, context.now());
  if (restoreSize(plan, args.overwriteConflicts) === 0) return refuse('nothingToDo');
  const frozen = freezeWorkingCopyPins(args.file, context.now(), context.createId);
  const keep = (ids: readonly string[]) => new Set(args.overwriteConflicts ? [] : ids);
  const keptDocuments = keep(plan.conflictingDocuments);
  const keptKeywords = keep(plan.conflictingKeywords);
  const documents = args.file.documents.filter((d) => !keptDocuments.has(d.id));
  const keywords = args.file.keywords.filter((k) => !keptKeywords.has(k.id));
  return {
    ok: true,
    change: {
      name: 'restoreLibrary',
      recipe: (draft) => {
        for (const keyword of keywords) draft.keywords.set(keyword.id, keyword);
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
