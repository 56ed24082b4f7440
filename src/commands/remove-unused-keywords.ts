import { getUnusedKeywords, type LibraryState } from '../domain/index.ts';
import { refuse, type CommandResult } from './command.ts';

/**
 * "Ta bort oanvända": removes from the catalogue the keywords placed in no document and summed by
 * no score (saved versions keep their own copies). One undoable step.
 */
export function removeUnusedKeywords(state: LibraryState): CommandResult {
  const summed = new Set(
    [...state.keywords.values()].flatMap((k) => (k.scoreSources ?? []).map((s) => s.keywordId)),
  );
  const unused = getUnusedKeywords(state).filter((k) => !summed.has(k.id));
  if (unused.length === 0) return refuse('nothingToDo');
  return {
    ok: true,
    change: {
      name: 'removeUnusedKeywords',
      recipe: (draft) => {
        for (const keyword of unused) draft.keywords.delete(keyword.id);
      },
    },
  };
}
