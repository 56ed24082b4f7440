import type { Draft } from 'immer';
import type { Condition, KeywordNode, TreeDocument } from './model.ts';
import { isKeywordNode } from './model.ts';
import { getIndexPath, indexTree } from './tree.ts';
import { draftNodeAt, guard, refuse, type EditOutcome, type Recipe } from './edit-core.ts';

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
