import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { restoreLibrary } from '../../../src/commands/index.ts';
import { planRestore, toLibraryFile } from '../../../src/domain/index.ts';
import { createTestContext, exampleState } from '../../helpers/editor.ts';

describe('backup and restore plan', () => {
  it('sorts a backup into new, changed, conflicting and unchanged, and restores only what it should', () => {
    const state = exampleState();
    const backup = structuredClone(toLibraryFile(state, '2026-11-25T12:00:00Z'));
    const phq = backup.documents.find((d) => d.id === 'exempel-phq9')!;
    phq.title = 'PHQ-9 i säkerhetskopian';
    backup.documents.push({ ...phq, id: 'ny-i-kopian', title: 'Ny' });
    const later = produce(state, (draft) => {
      const riskbedomning = draft.documents.get('exempel-riskbedomning')!;
      riskbedomning.title = 'Ändrad efteråt';
      riskbedomning.updatedAt = '2026-11-25T13:00:00Z';
    });
    expect(planRestore(later, backup)).toEqual({
      newDocuments: ['ny-i-kopian'],
      changedDocuments: ['exempel-phq9'],
      conflictingDocuments: ['exempel-riskbedomning'],
      unchangedDocuments: 4,
      newKeywords: 0,
      changedKeywords: 0,
      newVersions: 0,
    });
    const result = restoreLibrary(later, { file: backup, overwriteConflicts: false }, createTestContext());
    if (!result.ok) throw new Error(result.refusal);
    const restored = produce(later, result.change.recipe);
    expect(restored.documents.get('exempel-phq9')!.title).toBe('PHQ-9 i säkerhetskopian');
    expect(restored.documents.get('exempel-riskbedomning')!.title).toBe('Ändrad efteråt');
    expect(restored.documents.has('ny-i-kopian')).toBe(true);
    expect(
      restoreLibrary(
        state,
        { file: toLibraryFile(state, 'x'), overwriteConflicts: true },
        createTestContext(),
      ),
    ).toMatchObject({
      ok: false,
      refusal: 'nothingToDo',
    });
  });
});
