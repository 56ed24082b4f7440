/**
 * Random edit sequences for property tests: an operation picks its nodes and places by numbers,
 * so any sequence applies to any tree (refused edits are skipped by the caller).
 */
import fc from 'fast-check';
import type { Condition, EditOutcome, TreeDocument } from '../../src/domain/index.ts';
import {
  duplicateNode,
  getChildren,
  indexTree,
  insertNodes,
  moveNode,
  removeNode,
  setCondition,
  setRequired,
} from '../../src/domain/index.ts';

const pick = fc.nat({ max: 10_000 });
/** One random edit: numbers pick nodes and places, whatever the tree's size. */
export const operation = fc.oneof(
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
export type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/** Turns a random operation into an edit on the current document (numbers pick nodes and places). */
export function toEdit(
  document: TreeDocument,
  op: Operation,
  newId: () => string,
  /** The keyword an inserted node places (by the operation's numbers). */
  keywordFor: (n: number) => string = () => 'k',
): EditOutcome | undefined {
  const nodes = indexTree(document.nodes).ordered.map((p) => p.node);
  if (op.kind === 'insert' && nodes.length === 0)
    return insertNodes(document, { parentId: null, index: 0 }, [
      { id: newId(), keywordId: keywordFor(op.parent) },
    ]);
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
        keywordId: keywordFor(op.at),
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
