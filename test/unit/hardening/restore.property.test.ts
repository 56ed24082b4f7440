/**
 * Restore planning under random later work (issue 18, case 14 and deliverable 6): a backup made at a
 * random time (or with a missing, unreadable or future date), then random work in the library
 * (documents retitled at times before and after it, deleted to Papperskorg, keywords renamed, new
 * documents) and random differences in the backup itself. Whatever happened, a restore without
 * "Skriv över" never undoes later work, and with it every backed-up record comes back as it was.
 */
import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { restoreLibrary } from '../../../src/commands/index.ts';
import { planRestore, toLibraryFile, type LibraryState } from '../../../src/domain/index.ts';
import { checkStructure } from '../../../src/validation/structural.ts';
import { createTestContext, exampleState } from '../../helpers/editor.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SETTINGS = { seed: Number(process.env.FUZZ_SEED ?? 18), numRuns: RUNS } as const;
const NOW = '2026-11-30T12:00:00.000Z';
const start = exampleState();
const documentIds = [...start.documents.keys()];
const keywordIds = [...start.keywords.keys()];

/** A time around the backup's: days before to days after now (after now only for the backup). */
const time = fc
  .integer({ min: -20, max: 2 })
  .map((days) => new Date(Date.parse(NOW) + days * 86_400_000 - 1000).toISOString());
const madeAt = fc.oneof(
  time.map((t) => t as string | undefined),
  fc.constantFrom(undefined, 'i går', '9999-12-31T23:59:59.999Z'),
);
const work = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('retitle' as const), document: fc.nat(), at: time }),
    fc.record({ kind: fc.constant('trash' as const), document: fc.nat(), at: time }),
    fc.record({ kind: fc.constant('rename' as const), keyword: fc.nat() }),
    fc.record({ kind: fc.constant('add' as const), document: fc.nat(), at: time }),
  ),
  { maxLength: 8 },
);
type Work = typeof work extends fc.Arbitrary<(infer W)[]> ? W : never;

function doWork(state: LibraryState, steps: readonly Work[]): LibraryState {
  return produce(state, (draft) => {
    steps.forEach((step, i) => {
      if (step.kind === 'rename') {
        const keyword = draft.keywords.get(keywordIds[step.keyword % keywordIds.length]!)!;
        keyword.term = `${keyword.term} ändrad ${i}`;
        return;
      }
      const id = documentIds[step.document % documentIds.length]!;
      const document = draft.documents.get(id);
      if (!document) return;
      if (step.kind === 'retitle') {
        document.title = `${document.title} ${i}`;
        document.updatedAt = step.at;
      } else if (step.kind === 'trash') {
        draft.documents.delete(id);
        draft.trash.set(id, { id, document, deletedAt: step.at });
      } else {
        const copy = `ny-${i}`;
        draft.documents.set(copy, { ...document, id: copy, title: `Ny ${i}`, updatedAt: step.at });
      }
    });
  });
}

describe('restore planning under random later work (fixed seed)', () => {
  it('without Skriv över never undoes later work; with it brings every backed-up record back', () => {
    fc.assert(
      fc.property(madeAt, work, work, (at, before, after) => {
        // The backup holds the library after `before`; `after` is the work done here since.
        const backedUp = doWork(start, before);
        const file = structuredClone(toLibraryFile(backedUp, at ?? ''));
        if (at === undefined) delete (file as { exportedAt?: string }).exportedAt;
        const later = doWork(backedUp, after);
        const plan = planRestore(later, file, NOW);
        const context = createTestContext();
        context.advance(Date.parse(NOW) - context.clock());
        const restore = (overwriteConflicts: boolean) => {
          const result = restoreLibrary(later, { file, overwriteConflicts }, context);
          return result.ok ? produce(later, result.change.recipe) : later;
        };

        const kept = restore(false);
        const madeAtTime = at === undefined ? NaN : Date.parse(at);
        const trusted = !Number.isNaN(madeAtTime) && madeAtTime <= Date.parse(NOW);
        expect(plan.dateUnknown).toBe(!trusted);
        for (const [id, document] of later.documents) {
          const inBackup = file.documents.find((d) => d.id === id);
          const changedSince = !trusted || Date.parse(document.updatedAt) > madeAtTime;
          if (!inBackup || changedSince) expect(kept.documents.get(id)).toEqual(document);
        }
        for (const [id, entry] of later.trash) {
          const deletedSince = !trusted || Date.parse(entry.deletedAt) > madeAtTime;
          if (deletedSince) expect(kept.documents.has(id)).toBe(false);
        }
        for (const [id, keyword] of later.keywords) expect(kept.keywords.get(id)).toEqual(keyword);

        const overwritten = restore(true);
        for (const document of file.documents)
          expect(overwritten.documents.get(document.id)).toEqual(document);
        for (const keyword of file.keywords) expect(overwritten.keywords.get(keyword.id)).toEqual(keyword);
        for (const document of overwritten.documents.values())
          expect(checkStructure.document(document).ok).toBe(true);
      }),
      SETTINGS,
    );
  });
});
