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

/** The rows a user sees: every node whose ancestors are all expanded, in document order. */
export function getVisibleRows(nodes: readonly TreeNode[], expanded: ReadonlySet<string>): TreeRow[] {
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
    const children = getChildren(node);
    const isExpanded = children.length > 0 && expanded.has(node.id);
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
