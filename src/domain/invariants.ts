import type { TreeDocument, TreeNode } from './model.ts';
import { indexTree, type TreeIndex } from './tree.ts';

/** A broken structural invariant: the edits in edits.ts never introduce one. */
export interface InvariantViolation {
  readonly kind: 'duplicateId' | 'sourceMissing' | 'sourceNotBefore' | 'sharedNode';
  readonly nodeId: string;
  readonly sourceId?: string;
}

/**
 * Checks the invariants every edit keeps: ids are unique; each condition's source exists and comes
 * earlier in document order (which also rules out the node itself and its descendants); no node
 * object appears twice (so none can be its own ancestor).
 */
export function findInvariantViolations(
  document: TreeDocument,
  index: TreeIndex = indexTree(document.nodes),
) {
  const violations: InvariantViolation[] = [];
  for (const id of index.duplicateIds) violations.push({ kind: 'duplicateId', nodeId: id });
  const seen = new Set<TreeNode>();
  for (const place of index.ordered) {
    const { node } = place;
    if (seen.has(node)) violations.push({ kind: 'sharedNode', nodeId: node.id });
    seen.add(node);
    for (const clause of node.showWhen?.clauses ?? []) {
      const source = index.places.get(clause.source);
      if (!source) violations.push({ kind: 'sourceMissing', nodeId: node.id, sourceId: clause.source });
      else if (source.order >= place.order) {
        violations.push({ kind: 'sourceNotBefore', nodeId: node.id, sourceId: clause.source });
      }
    }
  }
  return violations;
}

/** Ids of nodes outside `subtreeIds` whose condition uses a node inside it, in document order. */
export function findDependents(nodes: readonly TreeNode[], subtreeIds: ReadonlySet<string>): string[] {
  return indexTree(nodes)
    .ordered.map((place) => place.node)
    .filter(
      (node) =>
        !subtreeIds.has(node.id) && node.showWhen?.clauses.some((clause) => subtreeIds.has(clause.source)),
    )
    .map((node) => node.id);
}
