import type { TreeNode } from '../../domain/model.ts';
import { getChildren } from '../../domain/model.ts';

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
}

/**
 * The rows a user sees: every node whose ancestors are all expanded, in document order. With a
 * filter, only the nodes in `only` are shown, and their ancestors count as expanded.
 */
export function getVisibleRows(
  nodes: readonly TreeNode[],
  expanded: ReadonlySet<string>,
  only?: ReadonlySet<string>,
): TreeRow[] {
  const rows: TreeRow[] = [];
  const stack: { siblings: readonly TreeNode[]; index: number; parentId: string | null; depth: number }[] = [
    { siblings: nodes, index: 0, parentId: null, depth: 1 },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.siblings.length) {
      stack.pop();
      continue;
    }
    const node = frame.siblings[frame.index]!;
    frame.index++;
    if (only && !only.has(node.id)) continue;
    const children = getChildren(node);
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
    });
    if (isExpanded) stack.push({ siblings: children, index: 0, parentId: node.id, depth: frame.depth + 1 });
  }
  return rows;
}

/** Ids of every node that has children (for "Fäll ut alla"). */
export { getIdsWithChildren as getExpandableIds } from '../../domain/tree.ts';

/**
 * Search by term: the nodes whose term contains the query (case and accents as typed, Swedish
 * case folding), and those nodes plus their ancestors, which the filtered tree shows.
 */
export function searchTree(
  nodes: readonly TreeNode[],
  termOf: (node: TreeNode) => string,
  query: string,
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
    for (const child of getChildren(node)) visit(child, [...ancestors, node.id]);
  };
  for (const node of nodes) visit(node, []);
  return { matches, shown };
}
