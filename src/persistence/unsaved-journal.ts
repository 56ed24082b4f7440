import type { LibraryDatabase } from './database.ts';
import { hasChanges, saveChanges, type LibraryChanges } from './library-repository.ts';

/**
 * When a tab closes, an IndexedDB write started in pagehide may be cut off, but a synchronous
 * localStorage write completes. So unsaved changes are also written here on hide, and the next
 * start replays them into IndexedDB before loading. The journal holds whole records, so replaying
 * one that did reach IndexedDB changes nothing.
 */
export const JOURNAL_KEY = 'termverkstad:unsaved-changes';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Writes the unsaved changes synchronously; false when there is no room (the IndexedDB save still runs). */
export function writeJournal(storage: Storage, changes: LibraryChanges): boolean {
  if (!hasChanges(changes)) {
    storage.removeItem(JOURNAL_KEY);
    return true;
  }
  try {
    storage.setItem(JOURNAL_KEY, JSON.stringify(changes));
    return true;
  } catch {
    return false;
  }
}

export function clearJournal(storage: Storage) {
  storage.removeItem(JOURNAL_KEY);
}

const isChanges = (value: unknown): value is LibraryChanges =>
  typeof value === 'object' &&
  value !== null &&
  ['keywords', 'removedKeywords', 'documents', 'removedDocuments'].every((key) =>
    Array.isArray((value as Record<string, unknown>)[key]),
  );

/**
 * Replays a journal left by a closed tab into IndexedDB (one transaction), then clears it. The
 * records it brings are checked against the schema when the library is loaded right after.
 */
export async function replayJournal(db: LibraryDatabase, storage: Storage): Promise<boolean> {
  const text = storage.getItem(JOURNAL_KEY);
  if (text === null) return false;
  let changes: unknown;
  try {
    changes = JSON.parse(text);
  } catch {
    changes = undefined;
  }
  if (isChanges(changes)) {
    // A journal written before versions were stored has no version lists.
    const stored = changes as Partial<LibraryChanges>;
    changes = { ...changes, versions: stored.versions ?? [], removedVersions: stored.removedVersions ?? [] };
    const revisions = new Map((await db.documents.toArray()).map((record) => [record.id, record.revision]));
    await saveChanges(db, changes as LibraryChanges, revisions);
  }
  clearJournal(storage);
  return isChanges(changes);
}
