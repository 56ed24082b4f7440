import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addKeyword, deleteDocument, renameKeyword } from '../../../src/commands/index.ts';
import type { Keyword } from '../../../src/domain/index.ts';
import { buildExampleLibrary } from '../../../src/examples/library.ts';
import { LibraryDatabase } from '../../../src/persistence/database.ts';
import { findChanges, saveChanges } from '../../../src/persistence/library-repository.ts';
import { libraryFromRecords, loadLibrary, readStoredRecords } from '../../../src/persistence/library-load.ts';
import { Autosaver, RETRY_DELAY_MS, SAVE_DELAY_MS } from '../../../src/persistence/autosave.ts';
import {
  JOURNAL_KEY,
  replayJournal,
  SET_ASIDE_KEY,
  writeJournal,
} from '../../../src/persistence/unsaved-journal.ts';
import { EditorStore } from '../../../src/state/editor-store.ts';
import { createTestContext } from '../../helpers/editor.ts';
import { exampleKeywordId } from '../../helpers/examples.ts';

// Example ids named by term: a test says what it means and survives a renamed id.
const keywordOf = exampleKeywordId;

let db: LibraryDatabase;
beforeEach(() => {
  db = new LibraryDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

describe('loadLibrary', () => {
  it('stores the example library on the first start only', async () => {
    const first = await loadLibrary(db, buildExampleLibrary);
    expect(first.seeded).toBe(true);
    expect(first.library.documents.size).toBe(6);
    expect(first.revisions.get('exempel-phq9')).toBe(1);
    await db.documents.delete('exempel-phq9');
    const second = await loadLibrary(db, buildExampleLibrary);
    expect(second.seeded).toBe(false);
    expect(second.library.documents.has('exempel-phq9')).toBe(false);
  });

  it('never seeds the examples over work, even when the seeded flag is lost (issue 18, case 16)', async () => {
    await loadLibrary(db, buildExampleLibrary);
    const edited = (await db.documents.get('exempel-phq9'))!;
    await db.documents.put({ ...edited, document: { ...edited.document, title: 'Min PHQ-9' } });
    await db.settings.delete('seeded');
    const loaded = await loadLibrary(db, buildExampleLibrary);
    expect(loaded.seeded).toBe(false);
    expect(loaded.library.documents.get('exempel-phq9')!.title).toBe('Min PHQ-9');
    expect(await db.settings.get('seeded')).toBeDefined();
    // An empty library without the flag is a first start: seeded.
    await db.documents.clear();
    await db.keywords.clear();
    await db.settings.delete('seeded');
    expect((await loadLibrary(db, buildExampleLibrary)).seeded).toBe(true);
  });

  it('leaves out, and names, records that do not pass the schema', async () => {
    await loadLibrary(db, buildExampleLibrary);
    await db.keywords.put({ id: 'kw-trasig', term: '', type: 'text', status: 'active' });
    const loaded = await loadLibrary(db, buildExampleLibrary);
    expect(loaded.library.keywords.has('kw-trasig')).toBe(false);
    expect(loaded.skipped).toEqual([
      {
        table: 'keywords',
        id: 'kw-trasig',
        reason: expect.objectContaining({ code: 'SCHEMA_INVALID', path: '/term' }) as unknown,
        record: { id: 'kw-trasig', term: '', type: 'text', status: 'active' },
      },
    ]);
    // Left untouched in storage.
    expect(await db.keywords.get('kw-trasig')).toEqual({
      id: 'kw-trasig',
      term: '',
      type: 'text',
      status: 'active',
    });
  });

  it('leaves out exactly the records the check names, in each table, with the record as stored', async () => {
    await loadLibrary(db, buildExampleLibrary);
    const loaded = await libraryFromRecords(
      db,
      (await readStoredRecords(db)).records,
      [
        { table: 'documents', id: 'exempel-phq9', reason: { code: 'SCHEMA_INVALID' } as never },
        // A keyword of the same id as a named document stays: the table is part of the name.
        { table: 'keywords', id: 'exempel-levnadsvanor', reason: { code: 'SCHEMA_INVALID' } as never },
      ],
      { now: new Date().toISOString(), write: true, seeded: false },
    );
    expect(loaded.library.documents.has('exempel-phq9')).toBe(false);
    expect(loaded.library.documents.size).toBe(5);
    expect(loaded.revisions.has('exempel-phq9')).toBe(false);
    expect(loaded.library.documents.has('exempel-levnadsvanor')).toBe(true);
    expect(loaded.skipped.map((s) => [s.table, s.id, (s.record as { revision: number }).revision])).toEqual([
      ['documents', 'exempel-phq9', 1],
    ]);
  });
});

describe('saving', () => {
  it('finds exactly the changed, added and removed records, by identity', async () => {
    const { library } = await loadLibrary(db, buildExampleLibrary);
    const store = new EditorStore(library, createTestContext());
    store.run((l, c) =>
      renameKeyword(
        l,
        { keywordId: keywordOf('Åtgärd'), term: 'Åtgärd 1177', documentId: 'exempel-1177-fragment' },
        c,
      ),
    );
    store.run((l, c) => deleteDocument(l, { documentId: 'exempel-phq9' }, c));
    const changes = findChanges(library, store.getSnapshot().library);
    expect(changes.keywords.map((k) => k.id)).toEqual([keywordOf('Åtgärd')]);
    expect(changes.documents.map((d) => d.id)).toEqual(['exempel-1177-fragment']);
    expect(changes.removedDocuments).toEqual(['exempel-phq9']);
    expect(changes.removedKeywords).toEqual([]);
  });

  it('writes the changes in one transaction and bumps each saved document revision', async () => {
    const loaded = await loadLibrary(db, buildExampleLibrary);
    const store = new EditorStore(loaded.library, createTestContext());
    store.run((l, c) => addKeyword(l, { documentId: 'exempel-phq9', as: 'sibling' }, c));
    const revisions = await saveChanges(
      db,
      findChanges(loaded.library, store.getSnapshot().library),
      loaded.revisions,
    );
    expect(revisions.get('exempel-phq9')).toBe(2);
    expect((await db.documents.get('exempel-phq9'))?.revision).toBe(2);
    expect(await db.keywords.get('kw-1')).toEqual({
      id: 'kw-1',
      term: 'Nytt sökord',
      type: 'text',
      status: 'proposed',
    });
  });

  it('a save that fails half-way changes nothing that was stored', async () => {
    const loaded = await loadLibrary(db, buildExampleLibrary);
    const before = await db.keywords.get(keywordOf('Åtgärd'));
    const renamed = { ...before!, term: 'Ändrat' };
    // The second record cannot be stored (a function cannot be cloned into IndexedDB).
    const unstorable = {
      id: 'kw-x',
      term: 'X',
      type: 'text',
      status: 'active',
      bad: () => 1,
    } as unknown as Keyword;
    await expect(
      saveChanges(
        db,
        {
          keywords: [renamed, unstorable],
          removedKeywords: [],
          documents: [],
          removedDocuments: [],
          versions: [],
          removedVersions: [],
          trash: [],
          removedTrash: [],
        },
        loaded.revisions,
      ),
    ).rejects.toThrow();
    expect(await db.keywords.get(keywordOf('Åtgärd'))).toEqual(before);
    expect(await db.keywords.get('kw-x')).toBeUndefined();
  });
});

describe('Autosaver', () => {
  it('saves a burst of changes once, after a short pause, and says Sparat', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const loaded = await loadLibrary(db, buildExampleLibrary);
    const store = new EditorStore(loaded.library, createTestContext());
    const saver = new Autosaver(db, store, loaded.revisions);
    const put = vi.spyOn(db.keywords, 'bulkPut');
    for (const term of ['Å', 'Åt', 'Åtg']) {
      store.run((l, c) =>
        renameKeyword(l, { keywordId: keywordOf('Åtgärd'), term, documentId: 'exempel-1177-fragment' }, c),
      );
    }
    expect(saver.getStatus()).toEqual({ state: 'pending' });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS + 10);
    await saver.flush();
    expect(put).toHaveBeenCalledTimes(1);
    expect(put.mock.calls[0]![0].map((k) => k.id)).toEqual([keywordOf('Åtgärd')]);
    expect((await db.keywords.get(keywordOf('Åtgärd')))?.term).toBe('Åtg');
    expect(saver.getStatus()).toEqual({ state: 'saved' });
    saver.stop();
  });

  it('keeps the work in memory when a save fails, says why, and saves on the retry', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const loaded = await loadLibrary(db, buildExampleLibrary);
    const store = new EditorStore(loaded.library, createTestContext());
    const saver = new Autosaver(db, store, loaded.revisions);
    const failure = Object.assign(new Error('Lagringen är full'), { name: 'QuotaExceededError' });
    vi.spyOn(db.keywords, 'bulkPut').mockRejectedValueOnce(failure);
    store.run((l, c) =>
      renameKeyword(
        l,
        { keywordId: keywordOf('Åtgärd'), term: 'Sparas sen', documentId: 'exempel-1177-fragment' },
        c,
      ),
    );
    await saver.flush();
    expect(saver.getStatus()).toEqual({
      state: 'failed',
      reason: 'QuotaExceededError: Lagringen är full',
      full: true,
    });
    expect(store.getSnapshot().library.keywords.get(keywordOf('Åtgärd'))?.term).toBe('Sparas sen');
    await vi.advanceTimersByTimeAsync(RETRY_DELAY_MS + 10);
    await saver.flush();
    expect(saver.getStatus()).toEqual({ state: 'saved' });
    expect((await db.keywords.get(keywordOf('Åtgärd')))?.term).toBe('Sparas sen');
    saver.stop();
  });
});

describe('Autosaver after a failure', () => {
  it('says Sparat again when, after a failed save, the changes are undone and nothing is left to save', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const loaded = await loadLibrary(db, buildExampleLibrary);
    const store = new EditorStore(loaded.library, createTestContext());
    const saver = new Autosaver(db, store, loaded.revisions);
    vi.spyOn(db.keywords, 'bulkPut').mockRejectedValueOnce(new Error('full'));
    store.run((l, c) =>
      renameKeyword(
        l,
        { keywordId: keywordOf('Åtgärd'), term: 'Ångras', documentId: 'exempel-1177-fragment' },
        c,
      ),
    );
    await saver.flush();
    expect(saver.getStatus().state).toBe('failed');
    store.undo();
    await vi.advanceTimersByTimeAsync(RETRY_DELAY_MS + 10);
    await saver.flush();
    expect(saver.getStatus()).toEqual({ state: 'saved' });
    saver.stop();
  });
});

describe('the unsaved-changes journal', () => {
  function memoryStorage() {
    const items = new Map<string, string>();
    return {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    };
  }

  it('replays changes a closed tab left in the journal into IndexedDB, once', async () => {
    const loaded = await loadLibrary(db, buildExampleLibrary);
    const store = new EditorStore(loaded.library, createTestContext());
    store.run((l, c) =>
      renameKeyword(
        l,
        { keywordId: keywordOf('Åtgärd'), term: 'Från journalen', documentId: 'exempel-1177-fragment' },
        c,
      ),
    );
    const storage = memoryStorage();
    expect(writeJournal(storage, findChanges(loaded.library, store.getSnapshot().library))).toBe(true);
    expect(await replayJournal(db, storage)).toEqual({ state: 'replayed' });
    expect((await db.keywords.get(keywordOf('Åtgärd')))?.term).toBe('Från journalen');
    expect(storage.getItem(JOURNAL_KEY)).toBeNull();
    expect(await replayJournal(db, storage)).toEqual({ state: 'none' });
  });

  it.each([
    ['not JSON', '{"keywords": ['],
    ['not a list of changes', '{"keywords": 5}'],
    [
      'a record without an id',
      '{"keywords":[{"term":"X"}],"removedKeywords":[],"documents":[],"removedDocuments":[]}',
    ],
    [
      'a document that is null',
      '{"keywords":[],"removedKeywords":[],"documents":[null],"removedDocuments":[]}',
    ],
    [
      'a removal that is no id',
      '{"keywords":[],"removedKeywords":[{}],"documents":[],"removedDocuments":[]}',
    ],
  ])(
    'sets a damaged journal aside, named, and leaves the store unchanged: %s (issue 18, case 15)',
    async (_what, text) => {
      await loadLibrary(db, buildExampleLibrary);
      const before = await db.keywords.toArray();
      const storage = memoryStorage();
      storage.setItem(JOURNAL_KEY, text);
      const replay = await replayJournal(db, storage);
      expect(replay).toMatchObject({ state: 'setAside', key: SET_ASIDE_KEY });
      expect(replay.state === 'setAside' && replay.reason).toMatch(/\S/);
      expect(await db.keywords.toArray()).toEqual(before);
      expect(storage.getItem(JOURNAL_KEY)).toBeNull();
      expect(storage.getItem(SET_ASIDE_KEY)).toBe(text);
      // The next start is an ordinary one.
      expect(await replayJournal(db, storage)).toEqual({ state: 'none' });
    },
  );
});
