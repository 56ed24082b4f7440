import type { Keyword, LibraryFile, SavedVersion, TrashEntry, TreeDocument } from '../domain/model.ts';
import { isExpired } from '../domain/workflow.ts';
import { createLibraryState, type LibraryState } from '../domain/library.ts';
import { checkStructure } from '../validation/structural.ts';
import type { Diagnostic } from '../validation/diagnostics.ts';
import Dexie from 'dexie';
import type { LibraryDatabase } from './database.ts';

const SEEDED = 'seeded';

/** What a load found: the library, and the records it had to leave out (named, never silently). */
export interface LoadedLibrary {
  readonly library: LibraryState;
  readonly revisions: ReadonlyMap<string, number>;
  readonly skipped: readonly {
    readonly table: 'keywords' | 'documents' | 'versions' | 'trash';
    readonly id: string;
    /** The structural diagnostic (code, params, path) that refused it. */
    readonly reason: Diagnostic;
    /** The record as stored: left untouched in IndexedDB, and offered for download. */
    readonly record: unknown;
  }[];
  readonly seeded: boolean;
}

/**
 * Loads the library. On the very first start the example library is stored first (`examples` may
 * fetch it: the app loads it only then). Every record passes the schema check on the way in; one
 * that does not is left out and reported.
 */
export async function loadLibrary(
  db: LibraryDatabase,
  examples: () => LibraryFile | Promise<LibraryFile>,
  now: string = new Date().toISOString(),
  { write = true }: { readonly write?: boolean } = {},
): Promise<LoadedLibrary> {
  let seeded = false;
  // Fetched before the transaction: awaiting anything but IndexedDB inside one would end it.
  // Read only (a library of a newer version): nothing is seeded and nothing purged.
  const file = !write || (await db.settings.get(SEEDED)) ? undefined : await examples();
  await db.transaction('rw', [db.keywords, db.documents, db.versions, db.trash, db.settings], async () => {
    // Another tab may have seeded in the meantime.
    if (!file || (await db.settings.get(SEEDED))) return;
    // A library with work in it is never seeded over, even if the flag was lost (issue 18, case 16):
    // the examples would overwrite the user's edits of them.
    if ((await db.documents.count()) > 0 || (await db.keywords.count()) > 0) {
      await db.settings.put({ key: SEEDED, value: new Date().toISOString() });
      return;
    }
    await db.keywords.bulkPut(file.keywords);
    await db.versions.bulkPut(file.versions);
    await db.documents.bulkPut(
      file.documents.map((document) => ({ id: document.id, revision: 1, document })),
    );
    await db.settings.put({ key: SEEDED, value: new Date().toISOString() });
    seeded = true;
  });
  const skipped: LoadedLibrary['skipped'][number][] = [];
  const keywords: Keyword[] = [];
  for (const record of await db.keywords.toArray()) {
    const checked = checkStructure.keyword(record);
    if (checked.ok) keywords.push(checked.value);
    else skipped.push({ table: 'keywords', id: String(record.id), reason: checked.diagnostic, record });
  }
  const documents: TreeDocument[] = [];
  const revisions = new Map<string, number>();
  for (const record of await db.documents.toArray()) {
    const checked = checkStructure.document(record.document);
    if (checked.ok) {
      documents.push(checked.value);
      revisions.set(record.id, record.revision);
    } else skipped.push({ table: 'documents', id: String(record.id), reason: checked.diagnostic, record });
  }
  const versions: SavedVersion[] = [];
  for (const record of await db.versions.toArray()) {
    const checked = checkStructure.savedVersion(record);
    if (checked.ok) versions.push(checked.value);
    else skipped.push({ table: 'versions', id: String(record.id), reason: checked.diagnostic, record });
  }
  // Papperskorg keeps a document 30 days; older ones go now, for good.
  const trash: TrashEntry[] = [];
  const expired: string[] = [];
  for (const record of await db.trash.toArray()) {
    const checked = checkStructure.trashEntry(record);
    if (!checked.ok)
      skipped.push({ table: 'trash', id: String(record.id), reason: checked.diagnostic, record });
    else if (isExpired(checked.value.deletedAt, now)) expired.push(checked.value.id);
    else trash.push(checked.value);
  }
  if (expired.length > 0 && write) await db.trash.bulkDelete(expired);
  return {
    library: createLibraryState({ keywords, documents, versions, trash }),
    revisions,
    skipped,
    seeded,
  };
}

/** What changed between two versions of the library, found by object identity (immer shares what is unchanged). */
export interface LibraryChanges {
  readonly keywords: readonly Keyword[];
  readonly removedKeywords: readonly string[];
  readonly documents: readonly TreeDocument[];
  readonly removedDocuments: readonly string[];
  readonly versions: readonly SavedVersion[];
  readonly removedVersions: readonly string[];
  readonly trash: readonly TrashEntry[];
  readonly removedTrash: readonly string[];
}

export function findChanges(before: LibraryState, after: LibraryState): LibraryChanges {
  const changed = <T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>) =>
    [...b].filter(([id, value]) => a.get(id) !== value).map(([, value]) => value);
  const removed = <T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>) =>
    [...a.keys()].filter((id) => !b.has(id));
  return {
    keywords: changed(before.keywords, after.keywords),
    removedKeywords: removed(before.keywords, after.keywords),
    documents: changed(before.documents, after.documents),
    removedDocuments: removed(before.documents, after.documents),
    versions: changed(before.versions, after.versions),
    removedVersions: removed(before.versions, after.versions),
    trash: changed(before.trash, after.trash),
    removedTrash: removed(before.trash, after.trash),
  };
}

export const hasChanges = (changes: LibraryChanges) =>
  changes.keywords.length +
    changes.removedKeywords.length +
    changes.documents.length +
    changes.removedDocuments.length +
    changes.versions.length +
    changes.removedVersions.length +
    changes.trash.length +
    changes.removedTrash.length >
  0;

/** A save based on a document revision that another tab has since replaced. */
export class StaleRevisionError extends Error {
  constructor(readonly documentId: string) {
    super(`the document ${documentId} was saved in another tab after this tab read it`);
    this.name = 'StaleRevisionError';
  }
}

/**
 * Writes the changed records in one transaction: all of them or none. Each changed document's
 * revision goes up by one; the new revisions are returned. A document whose stored revision is not
 * the one this tab read is refused (StaleRevisionError) and nothing is written.
 */
export async function saveChanges(
  db: LibraryDatabase,
  changes: LibraryChanges,
  revisions: ReadonlyMap<string, number>,
): Promise<Map<string, number>> {
  const next = new Map(revisions);
  await db.transaction('rw', [db.keywords, db.documents, db.versions, db.trash], async () => {
    if (changes.keywords.length > 0) await db.keywords.bulkPut([...changes.keywords]);
    if (changes.removedKeywords.length > 0) await db.keywords.bulkDelete([...changes.removedKeywords]);
    if (changes.documents.length > 0) {
      for (const { id } of changes.documents) {
        const expected = revisions.get(id);
        if (expected === undefined) continue;
        // Index keys only: [id, revision], not the record.
        const [stored] = (await db.documents
          .where('[id+revision]')
          .between([id, Dexie.minKey], [id, Dexie.maxKey])
          .keys()) as unknown as [string, number][];
        if (stored && stored[1] !== expected) throw new StaleRevisionError(id);
      }
      await db.documents.bulkPut(
        changes.documents.map((document) => {
          const revision = (next.get(document.id) ?? 0) + 1;
          next.set(document.id, revision);
          return { id: document.id, revision, document };
        }),
      );
    }
    if (changes.removedDocuments.length > 0) await db.documents.bulkDelete([...changes.removedDocuments]);
    if (changes.versions.length > 0) await db.versions.bulkPut([...changes.versions]);
    if (changes.removedVersions.length > 0) await db.versions.bulkDelete([...changes.removedVersions]);
    if (changes.trash.length > 0) await db.trash.bulkPut([...changes.trash]);
    if (changes.removedTrash.length > 0) await db.trash.bulkDelete([...changes.removedTrash]);
  });
  for (const id of changes.removedDocuments) next.delete(id);
  return next;
}
