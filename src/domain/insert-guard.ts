/**
 * The guard for an insert, without producing and re-indexing the whole document (issue 17: adding a
 * keyword to a 25,000-node document spent ~40 ms there). An insert keeps the order of every node
 * already in the tree, so it can add a violation only through the inserted nodes: a taken id, or a
 * condition whose source is missing or does not come earlier. Anything unusual (a document that is
 * damaged already, an id that clashes, an existing condition that names an inserted node) goes to
 * the full guard, which decides exactly as before.
 */
import type { TreeDocument, TreeNode } from './model.ts';
import { getChildren } from './model.ts';
import { getSubtreeIds, indexTree, type NodePlace, type TreeIndex } from './tree.ts';
import { findSourcePlace } from './invariants.ts';
import { guard, refuse, type EditOutcome, type Recipe, type Target } from './edit-core.ts';

/** Where the inserted nodes start in document order: the order of the node now at the target. */
function insertionOrder(document: TreeDocument, index: TreeIndex, target: Target) {
  const parent = target.parentId === null ? undefined : index.places.get(target.parentId)!;
  const siblings = parent ? getChildren(parent.node) : document.nodes;
  const next = siblings[target.index];
  if (next) return index.places.get(next.id)!.order;
  return parent ? parent.order + getSubtreeIds(parent.node).length : index.ordered.length;
}

/** Whether a source id, or an include it is addressed through ("include id.node id"), is among the ids. */
function namesAny(sourceId: string, ids: { has(id: string): boolean }) {
  if (ids.has(sourceId)) return true;
  for (let dot = sourceId.indexOf('.'); dot > 0; dot = sourceId.indexOf('.', dot + 1))
    if (ids.has(sourceId.slice(0, dot))) return true;
  return false;
}

/** Runs the same check as `guard(document, index, recipe)` for an insert of `nodes` at `target`. */
export function guardInsert(
  document: TreeDocument,
  index: TreeIndex,
  target: Target,
  nodes: readonly TreeNode[],
  recipe: Recipe,
): EditOutcome {
  const inserted = indexTree(nodes);
  const unusual =
    index.duplicateIds.length > 0 ||
    inserted.duplicateIds.length > 0 ||
    inserted.ordered.some((place) => index.places.has(place.node.id)) ||
    index.ordered.some((place) =>
      place.node.showWhen?.clauses.some((clause) => namesAny(clause.source, inserted.places)),
    );
  if (unusual) return guard(document, index, recipe);

  // Places in the document after the insert: the nodes after the target move down by the insert.
  const at = insertionOrder(document, index, target);
  const size = inserted.ordered.length;
  const after = {
    places: {
      get(id: string): Pick<NodePlace, 'node' | 'order'> | undefined {
        const own = index.places.get(id);
        if (own) return { node: own.node, order: own.order < at ? own.order : own.order + size };
        const place = inserted.places.get(id);
        return place && { node: place.node, order: at + place.order };
      },
    },
  };
  const broken = new Set<string>();
  for (const place of inserted.ordered)
    for (const clause of place.node.showWhen?.clauses ?? []) {
      const source = findSourcePlace(after, clause.source);
      if (!source || source.order >= at + place.order) broken.add(place.node.id);
    }
  return broken.size === 0 ? { ok: true, recipe } : refuse('breaksCondition', [...broken]);
}
