import type { Condition, KeywordNode, TreeDocument, TreeNode } from './model.ts';
import { isKeywordNode } from './model.ts';
import { getSubtreeIds, indexTree } from './tree.ts';
import { refuse, type EditOutcome } from './edit-core.ts';
import { insertNodes } from './edits.ts';

/**
 * A deep copy of a subtree with fresh node ids; conditions inside it follow the copied sources.
 * `keywordIds` maps keyword ids to use instead (a copy with its own keyword definitions).
 */
export function copyWithFreshIds(
  node: TreeNode,
  createId: () => string,
  keywordIds: ReadonlyMap<string, string> = new Map(),
): TreeNode {
  const ids = new Map(getSubtreeIds(node).map((id) => [id, createId()]));
  const copy = (original: TreeNode): TreeNode => {
    const showWhen = original.showWhen && {
      behavior: original.showWhen.behavior,
      clauses: original.showWhen.clauses.map((clause) => ({
        ...clause,
        source: ids.get(clause.source) ?? clause.source,
      })) as Condition['clauses'],
    };
    const base = { ...original, id: ids.get(original.id)! };
    if (showWhen) base.showWhen = showWhen;
    if (!isKeywordNode(original)) return base;
    const keywordNode = {
      ...base,
      keywordId: keywordIds.get(original.keywordId) ?? original.keywordId,
    } as KeywordNode;
    if (original.children) keywordNode.children = original.children.map(copy);
    return keywordNode;
  };
  return copy(node);
}

/**
 * Places a copy of a subtree, with fresh ids, right after the original.
 * @example duplicateNode(doc, 'n2', () => createId())
 */
export function duplicateNode(document: TreeDocument, nodeId: string, createId: () => string): EditOutcome {
  const index = indexTree(document.nodes);
  const place = index.places.get(nodeId);
  if (!place) return refuse('notFound', [nodeId]);
  return insertNodes(document, { parentId: place.parentId, index: place.index + 1 }, [
    copyWithFreshIds(place.node, createId),
  ]);
}
