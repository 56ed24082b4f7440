import type { LibraryDatabase } from './database.ts';
import { hasChanges, saveChanges, type LibraryChanges } from './library-repository.ts';
import { storedRevisions } from './document-store.ts';

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

/** Where a journal that could not be replayed is put aside, whole, for whoever looks into it. */
export const SET_ASIDE_KEY = 'termverkstad:unsaved-changes-set-aside';

export type JournalReplay =
  | { readonly state: 'none' }
  | { readonly state: 'replayed' }
  /** The journal could not be read or written back: set aside (not lost), and why. */
  | { readonly state: 'setAside'; readonly key: string; readonly reason: string };

/** The first record of a journal that does not pass the schema, as "keywords[2]: …". */
async function findDamage(changes: LibraryChanges): Promise<string | undefined> {
  // The schema check loads only when a journal is there to check (rarely: after a closed tab).
  const { checkStructure } = await import('../validation/structural.ts');
  const lists = [
    ['keywords', changes.keywords, checkStructure.keyword],
    ['documents', changes.documents, checkStructure.document],
    ['versions', changes.versions ?? [], checkStructure.savedVersion],
    ['trash', changes.trash ?? [], checkStructure.trashEntry],
  ] as const;
  for (const [name, records, check] of lists)
    for (const [i, record] of (records as readonly unknown[]).entries()) {
      const checked = check(record);
      if (!checked.ok) return `${name}[${i}]: ${checked.diagnostic.path ?? '/'}`;
    }
  for (const key of ['removedKeywords', 'removedDocuments', 'removedVersions', 'removedTrash'] as const)
    if ((changes[key] ?? []).some((id) => typeof id !== 'string')) return `${key}: not a list of ids`;
  return undefined;
}

/**
 * Replays a journal left by a closed tab into IndexedDB (one transaction), then clears it. One that
 * cannot be read, whose records do not pass the schema, or whose write fails is set aside under
 * SET_ASIDE_KEY and named, never replayed in part and never in the way of a start (issue 18,
 * case 15).
 */
export async function replayJournal(db: LibraryDatabase, storage: Storage): Promise<JournalReplay> {
  const text = storage.getItem(JOURNAL_KEY);
  if (text === null) return { state: 'none' };
  const setAside = (reason: string): JournalReplay => {
    try {
      storage.setItem(SET_ASIDE_KEY, text);
    } catch {
      // No room to keep it: it is named all the same.
    }
    clearJournal(storage);
    return { state: 'setAside', key: SET_ASIDE_KEY, reason };
  };
  let changes: unknown;
  try {
    changes = JSON.parse(text);
  } catch (error) {
    return setAside(error instanceof Error ? error.message : String(error));
  }
  if (!isChanges(changes)) return setAside('not a list of changes');
  const damage = await findDamage(changes);
  if (damage) return setAside(damage);
  try {
    // A journal written before versions were stored has no version lists.
    const stored = changes as Partial<LibraryChanges> & { baseRevisions?: Record<string, number> };
    const revisions = await storedRevisions(db);
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
  } catch (error) {
    return setAside(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
  clearJournal(storage);
  return { state: 'replayed' };
}
