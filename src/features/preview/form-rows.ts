import type { Catalog, TreeNode } from '../../domain/model.ts';
import { isKeywordNode } from '../../domain/model.ts';
import type { NodePlace } from '../../domain/tree.ts';

/** One line of the form as laid out: a keyword's field (or a missing fragment), at its depth. */
export interface FormRow {
  readonly node: TreeNode;
  /** 0 at the top. */
  readonly depth: number;
  /** Folded, and shown only because "Visa alla grenar" is on: read-only. */
  readonly folded: boolean;
  /** The topmost folded node of its branch: the one that says what would show it. */
  readonly foldTop: boolean;
}

/**
 * The form's rows in document order: the visible nodes (all nodes with "Visa alla grenar"), each
 * folded one marked. A keyword missing from the catalogue shows nothing, and nothing below it.
 * With a limit, only the first rows (what a lazily opened form paints first).
 */
export function formRows(
  ordered: readonly NodePlace[],
  isVisible: (nodeId: string) => boolean,
  catalog: Catalog,
  showAll: boolean,
  limit = Infinity,
): FormRow[] {
  const rows: FormRow[] = [];
  let skipBelow = Infinity;
  for (const { node, parentId, depth } of ordered) {
    if (rows.length >= limit) break;
    if (depth > skipBelow) continue;
    skipBelow = Infinity;
    const visible = isVisible(node.id);
    if ((!visible && !showAll) || (isKeywordNode(node) && !catalog.has(node.keywordId))) {
      skipBelow = depth;
      continue;
    }
    const folded = !visible;
    const foldTop = folded && (parentId === null || isVisible(parentId));
    rows.push({ node, depth: depth - 1, folded, foldTop });
  }
  return rows;
}
