import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { restoreLibrary } from '../../../src/commands/index.ts';
import { planRestore, toLibraryFile, type LibraryState } from '../../../src/domain/index.ts';
import { checkStructure } from '../../../src/validation/structural.ts';
import { createTestContext, exampleState } from '../../helpers/editor.ts';

const NOW = '2026-11-30T12:00:00.000Z';
const MADE_AT = '2026-11-25T12:00:00.000Z';

/** A command context whose clock reads `at`. */
function contextAt(at: string) {
  const context = createTestContext();
  context.advance(Date.parse(at) - context.clock());
  return context;
}

function restored(state: LibraryState, file: ReturnType<typeof toLibraryFile>, overwriteConflicts: boolean) {
  const result = restoreLibrary(state, { file, overwriteConflicts }, contextAt(NOW));
  if (!result.ok) throw new Error(result.refusal);
  return produce(state, result.change.recipe);
}

/** The example library with one document changed here at `updatedAt`. */
const editedAt = (state: LibraryState, updatedAt: string) =>
  produce(state, (draft) => {
    const document = draft.documents.get('exempel-riskbedomning')!;
    document.title = 'Ändrad här';
    document.updatedAt = updatedAt;
  });

describe('backup and restore plan', () => {
  it('sorts a backup into new, changed, conflicting and unchanged, and restores only what it should', () => {
    const state = exampleState();
    const backup = structuredClone(toLibraryFile(state, MADE_AT));
    const phq = backup.documents.find((d) => d.id === 'exempel-phq9')!;
    phq.title = 'PHQ-9 i säkerhetskopian';
    backup.documents.push({ ...phq, id: 'ny-i-kopian', title: 'Ny' });
    const later = editedAt(state, '2026-11-25T13:00:00.000Z');
    expect(planRestore(later, backup, NOW)).toEqual({
      newDocuments: ['ny-i-kopian'],
      changedDocuments: ['exempel-phq9'],
      conflictingDocuments: ['exempel-riskbedomning'],
      unchangedDocuments: 4,
      newKeywords: 0,
      conflictingKeywords: [],
      newVersions: 0,
      dateUnknown: false,
    });
    const after = restored(later, backup, false);
    expect(after.documents.get('exempel-phq9')!.title).toBe('PHQ-9 i säkerhetskopian');
    expect(after.documents.get('exempel-riskbedomning')!.title).toBe('Ändrad här');
    expect(after.documents.has('ny-i-kopian')).toBe(true);
    expect(restored(later, backup, true).documents.get('exempel-riskbedomning')).toEqual(
      state.documents.get('exempel-riskbedomning'),
    );
    expect(
      restoreLibrary(
        state,
        { file: toLibraryFile(state, MADE_AT), overwriteConflicts: true },
        contextAt(NOW),
      ),
    ).toMatchObject({ ok: false, refusal: 'nothingToDo' });
  });

  it('a document changed here at the backup’s time is restored; one changed a millisecond later is kept', () => {
    const backup = toLibraryFile(exampleState(), MADE_AT);
    const atTheTime = planRestore(editedAt(exampleState(), MADE_AT), backup, NOW);
    expect(atTheTime.changedDocuments).toEqual(['exempel-riskbedomning']);
    expect(atTheTime.conflictingDocuments).toEqual([]);
    const justAfter = planRestore(editedAt(exampleState(), '2026-11-25T12:00:00.001Z'), backup, NOW);
    expect(justAfter.changedDocuments).toEqual([]);
    expect(justAfter.conflictingDocuments).toEqual(['exempel-riskbedomning']);
  });

  it('a backup without a trustworthy date never overwrites what differs unless asked (issue 18, case 14)', () => {
    // Edited here long before the backup's stated time: only the date says it is older.
    const state = editedAt(exampleState(), '2020-01-01T00:00:00.000Z');
    const { exportedAt: _dropped, ...undated } = toLibraryFile(exampleState(), MADE_AT);
    for (const file of [
      undated as ReturnType<typeof toLibraryFile>,
      toLibraryFile(exampleState(), '9999-12-31T23:59:59.999Z'),
      toLibraryFile(exampleState(), '2026-11-30T12:00:00.001Z'),
      toLibraryFile(exampleState(), 'i går'),
    ]) {
      const plan = planRestore(state, file, NOW);
      expect(plan.dateUnknown, String(file.exportedAt)).toBe(true);
      expect(plan.conflictingDocuments).toEqual(['exempel-riskbedomning']);
      expect(plan.changedDocuments).toEqual([]);
      expect(() => restored(state, file, false)).toThrow('nothingToDo');
      expect(restored(state, file, true).documents.get('exempel-riskbedomning')!.title).not.toBe(
        'Ändrad här',
      );
    }
    // Exactly now is a time that can be trusted.
    const now = planRestore(state, toLibraryFile(exampleState(), NOW), NOW);
    expect(now.dateUnknown).toBe(false);
    expect(now.changedDocuments).toEqual(['exempel-riskbedomning']);
  });

  it('keeps a keyword that differs from the backup (renamed here) unless asked, and adds the backup’s new ones (issue 18, case 14)', () => {
    const state = exampleState();
    const backup = structuredClone(toLibraryFile(state, MADE_AT));
    const [first] = [...state.keywords.values()];
    backup.keywords.push({ ...first!, id: 'nytt-i-kopian', term: 'Nytt i kopian' });
    const renamed = produce(state, (draft) => {
      draft.keywords.get(first!.id)!.term = 'Omdöpt efter säkerhetskopian';
    });
    const plan = planRestore(renamed, backup, NOW);
    expect(plan.conflictingKeywords).toEqual([first!.id]);
    expect(plan.newKeywords).toBe(1);
    const kept = restored(renamed, backup, false);
    expect(kept.keywords.get(first!.id)!.term).toBe('Omdöpt efter säkerhetskopian');
    expect(kept.keywords.get('nytt-i-kopian')!.term).toBe('Nytt i kopian');
    expect(restored(renamed, backup, true).keywords.get(first!.id)!.term).toBe(first!.term);
  });

  it('does not bring back a document deleted here after the backup unless asked; one deleted before comes back', () => {
    const state = exampleState();
    const backup = toLibraryFile(state, MADE_AT);
    const deletedAt = (time: string) =>
      produce(state, (draft) => {
        const document = draft.documents.get('exempel-phq9')!;
        draft.documents.delete('exempel-phq9');
        draft.trash.set('exempel-phq9', { id: 'exempel-phq9', document, deletedAt: time });
      });
    const later = deletedAt('2026-11-26T08:00:00.000Z');
    expect(planRestore(later, backup, NOW)).toMatchObject({
      newDocuments: [],
      conflictingDocuments: ['exempel-phq9'],
    });
    expect(() => restored(later, backup, false)).toThrow('nothingToDo');
    const undeleted = restored(later, backup, true);
    expect(undeleted.documents.has('exempel-phq9')).toBe(true);
    expect(undeleted.trash.has('exempel-phq9')).toBe(false);
    const earlier = deletedAt('2026-11-24T08:00:00.000Z');
    expect(planRestore(earlier, backup, NOW).newDocuments).toEqual(['exempel-phq9']);
    expect(restored(earlier, backup, false).documents.has('exempel-phq9')).toBe(true);
  });
});

describe('damaged records in a backup (issue 18, case 4)', () => {
  it('are carried as stored and pass the backup format; none, and the field is left out', () => {
    const state = exampleState();
    const damaged = {
      table: 'keywords' as const,
      id: 'kw-skadat',
      reason: 'The file does not follow the format at "/term"',
      json: JSON.stringify({ id: 'kw-skadat', term: 12345, nested: { anything: [null, 'goes'] } }),
    };
    const file = toLibraryFile(state, MADE_AT, [damaged]);
    expect(file.damaged).toEqual([damaged]);
    expect(checkStructure.libraryFile(structuredClone(file)).ok).toBe(true);
    expect('damaged' in toLibraryFile(state, MADE_AT)).toBe(false);
    // A damaged record whose table is not one of the library's is not a damaged record.
    const wrongTable = { ...file, damaged: [{ ...damaged, table: 'settings' }] };
    expect(checkStructure.libraryFile(wrongTable).ok).toBe(false);
  });
});
