import type { Keyword, SavedVersion, TrashEntry, TreeDocument } from '../domain/model.ts';
import type { LibraryState } from '../domain/library.ts';
import type { LibraryDatabase } from './database.ts';
import { deleteDocument, putDocument, storedRevision } from './document-store.ts';

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
 * the one this tab read is refused (StaleRevisionError) and nothing is written. A document also in
 * `before` (the library as last saved) is stored as what changed since (document-store.ts).
 */
export async function saveChanges(
  db: LibraryDatabase,
  changes: LibraryChanges,
  revisions: ReadonlyMap<string, number>,
  before?: LibraryState,
): Promise<Map<string, number>> {
  const next = new Map(revisions);
  const tables = [db.keywords, db.documents, db.documentEdits, db.versions, db.trash];
  await db.transaction('rw', tables, async () => {
    if (changes.keywords.length > 0) await db.keywords.bulkPut([...changes.keywords]);
    if (changes.removedKeywords.length > 0) await db.keywords.bulkDelete([...changes.removedKeywords]);
    // Checked first, so a refused save writes nothing. An edit is appended only onto the very
    // revision `before` was saved as; otherwise the document is written whole.
    const onto = new Map<string, TreeDocument | undefined>();
    for (const { id } of changes.documents) {
      const expected = revisions.get(id);
      const stored = await storedRevision(db, id);
      if (expected !== undefined && stored !== undefined && stored !== expected)
        throw new StaleRevisionError(id);
      onto.set(id, stored !== undefined && stored === expected ? before?.documents.get(id) : undefined);
    }
    for (const document of changes.documents) {
      const revision = (next.get(document.id) ?? 0) + 1;
      next.set(document.id, revision);
      await putDocument(db, document, revision, onto.get(document.id));
    }
    for (const id of changes.removedDocuments) await deleteDocument(db, id);
    if (changes.versions.length > 0) await db.versions.bulkPut([...changes.versions]);
    if (changes.removedVersions.length > 0) await db.versions.bulkDelete([...changes.removedVersions]);
    if (changes.trash.length > 0) await db.trash.bulkPut([...changes.trash]);
    if (changes.removedTrash.length > 0) await db.trash.bulkDelete([...changes.removedTrash]);
  });
  for (const id of changes.removedDocuments) next.delete(id);
  return next;
}
