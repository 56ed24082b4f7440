/**
 * What every tree edit is built from: its types, the draft navigation by index path, the target
 * check and the guard that refuses an edit adding an invariant violation.
 */
import { produce, type Draft } from 'immer';
import type { KeywordNode, TreeDocument, TreeNode } from './model.ts';
import { getChildren, isKeywordNode } from './model.ts';
import { getIndexPath, type TreeIndex } from './tree.ts';
import { findInvariantViolations, type InvariantViolation } from './invariants.ts';

/** An immer recipe over a document: the only way a document changes. */
export type Recipe = (draft: Draft<TreeDocument>) => void;

/** Why an edit was refused. */
export type EditRefusal =
  | 'notFound'
  | 'notAKeywordNode'
  | 'intoOwnSubtree'
  | 'badTarget'
  | 'duplicateId'
  | 'hasDependents'
  | 'breaksCondition';

/** An edit either yields a recipe, or is refused with a reason and the nodes concerned. */
export type EditOutcome =
  | { readonly ok: true; readonly recipe: Recipe }
  | { readonly ok: false; readonly refusal: EditRefusal; readonly nodeIds: readonly string[] };

/** A place in the tree: under `parentId` (null = top level), before the child now at `index`. */
export interface Target {
  readonly parentId: string | null;
  readonly index: number;
}

export const refuse = (refusal: EditRefusal, nodeIds: readonly string[]): EditOutcome => ({
  ok: false,
  refusal,
  nodeIds,
});

/** The draft node at an index path. Navigating by path touches only the nodes on it (cheap in immer). */
export function draftNodeAt(draft: Draft<TreeDocument>, path: readonly number[]): Draft<TreeNode> {
  let siblings: Draft<TreeNode>[] = draft.nodes;
  let node: Draft<TreeNode> | undefined;
  for (const i of path) {
    node = siblings[i];
    if (!node) throw new Error(`no node at index path ${path.join('.')}`);
    siblings = isKeywordNode(node) ? (node.children ?? []) : [];
  }
  if (!node) throw new Error('empty index path');
  return node;
}

export function draftSiblingsOf(draft: Draft<TreeDocument>, index: TreeIndex, parentId: string | null) {
  if (parentId === null) return draft.nodes;
  const parent = draftNodeAt(draft, getIndexPath(index, parentId)!) as Draft<KeywordNode>;
  parent.children ??= [];
  return parent.children;
}

/** Drops an emptied children array so that a tree has one canonical form. */
export function pruneEmptyChildren(draft: Draft<TreeDocument>, index: TreeIndex, parentId: string | null) {
  if (parentId === null) return;
  const parent = draftNodeAt(draft, getIndexPath(index, parentId)!) as Draft<KeywordNode>;
  if (parent.children?.length === 0) delete parent.children;
}

export function checkTarget(
  document: TreeDocument,
  index: TreeIndex,
  target: Target,
  extra = 0,
): EditOutcome | undefined {
  if (target.parentId !== null) {
    const parent = index.places.get(target.parentId);
    if (!parent) return refuse('notFound', [target.parentId]);
    if (!isKeywordNode(parent.node)) return refuse('notAKeywordNode', [target.parentId]);
  }
  const siblings =
    target.parentId === null ? document.nodes : getChildren(index.places.get(target.parentId)!.node);
  if (!Number.isInteger(target.index) || target.index < 0 || target.index > siblings.length + extra) {
    return refuse('badTarget', target.parentId === null ? [] : [target.parentId]);
  }
  return undefined;
}

const violationKey = (v: InvariantViolation) => `${v.kind}:${v.nodeId}:${v.sourceId ?? ''}`;

/** Runs the recipe on a copy and refuses it if it would add an invariant violation. */
export function guard(document: TreeDocument, index: TreeIndex, recipe: Recipe): EditOutcome {
  const after = findInvariantViolations(produce(document, recipe));
  // The usual case: nothing is broken after, so there is nothing to compare with before.
  if (after.length === 0) return { ok: true, recipe };
  const before = new Set(findInvariantViolations(document, index).map(violationKey));
  const added = after.filter((violation) => !before.has(violationKey(violation)));
  if (added.length === 0) return { ok: true, recipe };
  const refusal = added.some((v) => v.kind === 'duplicateId') ? 'duplicateId' : 'breaksCondition';
  return refuse(refusal, [...new Set(added.map((v) => v.nodeId))]);
}
