import { copyWithFreshIds, getSubtreeIds, indexTree, insertNodes, isKeywordNode } from '../domain/index.ts';
import type { Condition, Keyword, LibraryState, Target, TreeNode } from '../domain/index.ts';
import { fromEdit, refuse, withKeywords, type CommandContext, type CommandResult } from './command.ts';

/** A copied subtree (Ctrl+C) with the keyword definitions it uses, so it can be pasted into any document. */
export interface Clipboard {
  readonly node: TreeNode;
  readonly keywords: readonly Keyword[];
}

/** Copies a node's subtree and the definitions of its keywords. */
export function copySubtree(state: LibraryState, documentId: string, nodeId: string): Clipboard | undefined {
  const document = state.documents.get(documentId);
  const index = document && indexTree(document.nodes);
  const place = index?.places.get(nodeId);
  if (!index || !place) return undefined;
  const keywordIds = new Set(
    getSubtreeIds(place.node).flatMap((id) => {
      const node = index.places.get(id)!.node;
      return isKeywordNode(node) ? [node.keywordId] : [];
    }),
  );
  const keywords = [...keywordIds].flatMap((id) => {
    const keyword = state.keywords.get(id);
    return keyword ? [structuredClone(keyword)] : [];
  });
  return { node: structuredClone(place.node), keywords };
}

/** Drops the clauses whose source is neither inside the copy nor in the target document. */
function withoutForeignSources(
  node: TreeNode,
  inside: ReadonlySet<string>,
  target: ReadonlySet<string>,
): TreeNode {
  const keep = (source: string) => inside.has(source) || target.has(source);
  const clauses = node.showWhen?.clauses.filter((clause) => keep(clause.source)) ?? [];
  const copy: TreeNode = { ...node };
  if (clauses.length === 0) delete copy.showWhen;
  else copy.showWhen = { behavior: node.showWhen!.behavior, clauses: clauses as Condition['clauses'] };
  if (isKeywordNode(node) && node.children && isKeywordNode(copy)) {
    copy.children = node.children.map((child) => withoutForeignSources(child, inside, target));
  }
  return copy;
}

/**
 * Pastes a copied subtree (Ctrl+V) at a target, with fresh node ids; the same keywords are placed
 * again (their definitions are added to the catalogue when missing, as after a copy from another
 * library). Conditions on nodes that are not in the target document are dropped; a paste that would
 * put a condition before its source is refused.
 */
export function pasteSubtree(
  state: LibraryState,
  args: { documentId: string; target: Target; clipboard: Clipboard },
  context: CommandContext,
): CommandResult {
  const document = state.documents.get(args.documentId);
  if (!document) return refuse('documentNotFound');
  const inside = new Set(getSubtreeIds(args.clipboard.node));
  const present = new Set(indexTree(document.nodes).places.keys());
  const copy = copyWithFreshIds(withoutForeignSources(args.clipboard.node, inside, present), () =>
    context.createId('n'),
  );
  const missing = args.clipboard.keywords.filter((keyword) => !state.keywords.has(keyword.id));
  return withKeywords(
    fromEdit(
      insertNodes(document, args.target, [copy]),
      { name: 'pasteSubtree', documentId: document.id, select: copy.id },
      context.now(),
    ),
    missing,
  );
}
