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

/**
 * Writes the unsaved changes synchronously, with the revisions they were based on (so a replay
 * never overwrites what another tab saved later); false when there is no room (the IndexedDB save
 * still runs).
 */
export function writeJournal(
  storage: Storage,
  changes: LibraryChanges,
  revisions: ReadonlyMap<string, number> = new Map(),
): boolean {
  if (!hasChanges(changes)) {
    storage.removeItem(JOURNAL_KEY);
    return true;
  }
  try {
    storage.setItem(
      JOURNAL_KEY,
      JSON.stringify({ ...changes, baseRevisions: Object.fromEntries(revisions) }),
    );
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
    const stored = changes as Partial<LibraryChanges> & { baseRevisions?: Record<string, number> };
    const revisions = new Map((await db.documents.toArray()).map((record) => [record.id, record.revision]));
    // A document saved since the journal was written (by another tab) keeps its newer record.
    const base = stored.baseRevisions;
    const fresh = (id: string) => !base || base[id] === undefined || base[id] === revisions.get(id);
    await saveChanges(
      db,
      {
        ...changes,
        documents: changes.documents.filter((d) => fresh(d.id)),
        versions: stored.versions ?? [],
        removedVersions: stored.removedVersions ?? [],
      },
      revisions,
    );
  }
  clearJournal(storage);
  return isChanges(changes);
}
