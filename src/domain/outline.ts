import { assembleDocument, type ResolveFragment } from './assemble.ts';
import type { Catalog, TreeDocument, TreeNode } from './model.ts';
import { getChildren, isKeywordNode } from './model.ts';
import { includesIn, indexTree, type NodePlace, type TreeIndex } from './tree.ts';

/** A row of the outline: a node of the document or of a fragment it includes, and where it is. */
export interface OutlinePlace extends Pick<NodePlace, 'node' | 'parentId' | 'depth'> {
  /** The outermost include of the document the node is shown under; undefined for its own nodes. */
  readonly includeId?: string | undefined;
}

/**
 * The tree as the editor shows it: the document's own nodes, and under each include the nodes of
 * the saved version it pins, read-only, with their frozen definitions. Included nodes keep the
 * assembled ids (include id + "." + node id), the same ids the preview, scenarios and FHIR use.
 */
export interface Outline {
  /** Own and included nodes by id, with the parent they are shown under. */
  readonly places: ReadonlyMap<string, OutlinePlace>;
  /** The definitions every shown node uses (a frozen one under an id of its own when it differs). */
  readonly catalog: Catalog;
  /**
   * The assembled document's index: own and included keywords in document order, where conditions
   * find their sources (a template keyword may depend on a keyword of a fragment placed before it).
   */
  readonly assembled: TreeIndex;
  /** Each resolved include's fragment (the saved version). */
  readonly fragments: ReadonlyMap<string, TreeDocument>;
  /** The children shown under a node: a keyword's own, an include's fragment top nodes. */
  readonly childrenOf: (node: TreeNode) => readonly TreeNode[];
}

const cache = new WeakMap<
  readonly TreeNode[],
  { catalog: Catalog; resolve: ResolveFragment; outline: Outline }
>();

/** Builds the outline of a document; cached per (immutable) version of its nodes, catalogue and fragments. */
export function getOutline(document: TreeDocument, catalog: Catalog, resolve: ResolveFragment): Outline {
  const hit = cache.get(document.nodes);
  if (hit && hit.catalog === catalog && hit.resolve === resolve) return hit.outline;
  // With no fragment placed, the catalogue only names the outline's keywords: a keyword edit (a
  // keystroke in a term) reuses the rest instead of assembling and indexing every node again.
  if (hit && hit.resolve === resolve && hit.outline.fragments.size === 0) {
    const outline = { ...hit.outline, catalog };
    cache.set(document.nodes, { catalog, resolve, outline });
    return outline;
  }
  // Nothing included (the usual case): the outline is the document's own index, already built,
  // instead of a copy of every node assembled and indexed again (issue 17: 80 ms per added keyword
  // at 25,000 nodes).
  if (includesIn(document.nodes).length === 0) {
    const own = indexTree(document.nodes);
    const outline: Outline = {
      places: own.places,
      catalog,
      assembled: own,
      fragments: new Map(),
      childrenOf: getChildren,
    };
    if (Object.isFrozen(document.nodes)) cache.set(document.nodes, { catalog, resolve, outline });
    return outline;
  }
  const assembled = assembleDocument(document, catalog, resolve);
  const childrenOf = (node: TreeNode) =>
    isKeywordNode(node) ? getChildren(node) : (assembled.includes.get(node.id)?.tops ?? []);
  const places = new Map<string, OutlinePlace>();
  const stack: OutlinePlace[] = [...document.nodes]
    .reverse()
    .map((node) => ({ node, parentId: null, depth: 1, includeId: undefined }));
  while (stack.length > 0) {
    const place = stack.pop()!;
    if (places.has(place.node.id)) continue;
    places.set(place.node.id, place);
    const includeId = place.includeId ?? (isKeywordNode(place.node) ? undefined : place.node.id);
    const children = childrenOf(place.node);
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i]!, parentId: place.node.id, depth: place.depth + 1, includeId });
  }
  const fragments = new Map([...assembled.includes].map(([id, entry]) => [id, entry.fragment]));
  const outline: Outline = {
    places,
    catalog: assembled.catalog,
    assembled: indexTree(assembled.document.nodes),
    fragments,
    childrenOf,
  };
  if (Object.isFrozen(document.nodes)) cache.set(document.nodes, { catalog, resolve, outline });
  return outline;
}
