import type { LibraryState } from '../domain/index.ts';
import { findDependents, findNode, getKeywordUsages, isKeywordNode } from '../domain/index.ts';
import { refuse, type CommandContext, type CommandResult } from './command.ts';

/**
 * "Använd det befintliga sökordet här": the node places a keyword of the catalogue instead of its
 * own; its own leaves the catalogue when it is placed nowhere else. Refused while conditions wait
 * for the node's answer (their values belong to the keyword being replaced).
 */
export function replaceKeyword(
  state: LibraryState,
  args: { documentId: string; nodeId: string; keywordId: string },
  context: CommandContext,
): CommandResult {
  const document = state.documents.get(args.documentId);
  const node = document && findNode(document.nodes, args.nodeId);
  if (!node || !isKeywordNode(node)) return refuse('notFound', [args.nodeId]);
  if (!state.keywords.has(args.keywordId)) return refuse('keywordNotFound');
  const dependents = findDependents(document.nodes, new Set([node.id]));
  if (dependents.length > 0) return refuse('hasDependents', dependents);
  const old = node.keywordId;
  // The replaced keyword stays when another place uses it.
  const elsewhere = (getKeywordUsages(state).get(old) ?? []).some(
    (u) => u.nodeId !== node.id || u.documentId !== document.id,
  );
  const now = context.now();
  return {
    ok: true,
    change: {
      name: 'replaceKeyword',
      documentId: document.id,
      select: node.id,
      recipe: (draft) => {
        const target = draft.documents.get(document.id)!;
        const placed = findNode(target.nodes, node.id);
        if (placed && isKeywordNode(placed)) placed.keywordId = args.keywordId;
        target.updatedAt = now;
        if (!elsewhere && old !== args.keywordId) draft.keywords.delete(old);
      },
    },
  };
}
