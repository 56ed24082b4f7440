import type { TreeDocument, TreeNode } from './model.ts';
import { isKeywordNode } from './model.ts';
import { indexTree, type NodePlace, type TreeIndex } from './tree.ts';

/** Where a place can be looked up by id: a tree index, or an index seen through an edit. */
interface PlaceLookup<P> {
  readonly places: { get(id: string): P | undefined };
}

/**
 * Where a condition's source is in the document: its own place, or, for a keyword inside an
 * included fragment (addressed "include id.node id"), the place of that include.
 */
export function findSourcePlace<P extends Pick<NodePlace, 'node'> = NodePlace>(
  index: PlaceLookup<P>,
  sourceId: string,
): P | undefined {
  const own = index.places.get(sourceId);
  if (own) return own;
  for (let dot = sourceId.indexOf('.'); dot > 0; dot = sourceId.indexOf('.', dot + 1)) {
    const place = index.places.get(sourceId.slice(0, dot));
    if (place && !isKeywordNode(place.node)) return place;
  }
  return undefined;
}

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
      const source = findSourcePlace(index, clause.source);
      if (!source) violations.push({ kind: 'sourceMissing', nodeId: node.id, sourceId: clause.source });
      else if (source.order >= place.order) {
        violations.push({ kind: 'sourceNotBefore', nodeId: node.id, sourceId: clause.source });
      }
    }
  }
  return violations;
}

/**
 * Ids of nodes outside `subtreeIds` whose condition uses a node inside it (or a keyword of a
 * fragment included inside it), in document order.
 */
export function findDependents(nodes: readonly TreeNode[], subtreeIds: ReadonlySet<string>): string[] {
  const index = indexTree(nodes);
  return index.ordered
    .map((place) => place.node)
    .filter(
      (node) =>
        !subtreeIds.has(node.id) &&
        node.showWhen?.clauses.some((clause) => {
          const source = findSourcePlace(index, clause.source);
          return source !== undefined && subtreeIds.has(source.node.id);
        }),
    )
    .map((node) => node.id);
}
