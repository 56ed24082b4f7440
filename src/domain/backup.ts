import type { DamagedRecord, LibraryFile } from './model.ts';
import type { LibraryState } from './library.ts';

/** What restoring a backup would do, record by record, before anything is written. */
export interface RestorePlan {
  readonly newDocuments: readonly string[];
  /** In both, different, and not changed here since the backup was made. */
  readonly changedDocuments: readonly string[];
  /**
   * Restoring would undo later work here, so they are kept unless the user asks: changed here after
   * the backup was made, deleted here after it (in Papperskorg), or different when the backup's
   * date cannot be trusted.
   */
  readonly conflictingDocuments: readonly string[];
  readonly unchangedDocuments: number;
  readonly newKeywords: number;
  /**
   * Keywords that differ from the backup's. A keyword carries no time of change, so which side is
   * newer cannot be known: the library's is kept unless the user asks.
   */
  readonly conflictingKeywords: readonly string[];
  readonly newVersions: number;
  /**
   * The backup's exportedAt is missing, not a time, or later than now: every difference then counts
   * as possibly later work (a backup "from 9999" would otherwise overwrite everything).
   */
  readonly dateUnknown: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The whole library as one backup file ("Säkerhetskopiera bibliotek"), Papperskorg included, and
 * the records storage holds that could not be read, as they are (a backup loses nothing).
 */
export function toLibraryFile(
  state: LibraryState,
  exportedAt: string,
  damaged: readonly DamagedRecord[] = [],
): LibraryFile {
  return {
    format: 'termverkstad-library',
    formatVersion: 1,
    exportedAt,
    keywords: [...state.keywords.values()],
    documents: [...state.documents.values()],
    versions: [...state.versions.values()],
    ...(state.trash.size > 0 && { trash: [...state.trash.values()] }),
    ...(damaged.length > 0 && { damaged: [...damaged] }),
  };
}

/** The backup's time, if it is one and not in the future. */
function madeAtOf(file: LibraryFile, now: string): number | undefined {
  const madeAt = file.exportedAt === undefined ? NaN : Date.parse(file.exportedAt);
  return Number.isNaN(madeAt) || madeAt > Date.parse(now) ? undefined : madeAt;
}

/**
 * Sorts a backup's records against the library: new, changed, conflicting (work here that restoring
 * would undo, going by the document's updatedAt or deletedAt and the backup's exportedAt) and
 * unchanged. Documents only in the library are left alone by a restore.
 */
export function planRestore(state: LibraryState, file: LibraryFile, now: string): RestorePlan {
  const madeAt = madeAtOf(file, now);
  const after = (time: string) => madeAt === undefined || !(Date.parse(time) <= madeAt);
  const newDocuments: string[] = [];
  const changedDocuments: string[] = [];
  const conflictingDocuments: string[] = [];
  let unchangedDocuments = 0;
  for (const document of file.documents) {
    const current = state.documents.get(document.id);
    const trashed = state.trash.get(document.id);
    if (!current) {
      if (trashed && after(trashed.deletedAt)) conflictingDocuments.push(document.id);
      else newDocuments.push(document.id);
    } else if (same(current, document)) unchangedDocuments++;
    else if (after(current.updatedAt)) conflictingDocuments.push(document.id);
    else changedDocuments.push(document.id);
  }
  let newKeywords = 0;
  const conflictingKeywords: string[] = [];
  for (const keyword of file.keywords) {
    const current = state.keywords.get(keyword.id);
    if (!current) newKeywords++;
    else if (!same(current, keyword)) conflictingKeywords.push(keyword.id);
  }
  const newVersions = file.versions.filter((version) => !state.versions.has(version.id)).length;
  return {
    newDocuments,
    changedDocuments,
    conflictingDocuments,
    unchangedDocuments,
    newKeywords,
    conflictingKeywords,
    newVersions,
    dateUnknown: madeAt === undefined,
  };
}

/** How many records a restore would write: what is new or changed, and the conflicts if asked. */
export const restoreSize = (plan: RestorePlan, overwriteConflicts: boolean) =>
  plan.newDocuments.length +
  plan.changedDocuments.length +
  plan.newKeywords +
  plan.newVersions +
  (overwriteConflicts ? plan.conflictingDocuments.length + plan.conflictingKeywords.length : 0);
