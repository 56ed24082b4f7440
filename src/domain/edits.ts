import type { Draft } from 'immer';
import type { Condition, KeywordNode, TreeDocument, TreeNode } from './model.ts';
import { getIndexPath, getSubtreeIds, indexTree, isAncestor } from './tree.ts';
import { findDependents } from './invariants.ts';
import {
  checkTarget,
  draftNodeAt,
  draftSiblingsOf,
  guard,
  pruneEmptyChildren,
  refuse,
  type EditOutcome,
  type Recipe,
  type Target,
} from './edit-core.ts';
import { guardInsert } from './insert-guard.ts';

export type { EditOutcome, EditRefusal, Recipe, Target } from './edit-core.ts';

/**
 * Inserts nodes (with their subtrees) at a target. Refused if an id is taken or a condition in
 * the inserted nodes would use a source that does not come earlier.
 * @example insertNodes(doc, { parentId: 'n1', index: 0 }, [{ id: 'n9', keywordId: 'kw-x' }])
 */
export function insertNodes(document: TreeDocument, target: Target, nodes: readonly TreeNode[]): EditOutcome {
  const index = indexTree(document.nodes);
  const badTarget = checkTarget(document, index, target);
  if (badTarget) return badTarget;
  const recipe: Recipe = (draft) => {
    draftSiblingsOf(draft, index, target.parentId).splice(target.index, 0, ...(nodes as Draft<TreeNode>[]));
  };
  return guardInsert(document, index, target, nodes, recipe);
}

/**
 * Moves a node (with its subtree) to a target: reorder, indent, outdent or re-parent. Refused when
 * the target is inside the node itself, or when a condition would end up before its source.
 * @example moveNode(doc, 'n3', { parentId: null, index: 0 })
 */
export function moveNode(document: TreeDocument, nodeId: string, target: Target): EditOutcome {
  const index = indexTree(document.nodes);
  const place = index.places.get(nodeId);
  if (!place) return refuse('notFound', [nodeId]);
  if (
    target.parentId === nodeId ||
    (target.parentId !== null && isAncestor(index, nodeId, target.parentId))
  ) {
    return refuse('intoOwnSubtree', [nodeId]);
  }
  const badTarget = checkTarget(document, index, target);
  if (badTarget) return badTarget;
  const recipe: Recipe = (draft) => {
    // Take the source parent and both sibling arrays before changing anything: index paths go stale
    // after the first splice, references do not.
    const fromParent =
      place.parentId === null
        ? undefined
        : (draftNodeAt(draft, getIndexPath(index, place.parentId)!) as Draft<KeywordNode>);
    const from = fromParent ? fromParent.children! : draft.nodes;
    const to = draftSiblingsOf(draft, index, target.parentId);
    const [moved] = from.splice(place.index, 1);
    const at = from === to && place.index < target.index ? target.index - 1 : target.index;
    to.splice(at, 0, moved!);
    if (fromParent?.children?.length === 0) delete fromParent.children;
  };
  return guard(document, index, recipe);
}

/**
 * Removes a node and its subtree. Refused while nodes elsewhere show depending on it, unless
 * `detachDependents` is set: then the clauses that use it are dropped (and conditions left empty).
 */
export function removeNode(
  document: TreeDocument,
  nodeId: string,
  options: { readonly detachDependents?: boolean } = {},
): EditOutcome {
  const index = indexTree(document.nodes);
  const place = index.places.get(nodeId);
  if (!place) return refuse('notFound', [nodeId]);
  const removed = new Set(getSubtreeIds(place.node));
  const dependents = findDependents(document.nodes, removed);
  if (dependents.length > 0 && !options.detachDependents) return refuse('hasDependents', dependents);
  return {
    ok: true,
    recipe: (draft) => {
      for (const dependentId of dependents) {
        const dependent = draftNodeAt(draft, getIndexPath(index, dependentId)!);
        const kept = dependent.showWhen!.clauses.filter((clause) => !removed.has(clause.source));
        if (kept.length === 0) delete dependent.showWhen;
        else dependent.showWhen!.clauses = kept as Condition['clauses'];
      }
      draftSiblingsOf(draft, index, place.parentId).splice(place.index, 1);
      pruneEmptyChildren(draft, index, place.parentId);
    },
  };
}
