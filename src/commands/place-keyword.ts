import type { KeywordNode, LibraryState } from '../domain/index.ts';
import { indexTree, insertNodes, type Target } from '../domain/index.ts';
import { fromEdit, refuse, type CommandContext, type CommandResult } from './command.ts';

/**
 * Places a keyword of the catalogue in a document ("Lägg till i …" in Sökordskatalog): after the
 * given node, or last at the top level; the same definition, so every document using it stays one
 * keyword. One undoable step.
 */
export function placeKeyword(
  state: LibraryState,
  args: { documentId: string; keywordId: string; after?: string | undefined },
  context: CommandContext,
): CommandResult {
  const document = state.documents.get(args.documentId);
  if (!document) return refuse('documentNotFound');
  if (!state.keywords.has(args.keywordId)) return refuse('keywordNotFound');
  const anchor = args.after === undefined ? undefined : indexTree(document.nodes).places.get(args.after);
  const target: Target = anchor
    ? { parentId: anchor.parentId, index: anchor.index + 1 }
    : { parentId: null, index: document.nodes.length };
  const node: KeywordNode = { id: context.createId('n'), keywordId: args.keywordId };
  return fromEdit(
    insertNodes(document, target, [node]),
    { name: 'placeKeyword', documentId: document.id, select: node.id },
    context.now(),
  );
}
