import Dexie from 'dexie';
import type { TreeDocument } from '../domain/model.ts';
import type { DocumentEditRecord, DocumentRecord, LibraryDatabase } from './database.ts';
import { applyDocumentEdits, diffDocument, type DocumentEdit } from './document-log.ts';

/**
 * A document as stored: its record (the base) and the edits appended since (document-log.ts).
 * The functions that write run inside the caller's transaction on documents and documentEdits.
 */

/** After this many appended edits, a document's edits are folded into its record (in a worker). */
export const COMPACT_AFTER_EDITS = 32;

const editsOf = (db: LibraryDatabase, documentId: string) =>
  db.documentEdits
    .where('[documentId+revision]')
    .between([documentId, Dexie.minKey], [documentId, Dexie.maxKey]);

/** The document's revision as stored (its last edit's, else its record's), read from index keys only. */
export async function storedRevision(db: LibraryDatabase, documentId: string): Promise<number | undefined> {
  const [lastEdit] = await editsOf(db, documentId).reverse().limit(1).primaryKeys();
  if (lastEdit) return lastEdit[1];
  const [record] = (await db.documents
    .where('[id+revision]')
    .between([documentId, Dexie.minKey], [documentId, Dexie.maxKey])
    .keys()) as unknown as [string, number][];
  return record?.[1];
}

/** Every stored document's revision, by id. */
export async function storedRevisions(db: LibraryDatabase): Promise<Map<string, number>> {
  const revisions = new Map<string, number>();
  for (const [id, revision] of (await db.documents.orderBy('[id+revision]').keys()) as unknown as [
    string,
    number,
  ][])
    revisions.set(id, revision);
  for (const [id, revision] of await db.documentEdits.toCollection().primaryKeys())
    revisions.set(id, Math.max(revision, revisions.get(id) ?? 0));
  return revisions;
}

/**
 * At most this many nodes are written by one request: IndexedDB clones what it is given on the
 * page's thread, and ~2,000 rows take ~10 ms where a 25,000-node document whole took 100-170 ms.
 */
export const ROWS_PER_PART = 2000;

/**
 * Stores the document at `revision`: as an edit on the saved version `before` when there is one
 * (a keystroke writes a few small objects); else whole, replacing its record and any edits. What
 * is written is split into parts of ROWS_PER_PART nodes, each written when IndexedDB has taken
 * the one before (a task of its own), so no save is a long task on the page; the transaction
 * makes them one save all the same. A document written in parts is folded into one record later
 * (compactDocument, in a worker).
 */
export async function putDocument(
  db: LibraryDatabase,
  document: TreeDocument,
  revision: number,
  before: TreeDocument | undefined,
) {
  let edit: DocumentEdit;
  if (before && before.id === document.id) edit = diffDocument(before, document);
  else {
    await editsOf(db, document.id).delete();
    edit = diffDocument({ ...document, nodes: [] }, document);
    if (edit.rows.length <= ROWS_PER_PART) {
      await db.documents.put({ id: document.id, revision, document });
      return;
    }
    await db.documents.put({ id: document.id, revision, document: { ...document, nodes: [] } });
  }
  const { rows, ...rest } = edit;
  for (let part = 0, at = 0; part === 0 || at < rows.length; part++, at += ROWS_PER_PART) {
    const head = part === 0 ? rest : { fields: {}, removedFields: [] };
    await db.documentEdits.add({
      documentId: document.id,
      revision,
      part,
      ...head,
      rows: rows.slice(at, at + ROWS_PER_PART),
    });
  }
}

export async function deleteDocument(db: LibraryDatabase, documentId: string) {
  await editsOf(db, documentId).delete();
  await db.documents.delete(documentId);
}

/**
 * How many edit records a document has since its record was last written whole (a save written
 * in parts counts each part; a small save is one). The prefix of the primary key serves as the index.
 */
export const countEdits = (db: LibraryDatabase, documentId: string) => editsOf(db, documentId).count();

/**
 * A stored record with its edits (oldest first) applied: the document as it was last saved, at the
 * revision of its last edit. Edits that do not fit throw DocumentLogError (named by the load).
 */
export function withEdits(record: DocumentRecord, edits: readonly DocumentEditRecord[]): DocumentRecord {
  if (edits.length === 0) return record;
  return {
    id: record.id,
    revision: Math.max(record.revision, edits.at(-1)!.revision),
    document: applyDocumentEdits(record.document, edits),
  };
}

/**
 * Folds a document's edits into its record, in one transaction: the record is written whole at
 * the revision of its last edit, and the edits removed. The revision does not change, so a tab's
 * next save is not taken for a stale one. Run in a worker (compaction-worker.ts): the whole
 * document is cloned to IndexedDB, which at 25,000 nodes is a long task.
 */
export async function compactDocument(db: LibraryDatabase, documentId: string): Promise<void> {
  await db.transaction('rw', [db.documents, db.documentEdits], async () => {
    const record = await db.documents.get(documentId);
    const edits = await editsOf(db, documentId).toArray();
    if (!record || edits.length === 0) return;
    await db.documents.put(withEdits(record, edits));
    await editsOf(db, documentId).delete();
  });
}
