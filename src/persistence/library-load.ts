import type { Keyword, LibraryFile, SavedVersion, TrashEntry, TreeDocument } from '../domain/model.ts';
import { isExpired } from '../domain/workflow.ts';
import { createLibraryState, type LibraryState } from '../domain/library.ts';
import type { DocumentEditRecord, DocumentRecord, LibraryDatabase } from './database.ts';
import { DocumentLogError } from './document-log.ts';
import { withEdits } from './document-store.ts';
import { createDiagnostic, type Diagnostic } from '../validation/diagnostics.ts';
import { recordId, type LibraryTable, type RecordProblem, type StoredRecords } from './library-records.ts';

const SEEDED = 'seeded';

/** What a load found: the library, and the records it had to leave out (named, never silently). */
export interface LoadedLibrary {
  readonly library: LibraryState;
  readonly revisions: ReadonlyMap<string, number>;
  readonly skipped: readonly (RecordProblem & {
    /** The record as stored: left untouched in IndexedDB, and offered for download. */
    readonly record: unknown;
  })[];
  readonly seeded: boolean;
}

/**
 * On the very first start, stores the example library (`examples` may fetch it: the app loads it
 * only then). Never over a library with work in it, and not when read only. True when it did.
 */
async function seedIfFirstStart(
  db: LibraryDatabase,
  examples: () => LibraryFile | Promise<LibraryFile>,
  write: boolean,
): Promise<boolean> {
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
  return seeded;
}

/**
 * Every record of the library as stored, in one read transaction; each document as last saved
 * (its record with its appended edits applied, document-store.ts). A document whose edits do not
 * fit its record is named among `problems`, its record and edits kept as they are.
 */
export async function readStoredRecords(
  db: LibraryDatabase,
): Promise<{ readonly records: StoredRecords; readonly problems: readonly RecordProblem[] }> {
  const tables = [db.keywords, db.documents, db.documentEdits, db.versions, db.trash];
  const stored = await db.transaction('r', tables, async () => ({
    keywords: await db.keywords.toArray(),
    documents: await db.documents.toArray(),
    edits: await db.documentEdits.toArray(),
    versions: await db.versions.toArray(),
    trash: await db.trash.toArray(),
  }));
  const editsById = new Map<string, DocumentEditRecord[]>();
  for (const edit of stored.edits) {
    const list = editsById.get(edit.documentId);
    if (list) list.push(edit);
    else editsById.set(edit.documentId, [edit]);
  }
  const problems: RecordProblem[] = [];
  const documents = stored.documents.map((record): unknown => {
    const edits = editsById.get(record.id);
    if (!edits) return record;
    try {
      return withEdits(record, edits);
    } catch (error) {
      problems.push({ table: 'documents', id: recordId(record), reason: editsProblem(error) });
      return { ...record, edits };
    }
  });
  const { keywords, versions, trash } = stored;
  return { records: { keywords, documents, versions, trash }, problems };
}

/** Why a document's edits could not be applied, as the load names a damaged record. */
function editsProblem(error: unknown): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof DocumentLogError)
    return createDiagnostic(
      'SCHEMA_INVALID',
      {
        path: '/edits',
        detail,
        rule: error.problem === 'missing' ? 'required' : 'repeated',
        value: error.nodeId,
      },
      { path: '/edits' },
    );
  return createDiagnostic('SCHEMA_INVALID', { path: '/edits', detail }, { path: '/edits' });
}

/**
 * The library from its stored records, leaving out the ones found to be damaged (each named with
 * its record). Papperskorg keeps a document 30 days; older ones are removed now, for good.
 */
export async function libraryFromRecords(
  db: LibraryDatabase,
  records: StoredRecords,
  problems: readonly RecordProblem[],
  { now, write, seeded }: { readonly now: string; readonly write: boolean; readonly seeded: boolean },
): Promise<LoadedLibrary> {
  const refused = new Map(problems.map((problem) => [`${problem.table}\u0000${problem.id}`, problem]));
  const skipped: LoadedLibrary['skipped'][number][] = [];
  const kept = <T>(table: LibraryTable, list: readonly unknown[]): T[] =>
    list.filter((record) => {
      const problem = refused.get(`${table}\u0000${recordId(record)}`);
      if (problem) skipped.push({ ...problem, record });
      return !problem;
    }) as T[];
  const keywords = kept<Keyword>('keywords', records.keywords);
  const documentRecords = kept<DocumentRecord>('documents', records.documents);
  const versions = kept<SavedVersion>('versions', records.versions);
  const trash: TrashEntry[] = [];
  const expired: string[] = [];
  for (const entry of kept<TrashEntry>('trash', records.trash))
    if (isExpired(entry.deletedAt, now)) expired.push(entry.id);
    else trash.push(entry);
  if (expired.length > 0 && write) await db.trash.bulkDelete(expired);
  const documents: TreeDocument[] = documentRecords.map((record) => record.document);
  return {
    library: createLibraryState({ keywords, documents, versions, trash }),
    revisions: new Map(documentRecords.map((record) => [record.id, record.revision])),
    skipped,
    seeded,
  };
}

/**
 * Loads the library: seeds the examples on a first start, reads every record, and leaves out
 * (and reports) each record the schema check (library-check.ts) refuses. The check is loaded on
 * demand: the validators are not in the first download; main.tsx starts fetching them
 * as the page starts). The check runs here, before the first paint. Measured against running it in
 * a worker (issue 17): the records must then be cloned to the worker, which cost more than the
 * check it moved (5,000 nodes: first paint ~410 ms here against ~570 ms; 20,000 keywords: 1.2 s
 * against 1.7 s), and before the first paint there is no interaction for it to block.
 */
export async function loadLibrary(
  db: LibraryDatabase,
  examples: () => LibraryFile | Promise<LibraryFile>,
  now: string = new Date().toISOString(),
  { write = true }: { readonly write?: boolean } = {},
): Promise<LoadedLibrary> {
  const seeded = await seedIfFirstStart(db, examples, write);
  const { records, problems } = await readStoredRecords(db);
  const { findRecordProblems } = await import('./library-check.ts');
  const unreadable = new Set(problems.map((problem) => problem.id));
  const checked = findRecordProblems({
    ...records,
    documents: records.documents.filter((record) => !unreadable.has(recordId(record))),
  });
  return libraryFromRecords(db, records, [...problems, ...checked], { now, write, seeded });
}
