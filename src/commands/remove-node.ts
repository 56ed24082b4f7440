import { removeNode as removeFromTree } from '../domain/index.ts';
import type { LibraryState } from '../domain/index.ts';
import { fromEdit, locateNode, type CommandContext, type CommandResult } from './command.ts';

/**
 * Removes a node and its subtree from a document ("Ta bort"); the keywords stay in the catalogue.
 * Refused while other nodes show depending on it, unless `detachDependents` (then their clauses on
 * it are dropped). Selects the next sibling, else the previous one, else the parent.
 */
export function removeNode(
  state: LibraryState,
  args: { documentId: string; nodeId: string; detachDependents?: boolean },
  context: CommandContext,
): CommandResult {
  const located = locateNode(state, args.documentId, args.nodeId);
  if ('refused' in located) return located.refused;
  const { document, index, place } = located;
  const siblings =
    place.parentId === null
      ? document.nodes
      : (index.places.get(place.parentId)!.node as { children: { id: string }[] }).children;
  const next = siblings[place.index + 1]?.id ?? siblings[place.index - 1]?.id ?? place.parentId ?? undefined;
  return fromEdit(
    removeFromTree(document, args.nodeId, { detachDependents: args.detachDependents ?? false }),
    { name: 'removeNode', documentId: document.id, ...(next !== undefined && { select: next }) },
    context.now(),
  );
}
