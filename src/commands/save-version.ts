import type { LibraryState, SavedVersion } from '../domain/index.ts';
import { getPlacedKeywords, SEMVER } from '../domain/index.ts';
import { refuse, type CommandContext, type CommandResult } from './command.ts';

/**
 * "Spara version": freezes the document and the keyword definitions it uses under a version number
 * with a note; the document carries that number on, and the change log says who, when and why.
 */
export function saveVersion(
  state: LibraryState,
  args: { documentId: string; version: string; note: string; by?: string },
  context: CommandContext,
): CommandResult {
  const document = state.documents.get(args.documentId);
  if (!document) return refuse('documentNotFound');
  if (!SEMVER.test(args.version)) return refuse('invalidVersion');
  const taken = [...state.versions.values()].some(
    (v) => v.documentId === document.id && v.version === args.version,
  );
  if (taken) return refuse('versionExists');
  const now = context.now();
  const by = args.by?.trim().slice(0, 200);
  const entry = { at: now, version: args.version, note: args.note.slice(0, 10000), ...(by && { by }) };
  const frozen = {
    ...document,
    version: args.version,
    changeLog: [...document.changeLog, entry],
    updatedAt: now,
  };
  const saved: SavedVersion = {
    id: context.createId('version'),
    documentId: document.id,
    version: args.version,
    savedAt: now,
    ...(by && { by }),
    ...(args.note && { note: args.note.slice(0, 10000) }),
    document: frozen,
    keywords: getPlacedKeywords(document, state.keywords),
  };
  return {
    ok: true,
    change: {
      name: 'saveVersion',
      documentId: document.id,
      recipe: (draft) => {
        draft.versions.set(saved.id, saved);
        draft.documents.set(document.id, frozen);
      },
    },
  };
}
