import fc from 'fast-check';
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import { beforeAll, describe, expect, it } from 'vitest';
import { findInvariantViolations } from '../../../src/domain/index.ts';
import { operation, toEdit } from '../../helpers/random-edits.ts';
import { compactArrayPatches } from '../../../src/history/compact-patches.ts';
import { buildBaseFragment } from '../../helpers/base-fragment.ts';
import { exampleDocument } from '../../helpers/examples.ts';

// FUZZ_RUNS lowers the runs where each run is costly (npm run mutation runs this file per mutant).
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

beforeAll(() => enablePatches());

const START_DOCUMENTS = {
  base: () => buildBaseFragment().document,
  fragment1177: () => exampleDocument('exempel-1177-fragment'),
  levnadsvanor: () => exampleDocument('exempel-levnadsvanor'),
};

describe('random edit sequences', () => {
  it('keep every invariant, and the inverse patches restore the start exactly', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(START_DOCUMENTS)),
        fc.array(operation, { maxLength: 40 }),
        (name, operations) => {
          const start = START_DOCUMENTS[name as keyof typeof START_DOCUMENTS]();
          expect(findInvariantViolations(start)).toEqual([]);
          let counter = 0;
          const newId = () => `ny-${++counter}`;
          let document = start;
          const undo: Patch[][] = [];
          for (const op of operations) {
            const outcome = toEdit(document, op, newId);
            if (!outcome?.ok) continue;
            const [next, , inverse] = produceWithPatches(document, outcome.recipe);
            expect(findInvariantViolations(next)).toEqual([]);
            undo.push(inverse);
            document = next;
          }
          for (const inverse of undo.reverse()) document = applyPatches(document, inverse);
          expect(document).toEqual(start);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('give the same result with array patches compacted to splices, forward and back', () => {
    let compacted = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(START_DOCUMENTS)),
        fc.array(operation, { maxLength: 30 }),
        (name, operations) => {
          const start = START_DOCUMENTS[name as keyof typeof START_DOCUMENTS]();
          let counter = 0;
          let document = start;
          const undo: Patch[][] = [];
          for (const op of operations) {
            const outcome = toEdit(document, op, () => `ny-${++counter}`);
            if (!outcome?.ok) continue;
            const [next, patches, inverse] = produceWithPatches(document, outcome.recipe);
            const [forward, back] = compactArrayPatches(document, next, patches, inverse);
            if (forward.length < patches.length) compacted++;
            expect(applyPatches(document, forward)).toEqual(next);
            expect(applyPatches(next, back)).toEqual(document);
            undo.push(back);
            document = next;
          }
          for (const back of undo.reverse()) document = applyPatches(document, back);
          expect(document).toEqual(start);
        },
      ),
      { numRuns: RUNS },
    );
    // Insertions and removals in the middle of a list must have been compacted for this to mean
    // anything: in about a third of the runs (100 of the default 300; FUZZ_RUNS scales it).
    expect(compacted).toBeGreaterThan(RUNS / 3);
  });

  it('refuse the edits that would break an invariant, instead of corrupting the tree', () => {
    let refusals = 0;
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 20 }), (operations) => {
        let document = START_DOCUMENTS.fragment1177();
        let counter = 0;
        for (const op of operations) {
          const outcome = toEdit(document, op, () => `ny-${++counter}`);
          if (!outcome) continue;
          if (!outcome.ok) {
            refusals++;
            expect(outcome.nodeIds.length + (outcome.refusal === 'badTarget' ? 1 : 0)).toBeGreaterThan(0);
            continue;
          }
          const [next] = produceWithPatches(document, outcome.recipe);
          document = next;
        }
      }),
      { numRuns: Math.ceil((RUNS * 2) / 3) },
    );
    // The generator must actually reach the refusal paths for this property to mean anything.
    expect(refusals).toBeGreaterThan(RUNS / 6);
  });
});
