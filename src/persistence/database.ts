import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Keyword, SavedVersion, TrashEntry, TreeDocument } from '../domain/model.ts';
import type { DocumentEdit } from './document-log.ts';
import { createId } from '../domain/ids.ts';
import { freezeWorkingCopyPins } from '../domain/pins.ts';

/** A stored document with its revision: +1 on every save, so a stale write can be told apart. */
export interface DocumentRecord {
  readonly id: string;
  readonly revision: number;
  readonly document: TreeDocument;
}

/**
 * A save of a document that appended what changed instead of writing it whole (document-log.ts).
 * Its revision is the document's revision after it; the document is its base record with every
 * edit applied, oldest first (they are removed whenever the record is written whole).
 */
export interface DocumentEditRecord extends DocumentEdit {
  readonly documentId: string;
  readonly revision: number;
  /** A large save is written in parts (document-store.ts), applied in order. */
  readonly part: number;
}

/** Library-wide facts: whether the example library was seeded, settings. */
export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

/** The IndexedDB name of the library. */
export const DATABASE_NAME = 'termverkstad';

/** One step of the stored schema: its tables (Dexie's notation) and how older records are brought up. */
export interface Migration {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  /** Runs inside the upgrade transaction: if it throws, the upgrade is rolled back and the old data stays. */
  readonly upgrade?: (transaction: Transaction) => Promise<void>;
}

/** Every schema version so far, oldest first. Add a step; never change one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, stores: { keywords: 'id', documents: 'id', settings: 'key' } },
  {
    // Saved versions get their own table. Document records from before revisions were counted get 1.
    version: 2,
    stores: { versions: 'id, documentId' },
    upgrade: async (transaction) => {
      await transaction
        .table<{ revision?: unknown }>('documents')
        .toCollection()
        .modify((record) => {
          if (typeof record.revision !== 'number') record.revision = 1;
        });
    },
  },
  {
    // The revision is indexed with the id, so a save can check it without reading (and cloning)
    // the whole document record.
    version: 3,
    stores: { documents: 'id, [id+revision]' },
  },
  {
    // Includes resolve to saved versions only: a pin on a fragment's unsaved working copy is frozen
    // once, as it reads now, into a saved version (domain/pins.ts).
    version: 4,
    stores: {},
    upgrade: async (transaction) => {
      const documents = await transaction.table<DocumentRecord>('documents').toArray();
      const added = freezeWorkingCopyPins(
        {
          keywords: await transaction.table<Keyword>('keywords').toArray(),
          documents: documents.map((record) => record.document),
          versions: await transaction.table<SavedVersion>('versions').toArray(),
        },
        new Date().toISOString(),
        createId,
      );
      await transaction.table<SavedVersion>('versions').bulkAdd(added);
    },
  },
  {
    // Papperskorg: a deleted document is kept for 30 days, recoverable.
    version: 5,
    stores: { trash: 'id' },
  },
  {
    // Incremental saving (issue 17): a save appends what changed to a document's edits; they are
    // folded into its record again in a worker (document-store.ts).
    version: 6,
    stores: { documentEdits: '[documentId+revision+part]' },
  },
];

/** The schema version this app writes. */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/**
 * The schema version of the database as stored (Dexie keeps version × 10 in IndexedDB). Dexie opens
 * a database a newer app has upgraded, so this is how a library from the future is told apart.
 */
export const storedSchemaVersion = (db: Dexie) => Math.floor(db.backendDB().version / 10);

/**
 * The library in IndexedDB (through Dexie): keywords, documents, saved versions and trashed
 * documents one row each, and each document's edits since it was last written whole
 * (document-store.ts), so a save writes only what changed; settings. The schema is versioned by
 * MIGRATIONS.
 */
export class LibraryDatabase extends Dexie {
  keywords!: EntityTable<Keyword, 'id'>;
  documents!: EntityTable<DocumentRecord, 'id'>;
  versions!: EntityTable<SavedVersion, 'id'>;
  trash!: EntityTable<TrashEntry, 'id'>;
  documentEdits!: Dexie.Table<DocumentEditRecord, [string, number, number]>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string = DATABASE_NAME, migrations: readonly Migration[] = MIGRATIONS) {
    super(name);
    for (const migration of migrations) {
      const step = this.version(migration.version).stores({ ...migration.stores });
      if (migration.upgrade) step.upgrade(migration.upgrade);
    }
  }
}
