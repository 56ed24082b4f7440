import fc from 'fast-check';
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Condition, EditOutcome, TreeDocument } from '../../../src/domain/index.ts';
import {
  duplicateNode,
  findInvariantViolations,
  getChildren,
  indexTree,
  insertNodes,
  moveNode,
  removeNode,
  setCondition,
  setRequired,
} from '../../../src/domain/index.ts';
import { compactArrayPatches } from '../../../src/history/compact-patches.ts';
import { buildBaseFragment } from '../../helpers/base-fragment.ts';
import { exampleDocument } from '../../helpers/examples.ts';

beforeAll(() => enablePatches());

const pick = fc.nat({ max: 10_000 });
const operation = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    parent: pick,
    at: pick,
    source: fc.option(pick, { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('move' as const), node: pick, parent: pick, at: pick }),
  fc.record({ kind: fc.constant('remove' as const), node: pick, detach: fc.boolean() }),
  fc.record({ kind: fc.constant('duplicate' as const), node: pick }),
  fc.record({
    kind: fc.constant('condition' as const),
    node: pick,
    source: fc.option(pick, { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('required' as const), node: pick, value: fc.boolean() }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

const START_DOCUMENTS = {
  base: () => buildBaseFragment().document,
  fragment1177: () => exampleDocument('exempel-1177-fragment'),
  levnadsvanor: () => exampleDocument('exempel-levnadsvanor'),
};

/** Turns a random operation into an edit on the current document (numbers pick nodes and places). */
function toEdit(document: TreeDocument, op: Operation, newId: () => string): EditOutcome | undefined {
  const nodes = indexTree(document.nodes).ordered.map((p) => p.node);
  if (op.kind === 'insert' && nodes.length === 0)
    return insertNodes(document, { parentId: null, index: 0 }, [{ id: newId(), keywordId: 'k' }]);
  if (nodes.length === 0) return undefined;
  const nodeAt = (n: number) => nodes[n % nodes.length]!;
  const target = (parent: number, at: number) => {
    const parentNode = parent % (nodes.length + 1) === nodes.length ? undefined : nodeAt(parent);
    const siblings = parentNode ? getChildren(parentNode) : document.nodes;
    return { parentId: parentNode?.id ?? null, index: at % (siblings.length + 1) };
  };
  const answered = (source: number): Condition => ({
    behavior: 'all',
    clauses: [{ source: nodeAt(source).id, operator: 'answered' }],
  });
  switch (op.kind) {
    case 'insert': {
      const node = {
        id: newId(),
        keywordId: 'k',
        ...(op.source !== undefined && { showWhen: answered(op.source) }),
      };
      return insertNodes(document, target(op.parent, op.at), [node]);
    }
    case 'move':
      return moveNode(document, nodeAt(op.node).id, target(op.parent, op.at));
    case 'remove':
      return removeNode(document, nodeAt(op.node).id, { detachDependents: op.detach });
    case 'duplicate':
      return duplicateNode(document, nodeAt(op.node).id, newId);
    case 'condition':
      return setCondition(
        document,
        nodeAt(op.node).id,
        op.source === undefined ? undefined : answered(op.source),
      );
    case 'required':
      return setRequired(document, nodeAt(op.node).id, op.value);
  }
}

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
      { numRuns: 300 },
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
      { numRuns: 300 },
    );
    // Insertions and removals in the middle of a list must have been compacted for this to mean anything.
    expect(compacted).toBeGreaterThan(100);
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
      { numRuns: 200 },
    );
    // The generator must actually reach the refusal paths for this property to mean anything.
    expect(refusals).toBeGreaterThan(50);
  });
});
