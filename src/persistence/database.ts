import Dexie, { type EntityTable } from 'dexie';
import type { Keyword, TreeDocument } from '../domain/model.ts';

/** A stored document with its revision: +1 on every save, so a stale write can be told apart. */
export interface DocumentRecord {
  readonly id: string;
  readonly revision: number;
  readonly document: TreeDocument;
}

/** Library-wide facts: whether the example library was seeded, settings. */
export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

/** The IndexedDB name of the library. */
export const DATABASE_NAME = 'termverkstad';

/**
 * The library in IndexedDB (through Dexie): keywords and documents one row each, so a save writes
 * only what changed. Version 1 of the schema.
 */
export class LibraryDatabase extends Dexie {
  keywords!: EntityTable<Keyword, 'id'>;
  documents!: EntityTable<DocumentRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({ keywords: 'id', documents: 'id', settings: 'key' });
  }
}
