import { getChildren, indexTree, insertNodes, getUniqueTerm, isKeywordNode } from '../domain/index.ts';
import type { Keyword, KeywordNode, LibraryState, Target } from '../domain/index.ts';
import { fromEdit, refuse, withKeywords, type CommandContext, type CommandResult } from './command.ts';

/** The term a new keyword gets until it is renamed. */
export const NEW_TERM = 'Nytt sökord';

/**
 * Adds a new keyword (a text keyword the user then names and types) after the node as its sibling
 * ("Lägg till sökord"), or as its last child ("Lägg till undersökord"). Without a node, it goes at
 * the end of the top level.
 * @example addKeyword(state, { documentId: 'd1', relativeTo: 'n1', as: 'child' }, context)
 */
export function addKeyword(
  state: LibraryState,
  args: { documentId: string; relativeTo?: string | undefined; as: 'sibling' | 'child' },
  context: CommandContext,
): CommandResult {
  const document = state.documents.get(args.documentId);
  if (!document) return refuse('documentNotFound');
  const index = indexTree(document.nodes);
  const anchor = args.relativeTo === undefined ? undefined : index.places.get(args.relativeTo);
  if (args.relativeTo !== undefined && !anchor) return refuse('notFound', [args.relativeTo]);
  if (args.as === 'child' && anchor && !isKeywordNode(anchor.node))
    return refuse('notAKeywordNode', [anchor.node.id]);

  let target: Target;
  if (!anchor) target = { parentId: null, index: document.nodes.length };
  else if (args.as === 'child') target = { parentId: anchor.node.id, index: getChildren(anchor.node).length };
  else target = { parentId: anchor.parentId, index: anchor.index + 1 };

  const siblings =
    target.parentId === null ? document.nodes : getChildren(index.places.get(target.parentId)!.node);
  const siblingTerms = siblings.flatMap((s) =>
    isKeywordNode(s) ? [state.keywords.get(s.keywordId)?.term ?? ''] : [],
  );
  const keyword: Keyword = {
    id: context.createId('kw'),
    term: getUniqueTerm(NEW_TERM, siblingTerms),
    type: 'text',
    status: 'proposed',
  };
  const node: KeywordNode = { id: context.createId('n'), keywordId: keyword.id };
  return withKeywords(
    fromEdit(
      insertNodes(document, target, [node]),
      { name: args.as === 'child' ? 'addChild' : 'addSibling', documentId: document.id, select: node.id },
      context.now(),
    ),
    [keyword],
  );
}
