import type { LibraryFile } from './model.ts';
import type { LibraryState } from './library.ts';

/** What restoring a backup would do, record by record, before anything is written. */
export interface RestorePlan {
  readonly newDocuments: readonly string[];
  /** In both, different, and not changed here since the backup was made. */
  readonly changedDocuments: readonly string[];
  /** In both, different, and changed here after the backup was made: restoring would undo that work. */
  readonly conflictingDocuments: readonly string[];
  readonly unchangedDocuments: number;
  readonly newKeywords: number;
  readonly changedKeywords: number;
  readonly newVersions: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The whole library as one backup file ("Säkerhetskopiera bibliotek"), Papperskorg included. */
export function toLibraryFile(state: LibraryState, exportedAt: string): LibraryFile {
  return {
    format: 'termverkstad-library',
    formatVersion: 1,
    exportedAt,
    keywords: [...state.keywords.values()],
    documents: [...state.documents.values()],
    versions: [...state.versions.values()],
    ...(state.trash.size > 0 && { trash: [...state.trash.values()] }),
  };
}

/**
 * Sorts a backup's records against the library: new, changed, conflicting (changed here after the
 * backup was made, going by the document's updatedAt and the backup's exportedAt) and unchanged.
 * Documents only in the library are left alone by a restore.
 */
export function planRestore(state: LibraryState, file: LibraryFile): RestorePlan {
  const madeAt = file.exportedAt ?? '';
  const newDocuments: string[] = [];
  const changedDocuments: string[] = [];
  const conflictingDocuments: string[] = [];
  let unchangedDocuments = 0;
  for (const document of file.documents) {
    const current = state.documents.get(document.id);
    if (!current) newDocuments.push(document.id);
    else if (same(current, document)) unchangedDocuments++;
    else if (madeAt !== '' && current.updatedAt > madeAt) conflictingDocuments.push(document.id);
    else changedDocuments.push(document.id);
  }
  let newKeywords = 0;
  let changedKeywords = 0;
  for (const keyword of file.keywords) {
    const current = state.keywords.get(keyword.id);
    if (!current) newKeywords++;
    else if (!same(current, keyword)) changedKeywords++;
  }
  const newVersions = file.versions.filter((version) => !state.versions.has(version.id)).length;
  return {
    newDocuments,
    changedDocuments,
    conflictingDocuments,
    unchangedDocuments,
    newKeywords,
    changedKeywords,
    newVersions,
  };
}
