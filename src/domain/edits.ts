import { produce, type Draft } from 'immer';
import type { Condition, KeywordNode, TreeDocument, TreeNode } from './model.ts';
import { getChildren, isKeywordNode } from './model.ts';
import { getIndexPath, getSubtreeIds, indexTree, isAncestor, type TreeIndex } from './tree.ts';
import { findDependents, findInvariantViolations, type InvariantViolation } from './invariants.ts';

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

const refuse = (refusal: EditRefusal, nodeIds: readonly string[]): EditOutcome => ({
  ok: false,
  refusal,
  nodeIds,
});

/** The draft node at an index path. Navigating by path touches only the nodes on it (cheap in immer). */
function draftNodeAt(draft: Draft<TreeDocument>, path: readonly number[]): Draft<TreeNode> {
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

function draftSiblingsOf(draft: Draft<TreeDocument>, index: TreeIndex, parentId: string | null) {
  if (parentId === null) return draft.nodes;
  const parent = draftNodeAt(draft, getIndexPath(index, parentId)!) as Draft<KeywordNode>;
  parent.children ??= [];
  return parent.children;
}

/** Drops an emptied children array so that a tree has one canonical form. */
function pruneEmptyChildren(draft: Draft<TreeDocument>, index: TreeIndex, parentId: string | null) {
  if (parentId === null) return;
  const parent = draftNodeAt(draft, getIndexPath(index, parentId)!) as Draft<KeywordNode>;
  if (parent.children?.length === 0) delete parent.children;
}

function checkTarget(
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
function guard(document: TreeDocument, index: TreeIndex, recipe: Recipe): EditOutcome {
  const after = findInvariantViolations(produce(document, recipe));
  // The usual case: nothing is broken after, so there is nothing to compare with before.
  if (after.length === 0) return { ok: true, recipe };
  const before = new Set(findInvariantViolations(document, index).map(violationKey));
  const added = after.filter((violation) => !before.has(violationKey(violation)));
  if (added.length === 0) return { ok: true, recipe };
  const refusal = added.some((v) => v.kind === 'duplicateId') ? 'duplicateId' : 'breaksCondition';
  return refuse(refusal, [...new Set(added.map((v) => v.nodeId))]);
}

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
  return guard(document, index, recipe);
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

/**
 * A deep copy of a subtree with fresh node ids; conditions inside it follow the copied sources.
 * `keywordIds` maps keyword ids to use instead (a copy with its own keyword definitions).
 */
export function copyWithFreshIds(
  node: TreeNode,
  createId: () => string,
  keywordIds: ReadonlyMap<string, string> = new Map(),
): TreeNode {
  const ids = new Map(getSubtreeIds(node).map((id) => [id, createId()]));
  const copy = (original: TreeNode): TreeNode => {
    const showWhen = original.showWhen && {
      behavior: original.showWhen.behavior,
      clauses: original.showWhen.clauses.map((clause) => ({
        ...clause,
        source: ids.get(clause.source) ?? clause.source,
      })) as Condition['clauses'],
    };
    const base = { ...original, id: ids.get(original.id)! };
    if (showWhen) base.showWhen = showWhen;
    if (!isKeywordNode(original)) return base;
    const keywordNode = {
      ...base,
      keywordId: keywordIds.get(original.keywordId) ?? original.keywordId,
    } as KeywordNode;
    if (original.children) keywordNode.children = original.children.map(copy);
    return keywordNode;
  };
  return copy(node);
}

/**
 * Places a copy of a subtree, with fresh ids, right after the original.
 * @example duplicateNode(doc, 'n2', () => createId())
 */
export function duplicateNode(document: TreeDocument, nodeId: string, createId: () => string): EditOutcome {
  const index = indexTree(document.nodes);
  const place = index.places.get(nodeId);
  if (!place) return refuse('notFound', [nodeId]);
  return insertNodes(document, { parentId: place.parentId, index: place.index + 1 }, [
    copyWithFreshIds(place.node, createId),
  ]);
}

/**
 * Sets or clears (undefined) a node's show-when condition. Refused when a source is missing, is
 * the node itself or a descendant, or comes later in document order.
 */
export function setCondition(
  document: TreeDocument,
  nodeId: string,
  condition: Condition | undefined,
): EditOutcome {
  const index = indexTree(document.nodes);
  const place = index.places.get(nodeId);
  if (!place) return refuse('notFound', [nodeId]);
  const path = getIndexPath(index, nodeId)!;
  const recipe: Recipe = (draft) => {
    const node = draftNodeAt(draft, path);
    if (condition) node.showWhen = structuredClone(condition);
    else delete node.showWhen;
  };
  return guard(document, index, recipe);
}

/** A recipe that changes one keyword node in place; refused when the node is missing or places a fragment. */
function editKeywordNode(
  document: TreeDocument,
  nodeId: string,
  edit: (node: Draft<KeywordNode>) => void,
): EditOutcome {
  const index = indexTree(document.nodes);
  const place = index.places.get(nodeId);
  if (!place) return refuse('notFound', [nodeId]);
  if (!isKeywordNode(place.node)) return refuse('notAKeywordNode', [nodeId]);
  const path = getIndexPath(index, nodeId)!;
  return { ok: true, recipe: (draft) => edit(draftNodeAt(draft, path) as Draft<KeywordNode>) };
}

/** Sets whether a keyword node must be answered when visible. */
export function setRequired(document: TreeDocument, nodeId: string, required: boolean): EditOutcome {
  return editKeywordNode(document, nodeId, (node) => {
    if (required) node.required = true;
    else delete node.required;
  });
}

/** Places another keyword at a node (keeping the node id, its children and condition). */
export function setNodeKeyword(document: TreeDocument, nodeId: string, keywordId: string): EditOutcome {
  return editKeywordNode(document, nodeId, (node) => {
    node.keywordId = keywordId;
  });
}
