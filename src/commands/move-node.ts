import { getChildren, indexTree, isKeywordNode, moveNode as moveInTree } from '../domain/index.ts';
import type { LibraryState, Target } from '../domain/index.ts';
import { editNode, refuse, type CommandContext, type CommandResult } from './command.ts';

/** The keyboard moves: among siblings (Flytta upp/ned), in under the previous sibling, out to the parent's level. */
export type MoveDirection = 'up' | 'down' | 'in' | 'out';

/** Where a move in a direction would put the node, or why it cannot go there. */
export function getMoveTarget(
  state: LibraryState,
  documentId: string,
  nodeId: string,
  direction: MoveDirection,
): Target | { refusal: 'notFound' | 'atEdge' | 'noPreviousSibling' } {
  const document = state.documents.get(documentId);
  const index = document && indexTree(document.nodes);
  const place = index?.places.get(nodeId);
  if (!document || !index || !place) return { refusal: 'notFound' };
  const parent = place.parentId === null ? undefined : index.places.get(place.parentId);
  const siblings = parent ? getChildren(parent.node) : document.nodes;
  switch (direction) {
    case 'up':
      return place.index === 0 ? { refusal: 'atEdge' } : { parentId: place.parentId, index: place.index - 1 };
    case 'down':
      // The target index counts siblings before the node is taken out.
      return place.index === siblings.length - 1
        ? { refusal: 'atEdge' }
        : { parentId: place.parentId, index: place.index + 2 };
    case 'in': {
      const previous = siblings[place.index - 1];
      if (!previous || !isKeywordNode(previous)) return { refusal: 'noPreviousSibling' };
      return { parentId: previous.id, index: getChildren(previous).length };
    }
    case 'out':
      return parent ? { parentId: parent.parentId, index: parent.index + 1 } : { refusal: 'atEdge' };
  }
}

/**
 * Moves a node with its subtree to a target (also what a drop does). Refused when the target lies
 * inside the node, or when a condition would come before its source; the refusal names the nodes.
 */
export function moveNode(
  state: LibraryState,
  args: { documentId: string; nodeId: string; target: Target },
  context: CommandContext,
): CommandResult {
  return editNode(
    state,
    args,
    'moveNode',
    (document) => moveInTree(document, args.nodeId, args.target),
    context,
  );
}

/** Flytta upp / ned / in / ut: a move in a direction. */
export function moveNodeInDirection(
  state: LibraryState,
  args: { documentId: string; nodeId: string; direction: MoveDirection },
  context: CommandContext,
): CommandResult {
  const target = getMoveTarget(state, args.documentId, args.nodeId, args.direction);
  if ('refusal' in target) return refuse(target.refusal, [args.nodeId]);
  return moveNode(state, { documentId: args.documentId, nodeId: args.nodeId, target }, context);
}
