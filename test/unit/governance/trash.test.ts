import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { produce } from 'immer';
import type { CommandResult } from '../../../src/commands/index.ts';
import { deleteDocument, emptyTrash, recoverDocument } from '../../../src/commands/index.ts';
import type { LibraryState } from '../../../src/domain/index.ts';
import { daysLeftInTrash, isExpired, toLibraryFile, TRASH_DAYS } from '../../../src/domain/index.ts';
import { buildExampleLibrary } from '../../../src/examples/library.ts';
import { LibraryDatabase } from '../../../src/persistence/database.ts';
import { findChanges, saveChanges } from '../../../src/persistence/library-repository.ts';
import { loadLibrary } from '../../../src/persistence/library-load.ts';
import { createTestContext, exampleState } from '../../helpers/editor.ts';

const context = createTestContext();
const apply = (state: LibraryState, result: CommandResult): LibraryState => {
  if (!result.ok) throw new Error(`refused: ${result.refusal}`);
  return produce(state, result.change.recipe);
};
const PHQ = 'exempel-phq9';

describe('Papperskorg', () => {
  it('deleting moves the document to the trash with when and who; recovering brings it back as it was', () => {
    const state = exampleState();
    const before = state.documents.get(PHQ)!;
    const deleted = apply(state, deleteDocument(state, { documentId: PHQ, by: 'Anna' }, context));
    expect(deleted.documents.has(PHQ)).toBe(false);
    expect(deleted.trash.get(PHQ)).toEqual({
      id: PHQ,
      document: before,
      deletedAt: expect.any(String) as string,
      by: 'Anna',
    });
    // Its saved versions stay (templates may pin them).
    expect(deleted.versions.size).toBe(state.versions.size);
    const recovered = apply(deleted, recoverDocument(deleted, { documentId: PHQ }));
    expect(recovered.documents.get(PHQ)).toEqual(before);
    expect(recovered.trash.size).toBe(0);
    expect(recoverDocument(recovered, { documentId: PHQ })).toMatchObject({
      ok: false,
      refusal: 'notInTrash',
    });
  });

  it('emptying removes every entry for good; an empty trash has nothing to empty', () => {
    const state = exampleState();
    const deleted = apply(state, deleteDocument(state, { documentId: PHQ }, context));
    const emptied = apply(deleted, emptyTrash(deleted));
    expect(emptied.trash.size).toBe(0);
    expect(emptyTrash(emptied)).toMatchObject({ ok: false, refusal: 'notInTrash' });
  });

  it('keeps a document 30 days: expired at 30 days, not one millisecond before; days left count down', () => {
    const at = '2026-11-01T12:00:00.000Z';
    const plus = (ms: number) => new Date(Date.parse(at) + ms).toISOString();
    const day = 86_400_000;
    expect(TRASH_DAYS).toBe(30);
    expect(isExpired(at, plus(30 * day - 1))).toBe(false);
    expect(isExpired(at, plus(30 * day))).toBe(true);
    expect(daysLeftInTrash(at, at)).toBe(30);
    expect(daysLeftInTrash(at, plus(29 * day + 1))).toBe(1);
    expect(daysLeftInTrash(at, plus(31 * day))).toBe(0);
  });

  it('the backup carries the trash', () => {
    const state = exampleState();
    const deleted = apply(state, deleteDocument(state, { documentId: PHQ }, context));
    expect(toLibraryFile(deleted, '2026-12-01T00:00:00Z').trash?.map((e) => e.id)).toEqual([PHQ]);
    expect(toLibraryFile(state, '2026-12-01T00:00:00Z').trash).toBeUndefined();
  });
});

describe('Papperskorg in IndexedDB', () => {
  let db: LibraryDatabase;
  beforeEach(() => {
    db = new LibraryDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('survives a reload, and an entry 30 days old is gone at the next start', async () => {
    const loaded = await loadLibrary(db, buildExampleLibrary);
    const deleted = apply(
      loaded.library,
      deleteDocument(
        loaded.library,
        { documentId: PHQ, by: 'Anna' },
        { ...context, now: () => '2026-11-01T08:00:00.000Z' },
      ),
    );
    await saveChanges(db, findChanges(loaded.library, deleted), loaded.revisions);
    const day29 = await loadLibrary(db, buildExampleLibrary, '2026-11-30T07:59:59.000Z');
    expect(day29.library.trash.get(PHQ)?.by).toBe('Anna');
    expect(day29.library.documents.has(PHQ)).toBe(false);
    const day30 = await loadLibrary(db, buildExampleLibrary, '2026-12-01T08:00:00.000Z');
    expect(day30.library.trash.size).toBe(0);
    expect(await db.trash.count()).toBe(0);
  });
});
