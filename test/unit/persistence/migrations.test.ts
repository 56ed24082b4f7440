import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { saveVersion } from '../../../src/commands/index.ts';
import { buildExampleLibrary } from '../../../src/examples/library.ts';
import { LibraryDatabase, MIGRATIONS, type Migration } from '../../../src/persistence/database.ts';
import { findChanges, saveChanges } from '../../../src/persistence/library-repository.ts';
import { loadLibrary } from '../../../src/persistence/library-load.ts';
import { createTestContext } from '../../helpers/editor.ts';
import { produce } from 'immer';

/** A database as the first release (schema version 1) wrote it: document records without a revision. */
async function writeVersion1(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(MIGRATIONS[0]!.stores);
  await old.open();
  const library = buildExampleLibrary();
  await old.table('keywords').bulkPut(library.keywords);
  await old.table('documents').bulkPut(library.documents.map((document) => ({ id: document.id, document })));
  await old.table('settings').put({ key: 'seeded', value: '2026-01-01T00:00:00Z' });
  old.close();
  return library;
}

async function readRaw(name: string) {
  const db = new Dexie(name);
  await db.open(); // opens at whatever version is stored
  const out = {
    version: db.verno,
    tables: db.tables.map((t) => t.name).sort(),
    documents: await db.table('documents').toArray(),
  };
  db.close();
  return out;
}

describe('schema migrations', () => {
  it('opens a version 1 database and finds every record migrated and valid', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const written = await writeVersion1(name);
    const db = new LibraryDatabase(name);
    const loaded = await loadLibrary(db, buildExampleLibrary);
    expect(loaded.seeded).toBe(false);
    expect(loaded.skipped).toEqual([]);
    expect(loaded.library.documents.size).toBe(written.documents.length);
    expect(loaded.library.keywords.size).toBe(written.keywords.length);
    expect([...loaded.revisions.values()].every((revision) => revision === 1)).toBe(true);
    expect(db.verno).toBe(6);
    // Version 4: the template's pin on the fragment's unsaved 0.1.0 is frozen into a saved version.
    const fragment = written.documents.find((d) => d.kind === 'fragment')!;
    expect(await db.versions.toArray()).toEqual([
      expect.objectContaining({ documentId: fragment.id, version: '0.1.0', document: fragment }),
    ]);
    await db.delete();
  });

  it('a migration that throws leaves the old data exactly as it was', async () => {
    const name = `migrate-fail-${crypto.randomUUID()}`;
    await writeVersion1(name);
    const before = await readRaw(name);
    const failing: Migration[] = [
      MIGRATIONS[0]!,
      {
        ...MIGRATIONS[1]!,
        upgrade: async (transaction) => {
          await MIGRATIONS[1]!.upgrade!(transaction);
          throw new Error('migration failed half way');
        },
      },
    ];
    const db = new LibraryDatabase(name, failing);
    await expect(db.open()).rejects.toThrow(/migration failed half way/);
    db.close();
    const after = await readRaw(name);
    expect(after).toEqual(before);
    expect(after.version).toBe(1);
    expect(after.documents[0]).not.toHaveProperty('revision');
    await Dexie.delete(name);
  });

  it('saved versions are stored with the document in one transaction and load again', async () => {
    const db = new LibraryDatabase(`versions-${crypto.randomUUID()}`);
    const loaded = await loadLibrary(db, buildExampleLibrary);
    const result = saveVersion(
      loaded.library,
      { documentId: 'exempel-phq9', version: '1.0.0', note: 'Första godkända', by: 'Termgruppen' },
      createTestContext(),
    );
    if (!result.ok) throw new Error(result.refusal);
    const next = produce(loaded.library, result.change.recipe);
    await saveChanges(db, findChanges(loaded.library, next), loaded.revisions);
    const again = await loadLibrary(db, buildExampleLibrary);
    const [version] = [...again.library.versions.values()].filter((v) => v.documentId === 'exempel-phq9');
    expect(version).toMatchObject({
      documentId: 'exempel-phq9',
      version: '1.0.0',
      note: 'Första godkända',
      by: 'Termgruppen',
    });
    expect(again.library.documents.get('exempel-phq9')!.version).toBe('1.0.0');
    expect(again.revisions.get('exempel-phq9')).toBe(2);
    await db.delete();
  });
});

describe('storage safety', () => {
  it('recognises a full disk in the errors IndexedDB and Dexie give', async () => {
    const { isQuotaError } = await import('../../../src/persistence/storage-info.ts');
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(Object.assign(new Error('AbortError'), { name: 'AbortError', inner: quota }))).toBe(
      true,
    );
    expect(isQuotaError(new Error('ConstraintError: key already exists'))).toBe(false);
  });

  it('asks for persistent storage once, and remembers the answer', async () => {
    const { requestPersistence } = await import('../../../src/persistence/storage-info.ts');
    const db = new LibraryDatabase(`persist-${crypto.randomUUID()}`);
    let asked = 0;
    const storage = { persist: () => (asked++, Promise.resolve(true)) } as unknown as StorageManager;
    await requestPersistence(db, storage);
    await requestPersistence(db, storage);
    expect(asked).toBe(1);
    expect((await db.settings.get('persist-asked'))?.value).toMatchObject({ granted: true });
    await db.delete();
  });
});

describe('writes based on a stale revision', () => {
  it('are refused whole, and a left-behind journal never overwrites a newer record', async () => {
    const { StaleRevisionError } = await import('../../../src/persistence/library-repository.ts');
    const { JOURNAL_KEY, replayJournal, writeJournal } =
      await import('../../../src/persistence/unsaved-journal.ts');
    const db = new LibraryDatabase(`stale-${crypto.randomUUID()}`);
    const loaded = await loadLibrary(db, buildExampleLibrary);
    const rename = (title: string) =>
      produce(loaded.library, (draft) => {
        draft.documents.get('exempel-phq9')!.title = title;
      });
    // Another tab saves first: revision 2.
    const other = await saveChanges(
      db,
      findChanges(loaded.library, rename('Från andra fliken')),
      loaded.revisions,
    );
    expect(other.get('exempel-phq9')).toBe(2);
    // This tab still believes revision 1.
    await expect(
      saveChanges(db, findChanges(loaded.library, rename('Från den här')), loaded.revisions),
    ).rejects.toBeInstanceOf(StaleRevisionError);
    // A journal written against revision 1 is replayed without touching the newer record.
    const storage = new Map<string, string>();
    const local = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
    };
    writeJournal(local, findChanges(loaded.library, rename('Från journalen')), loaded.revisions);
    expect(storage.has(JOURNAL_KEY)).toBe(true);
    await replayJournal(db, local);
    expect((await db.documents.get('exempel-phq9'))!.document.title).toBe('Från andra fliken');
    await db.delete();
  });
});
