/**
 * Incremental saving in IndexedDB (issue 17): a save of a changed document appends what changed,
 * never the whole record; a load reads it back as saved; after COMPACT_AFTER_EDITS edits the
 * record is written whole again at the same revision; a stale tab, a damaged edit and a deleted
 * document keep every guarantee of the storage issue.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addKeyword, deleteDocument, renameKeyword } from '../../../src/commands/index.ts';
import { buildExampleLibrary } from '../../../src/examples/library.ts';
import { LibraryDatabase } from '../../../src/persistence/database.ts';
import { Autosaver } from '../../../src/persistence/autosave.ts';
import { findChanges, saveChanges, StaleRevisionError } from '../../../src/persistence/library-repository.ts';
import { loadLibrary } from '../../../src/persistence/library-load.ts';
import type { TreeDocument } from '../../../src/domain/model.ts';
import {
  COMPACT_AFTER_EDITS,
  compactDocument,
  ROWS_PER_PART,
  storedRevision,
  storedRevisions,
} from '../../../src/persistence/document-store.ts';
import { EditorStore } from '../../../src/state/editor-store.ts';
import { createTestContext } from '../../helpers/editor.ts';
import { exampleKeywordId } from '../../helpers/examples.ts';

const DOC = 'exempel-1177-fragment';
const ATGARD = exampleKeywordId('Åtgärd');

let db: LibraryDatabase;
beforeEach(() => {
  db = new LibraryDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

/** An editor on the stored library with a saver that never folds (unless told): saves by hand. */
async function editing(compact?: (id: string) => Promise<void>) {
  const loaded = await loadLibrary(db, buildExampleLibrary);
  const context = createTestContext();
  const store = new EditorStore(loaded.library, context);
  const saver = new Autosaver(db, store, loaded.revisions, compact ?? (() => Promise.resolve()));
  const rename = async (term: string) => {
    // A second later: the document's updatedAt changes with every rename.
    context.advance(1000);
    store.run((l, c) => renameKeyword(l, { keywordId: ATGARD, term, documentId: DOC }, c));
    await saver.flush();
  };
  return { loaded, store, saver, rename };
}

const stored = async (id: string) => (await loadLibrary(db, buildExampleLibrary)).library.documents.get(id);

describe('incremental saving', () => {
  it('a keyword edit appends the document change as an edit; the record is not written again', async () => {
    const { store, saver, rename } = await editing();
    const put = vi.spyOn(db.documents, 'put');
    await rename('Åtgärd');
    expect(put).not.toHaveBeenCalled();
    const edits = await db.documentEdits.toArray();
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ documentId: DOC, revision: 2, rows: [], removedFields: [] });
    expect(Object.keys(edits[0]!.fields)).toEqual(['updatedAt']);
    expect((await db.documents.get(DOC))?.revision).toBe(1);
    // Read back exactly as it is in memory, at the edit's revision.
    expect(await stored(DOC)).toEqual(store.getSnapshot().library.documents.get(DOC));
    expect(await storedRevision(db, DOC)).toBe(2);
    expect((await storedRevisions(db)).get(DOC)).toBe(2);
    saver.stop();
  });

  it('a new node is one row and the list of its parent', async () => {
    const { store, saver } = await editing();
    store.run((l, c) => addKeyword(l, { documentId: 'exempel-phq9', as: 'sibling' }, c));
    await saver.flush();
    const [edit] = await db.documentEdits.toArray();
    expect(edit!.rows).toHaveLength(1);
    expect(edit!.nodes).toHaveLength(store.getSnapshot().library.documents.get('exempel-phq9')!.nodes.length);
    expect(await stored('exempel-phq9')).toEqual(store.getSnapshot().library.documents.get('exempel-phq9'));
    saver.stop();
  });

  it(`folds the edits into the record after ${COMPACT_AFTER_EDITS} of them, not after one fewer`, async () => {
    const compact = vi.fn((id: string) => compactDocument(db, id));
    const { store, saver, rename } = await editing(compact);
    for (let i = 1; i < COMPACT_AFTER_EDITS; i++) await rename(`Åtgärd ${i}`);
    await vi.waitFor(() => expect(saver.getStatus().state).toBe('saved'));
    expect(compact).not.toHaveBeenCalled();
    expect(await db.documentEdits.count()).toBe(COMPACT_AFTER_EDITS - 1);
    await rename('Åtgärd sist');
    await vi.waitFor(() => expect(compact).toHaveBeenCalledWith(DOC));
    await vi.waitFor(async () => expect(await db.documentEdits.count()).toBe(0));
    const record = await db.documents.get(DOC);
    expect(record?.revision).toBe(COMPACT_AFTER_EDITS + 1);
    expect(record?.document).toEqual(store.getSnapshot().library.documents.get(DOC));
    // The revision is the one this tab knows: its next save is not stale.
    await rename('Efter');
    expect(saver.getStatus()).toEqual({ state: 'saved' });
    expect(await storedRevision(db, DOC)).toBe(COMPACT_AFTER_EDITS + 2);
    saver.stop();
  });

  it('a save onto a revision another tab has appended to is refused, and nothing is written', async () => {
    const other = await editing();
    const mine = await editing();
    await other.rename('Från andra fliken');
    const before = await db.documentEdits.toArray();
    await mine.rename('Från den här');
    expect(mine.saver.getStatus()).toMatchObject({ state: 'failed', stale: true });
    expect(await db.documentEdits.toArray()).toEqual(before);
    expect((await stored(DOC))?.updatedAt).toBe(
      other.store.getSnapshot().library.documents.get(DOC)?.updatedAt,
    );
    other.saver.stop();
    mine.saver.stop();
  });

  it('the stale check holds after the other tab has folded its edits too', async () => {
    const other = await editing();
    const mine = await editing();
    await other.rename('Från andra fliken');
    await compactDocument(db, DOC);
    expect(await db.documentEdits.count()).toBe(0);
    const { loaded } = mine;
    const changed = produceRename(mine.store);
    await expect(
      saveChanges(db, findChanges(loaded.library, changed), loaded.revisions, loaded.library),
    ).rejects.toThrow(StaleRevisionError);
    other.saver.stop();
    mine.saver.stop();
  });

  it('a deleted document takes its edits with it', async () => {
    const { store, saver, rename } = await editing();
    await rename('Åtgärd');
    store.run((l, c) => deleteDocument(l, { documentId: DOC }, c));
    await saver.flush();
    expect(await db.documents.get(DOC)).toBeUndefined();
    expect((await db.documentEdits.toArray()).filter((edit) => edit.documentId === DOC)).toEqual([]);
    saver.stop();
  });

  it('edits that do not fit their record leave that document out, named, and load the rest', async () => {
    const { saver, rename } = await editing();
    await rename('Åtgärd');
    await db.documentEdits.add({
      documentId: DOC,
      revision: 3,
      part: 0,
      fields: {},
      removedFields: [],
      nodes: ['borta'],
      rows: [],
    });
    const loaded = await loadLibrary(db, buildExampleLibrary);
    expect(loaded.library.documents.has(DOC)).toBe(false);
    expect(loaded.library.documents.size).toBe(5);
    expect(loaded.skipped.map((s) => [s.table, s.id, s.reason.code, s.reason.params])).toEqual([
      [
        'documents',
        DOC,
        'SCHEMA_INVALID',
        {
          path: '/edits',
          detail: `the saved edits of document ${DOC} lack node borta`,
          rule: 'required',
          value: 'borta',
        },
      ],
    ]);
    // The record and every edit are kept as stored, and offered for download.
    expect((loaded.skipped[0]!.record as { edits: unknown[] }).edits).toHaveLength(2);
    expect(await db.documentEdits.count()).toBe(2);
    saver.stop();
  });
});

describe('large saves in parts', () => {
  const withNodes = (count: number, id = 'stor'): TreeDocument => ({
    id,
    kind: 'template',
    title: 'Stor mall',
    version: '0.1.0',
    status: 'draft',
    nodes: Array.from({ length: count }, (_, i) => ({ id: `n${i}`, keywordId: ATGARD })),
    changeLog: [],
    createdAt: '2026-12-02T00:00:00Z',
    updatedAt: '2026-12-02T00:00:00Z',
  });
  const saveNew = async (document: TreeDocument) => {
    const loaded = await loadLibrary(db, buildExampleLibrary);
    const library = {
      ...loaded.library,
      documents: new Map([...loaded.library.documents, [document.id, document]]),
    };
    await saveChanges(db, findChanges(loaded.library, library), loaded.revisions, loaded.library);
  };
  const partsOf = async (id: string) =>
    (await db.documentEdits.toArray())
      .filter((edit) => edit.documentId === id)
      .map((edit) => edit.rows.length);

  it(`a new document of ${ROWS_PER_PART} nodes is one record`, async () => {
    await saveNew(withNodes(ROWS_PER_PART));
    expect(await partsOf('stor')).toEqual([]);
    expect((await db.documents.get('stor'))?.document.nodes).toHaveLength(ROWS_PER_PART);
  });

  it(`one node more and it is written in parts of ${ROWS_PER_PART}, read back whole, and folded into one record`, async () => {
    const document = withNodes(2 * ROWS_PER_PART + 1);
    await saveNew(document);
    expect(await partsOf('stor')).toEqual([ROWS_PER_PART, ROWS_PER_PART, 1]);
    expect((await db.documents.get('stor'))?.document.nodes).toEqual([]);
    expect(await stored('stor')).toEqual(document);
    await compactDocument(db, 'stor');
    expect(await partsOf('stor')).toEqual([]);
    expect(await db.documents.get('stor')).toEqual({ id: 'stor', revision: 1, document });
  });

  it('the autosaver folds a new document written in parts at once, not a small one', async () => {
    const compact = vi.fn((id: string) => compactDocument(db, id));
    const { store, saver } = await editing(compact);
    store.replaceLibrary({
      ...store.getSnapshot().library,
      documents: new Map([
        ...store.getSnapshot().library.documents,
        ['stor', withNodes(ROWS_PER_PART + 1)],
        ['liten', withNodes(3, 'liten')],
      ]),
    });
    await saver.flush();
    await vi.waitFor(() => expect(compact).toHaveBeenCalledWith('stor'));
    await vi.waitFor(async () => expect(await partsOf('stor')).toEqual([]));
    expect(compact).toHaveBeenCalledTimes(1);
    expect((await db.documents.get('stor'))?.document.nodes).toHaveLength(ROWS_PER_PART + 1);
    saver.stop();
  });
});

/** The library with the keyword renamed, as a second tab would have it (not saved). */
function produceRename(store: EditorStore) {
  store.run((l, c) => renameKeyword(l, { keywordId: ATGARD, term: 'Min', documentId: DOC }, c));
  return store.getSnapshot().library;
}
