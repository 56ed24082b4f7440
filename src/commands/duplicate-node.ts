import { copyWithFreshIds, getSubtreeIds, insertNodes, isKeywordNode } from '../domain/index.ts';
import type { Keyword, LibraryState } from '../domain/index.ts';
import { fromEdit, locateNode, withKeywords, type CommandContext, type CommandResult } from './command.ts';

/** The suffix a duplicated keyword's term gets, so the copy is told apart and sibling terms stay unique. */
export const COPY_SUFFIX = ' (kopia)';

/**
 * Places a copy of a subtree right after the original ("Duplicera"). The copy gets its own keyword
 * definitions, so renaming or retyping the copy never changes the original; conditions inside the
 * copy follow the copied nodes.
 */
export function duplicateNode(
  state: LibraryState,
  args: { documentId: string; nodeId: string },
  context: CommandContext,
): CommandResult {
  const located = locateNode(state, args.documentId, args.nodeId);
  if ('refused' in located) return located.refused;
  const { document, index, place } = located;

  const keywordIds = new Map<string, string>();
  for (const id of getSubtreeIds(place.node)) {
    const node = index.places.get(id)!.node;
    if (isKeywordNode(node) && state.keywords.has(node.keywordId) && !keywordIds.has(node.keywordId)) {
      keywordIds.set(node.keywordId, context.createId('kw'));
    }
  }
  // Second pass, now that every copy has an id: a copied score sums the copied keywords.
  const keywords = [...keywordIds].map(([originalId, copyId]): Keyword => {
    const original = state.keywords.get(originalId)!;
    const copy: Keyword = { ...structuredClone(original), id: copyId, status: 'proposed' };
    if (isKeywordNode(place.node) && place.node.keywordId === originalId) {
      copy.term = `${original.term}${COPY_SUFFIX}`.slice(0, 500);
    }
    if (copy.scoreSources) {
      copy.scoreSources = copy.scoreSources.map((s) => ({
        ...s,
        keywordId: keywordIds.get(s.keywordId) ?? s.keywordId,
      }));
    }
    return copy;
  });
  const copy = copyWithFreshIds(place.node, () => context.createId('n'), keywordIds);
  return withKeywords(
    fromEdit(
      insertNodes(document, { parentId: place.parentId, index: place.index + 1 }, [copy]),
      { name: 'duplicateNode', documentId: document.id, select: copy.id },
      context.now(),
    ),
    keywords,
  );
}
