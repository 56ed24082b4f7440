import type { TreeNode } from '../../domain/model.ts';
import { getChildren, isKeywordNode } from '../../domain/model.ts';

/** One row of the flat tree view: what a virtualised list renders and WAI-ARIA describes. */
export interface TreeRow {
  readonly node: TreeNode;
  readonly parentId: string | null;
  /** 1 for a top-level node (aria-level). */
  readonly depth: number;
  /** 1-based position among siblings (aria-posinset) and their count (aria-setsize). */
  readonly posInSet: number;
  readonly setSize: number;
  readonly hasChildren: boolean;
  readonly expanded: boolean;
  /** Shown from a fragment the document includes: read-only here, edited in the fragment. */
  readonly readOnly: boolean;
}

/** The children a row shows: a keyword's own; an include's are its fragment's (see domain/outline.ts). */
export type ChildrenOf = (node: TreeNode) => readonly TreeNode[];

/**
 * The rows a user sees: every node whose ancestors are all expanded, in document order. With a
 * filter, only the nodes in `only` are shown, and their ancestors count as expanded.
 */
export function getVisibleRows(
  nodes: readonly TreeNode[],
  expanded: ReadonlySet<string>,
  only?: ReadonlySet<string>,
  childrenOf: ChildrenOf = getChildren,
): TreeRow[] {
  const rows: TreeRow[] = [];
  const stack: {
    siblings: readonly TreeNode[];
    index: number;
    parentId: string | null;
    depth: number;
    readOnly: boolean;
  }[] = [{ siblings: nodes, index: 0, parentId: null, depth: 1, readOnly: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.siblings.length) {
      stack.pop();
      continue;
    }
    const node = frame.siblings[frame.index]!;
    frame.index++;
    if (only && !only.has(node.id)) continue;
    const children = childrenOf(node);
    const isExpanded =
      children.length > 0 && (only ? children.some((c) => only.has(c.id)) : expanded.has(node.id));
    rows.push({
      node,
      parentId: frame.parentId,
      depth: frame.depth,
      posInSet: frame.index,
      setSize: frame.siblings.length,
      hasChildren: children.length > 0,
      expanded: isExpanded,
      readOnly: frame.readOnly,
    });
    if (isExpanded) {
      const readOnly = frame.readOnly || !isKeywordNode(node);
      stack.push({ siblings: children, index: 0, parentId: node.id, depth: frame.depth + 1, readOnly });
    }
  }
  return rows;
}

/**
 * Search by term: the nodes whose term contains the query (case and accents as typed, Swedish
 * case folding), and those nodes plus their ancestors, which the filtered tree shows.
 */
export function searchTree(
  nodes: readonly TreeNode[],
  termOf: (node: TreeNode) => string,
  query: string,
  childrenOf: ChildrenOf = getChildren,
): { matches: Set<string>; shown: Set<string> } {
  const needle = query.trim().toLocaleLowerCase('sv');
  const matches = new Set<string>();
  const shown = new Set<string>();
  if (needle === '') return { matches, shown };
  const visit = (node: TreeNode, ancestors: readonly string[]): void => {
    if (termOf(node).toLocaleLowerCase('sv').includes(needle)) {
      matches.add(node.id);
      shown.add(node.id);
      for (const id of ancestors) shown.add(id);
    }
    for (const child of childrenOf(node)) visit(child, [...ancestors, node.id]);
  };
  for (const node of nodes) visit(node, []);
  return { matches, shown };
}

/** Where a dragged row would land: its depth, its new parent and the move target for the domain. */
export interface DropProjection {
  readonly depth: number;
  readonly parentId: string | null;
  readonly target: { readonly parentId: string | null; readonly index: number };
  /** The row the drop line is drawn after (undefined: before the first row). */
  readonly afterRowId: string | undefined;
}

/**
 * The rows while `activeId` is dragged: its descendants fold away with it, and so do the rows
 * shown from included fragments (nothing can be dropped among them).
 */
export function withoutDescendants(rows: readonly TreeRow[], activeId: string): TreeRow[] {
  const at = rows.findIndex((row) => row.node.id === activeId);
  if (at < 0) return rows.filter((row) => !row.readOnly);
  const active = rows[at]!;
  let end = at + 1;
  while (end < rows.length && rows[end]!.depth > active.depth) end++;
  return [...rows.slice(0, at + 1), ...rows.slice(end)].filter((row) => !row.readOnly);
}

/**
 * Projects a drag: the dragged row is put at `overIndex` among the other rows, and its depth is
 * its own plus the horizontal drag in levels, kept between the next row's depth (it cannot leave
 * the next row orphaned) and one deeper than the row above (it can become its last child).
 * `childCount` gives the full number of children of a node, for a parent that is collapsed.
 */
export function getDropProjection(
  rows: readonly TreeRow[],
  activeId: string,
  overIndex: number,
  levelOffset: number,
  childCount: (id: string) => number,
): DropProjection | undefined {
  const activeIndex = rows.findIndex((row) => row.node.id === activeId);
  if (activeIndex < 0 || rows.length === 0) return undefined;
  const active = rows[activeIndex]!;
  const others = rows.filter((_, i) => i !== activeIndex);
  const at = Math.max(0, Math.min(overIndex, others.length));
  const above = others[at - 1];
  const below = others[at];
  const maxDepth = above ? above.depth + 1 : 1;
  const minDepth = below ? below.depth : 1;
  const depth = Math.max(minDepth, Math.min(maxDepth, active.depth + levelOffset));

  // The parent is the nearest row above at depth - 1.
  let parentId: string | null = null;
  for (let i = at - 1; i >= 0 && depth > 1; i--) {
    if (others[i]!.depth === depth - 1) {
      parentId = others[i]!.node.id;
      break;
    }
  }
  // Its index among the new siblings: the siblings above the drop line (all of them when the
  // parent is collapsed and its children are not shown).
  const parentRow = parentId === null ? undefined : others.find((row) => row.node.id === parentId);
  const siblingsAbove =
    parentRow && !parentRow.expanded && parentRow.node.id !== active.parentId
      ? childCount(parentRow.node.id)
      : others.slice(0, at).filter((row) => row.parentId === parentId && row.depth === depth).length;
  // The domain counts the target index before the node is taken out of its old place.
  const sameParent = parentId === active.parentId;
  const index = sameParent && active.posInSet - 1 <= siblingsAbove ? siblingsAbove + 1 : siblingsAbove;
  return { depth, parentId, target: { parentId, index }, afterRowId: above?.node.id };
}
