import type { IncludeNode, TreeNode } from './model.ts';
import { getChildren, isKeywordNode } from './model.ts';

/** Where a node sits: its parent, depth, position among siblings and in document (pre-)order. */
export interface NodePlace {
  readonly node: TreeNode;
  /** null for a top-level node. */
  readonly parentId: string | null;
  /** 1 for a top-level node. */
  readonly depth: number;
  /** Index among its siblings. */
  readonly index: number;
  /** Position in document order (depth-first, pre-order), from 0. */
  readonly order: number;
}

/** A flat view of a tree: every node's place, by id. Build it once per document version. */
export interface TreeIndex {
  readonly places: ReadonlyMap<string, NodePlace>;
  /** Nodes in document order. */
  readonly ordered: readonly NodePlace[];
  /** Ids that occur more than once (the index keeps the first). */
  readonly duplicateIds: readonly string[];
  readonly maxDepth: number;
}

// Indexes of frozen (immer-produced, hence immutable) node arrays: every panel and command that
// asks for the same version of a tree shares one index. Unfrozen arrays may still change, so they
// are never cached.
const indexCache = new WeakMap<readonly TreeNode[], TreeIndex>();

/**
 * Indexes a tree in one iterative pass (no recursion, so hostile depth cannot overflow the stack).
 * Cached per version of an immutable tree.
 * @example const { places } = indexTree(doc.nodes); places.get('n1')?.parentId
 */
export function indexTree(nodes: readonly TreeNode[]): TreeIndex {
  const frozen = Object.isFrozen(nodes);
  const cached = frozen ? indexCache.get(nodes) : undefined;
  if (cached) return cached;
  const index = buildIndex(nodes);
  if (frozen) indexCache.set(nodes, index);
  return index;
}

function buildIndex(nodes: readonly TreeNode[]): TreeIndex {
  const places = new Map<string, NodePlace>();
  const ordered: NodePlace[] = [];
  const duplicateIds: string[] = [];
  let maxDepth = 0;
  const stack: { node: TreeNode; parentId: string | null; depth: number; index: number }[] = [];
  // Stryker disable next-line ConditionalExpression,UpdateOperator: a loop that never ends fills the heap before the mutation run's timeout and crashes its test worker
  for (let i = nodes.length - 1; i >= 0; i--)
    stack.push({ node: nodes[i]!, parentId: null, depth: 1, index: i });
  while (stack.length > 0) {
    const { node, parentId, depth, index } = stack.pop()!;
    const place: NodePlace = { node, parentId, depth, index, order: ordered.length };
    ordered.push(place);
    if (places.has(node.id)) duplicateIds.push(node.id);
    else places.set(node.id, place);
    if (depth > maxDepth) maxDepth = depth;
    const children = getChildren(node);
    // Stryker disable next-line ConditionalExpression,UpdateOperator: as above (never ends, fills the heap)
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i]!, parentId: node.id, depth: depth + 1, index: i });
    }
  }
  return { places, ordered, duplicateIds, maxDepth };
}

/** Finds a node by id, or undefined. */
export function findNode(nodes: readonly TreeNode[], id: string): TreeNode | undefined {
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.id === id) return node;
    stack.push(...getChildren(node));
  }
  return undefined;
}

/** The ids from the top-level ancestor down to the node itself; empty when absent. */
export function getPath(index: TreeIndex, id: string): string[] {
  const path: string[] = [];
  let current = index.places.get(id);
  while (current) {
    path.push(current.node.id);
    current = current.parentId === null ? undefined : index.places.get(current.parentId);
  }
  return path.reverse();
}

/** True when `ancestorId` is a proper ancestor of `id`. */
export function isAncestor(index: TreeIndex, ancestorId: string, id: string): boolean {
  let current = index.places.get(id);
  while (current && current.parentId !== null) {
    if (current.parentId === ancestorId) return true;
    current = index.places.get(current.parentId);
  }
  return false;
}

/** Every node in document order with its depth; the shape a flat (virtualised) tree view renders. */
export function flattenTree(nodes: readonly TreeNode[]): readonly NodePlace[] {
  return indexTree(nodes).ordered;
}

/** The ids of a node and all its descendants. */
export function getSubtreeIds(node: TreeNode): string[] {
  const ids: string[] = [];
  const stack: TreeNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    ids.push(current.id);
    stack.push(...getChildren(current));
  }
  return ids;
}

/** The index path (positions from the top level down) of a node, for navigating an immer draft. */
export function getIndexPath(index: TreeIndex, id: string): number[] | undefined {
  const place = index.places.get(id);
  if (!place) return undefined;
  const path = getPath(index, id).map((pathId) => index.places.get(pathId)!.index);
  return path;
}

/** Ids of every node that has children: what "Fäll ut alla" expands, and a new view's default. */
export function getIdsWithChildren(nodes: readonly TreeNode[]): Set<string> {
  const ids = new Set<string>();
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = getChildren(node);
    if (children.length > 0) {
      ids.add(node.id);
      stack.push(...children);
    }
  }
  return ids;
}

const includesCache = new WeakMap<readonly TreeNode[], readonly IncludeNode[]>();

/**
 * A tree's includes in document order, kept per version of the tree: Används i reads every
 * document, and building a whole index of a 25,000-node template for it cost ~45 ms on load.
 */
export function includesIn(nodes: readonly TreeNode[]): readonly IncludeNode[] {
  let found = includesCache.get(nodes);
  if (found) return found;
  const list: IncludeNode[] = [];
  const walk = (siblings: readonly TreeNode[]) => {
    for (const node of siblings)
      if (isKeywordNode(node)) walk(node.children ?? []);
      else list.push(node);
  };
  walk(nodes);
  found = list;
  includesCache.set(nodes, found);
  return found;
}
