import type { LibraryState } from '../domain/index.ts';
import { indexTree, isKeywordNode } from '../domain/index.ts';
import { refuse, type CommandContext, type CommandResult } from './command.ts';

/**
 * "Återställ": the document takes the content of a saved version again, as a new undoable change
 * (its version number and log go on). The keyword definitions it froze come back too, except for
 * keywords other documents also place: changing those would change the other documents.
 */
export function restoreVersion(
  state: LibraryState,
  args: { versionId: string; by?: string },
  context: CommandContext,
): CommandResult {
  const saved = state.versions.get(args.versionId);
  const document = saved && state.documents.get(saved.documentId);
  if (!saved || !document) return refuse('documentNotFound');
  const now = context.now();
  const by = args.by?.trim().slice(0, 200);
  const { title, nodes, description, scenarios } = saved.document;
  const placedElsewhere = new Set<string>();
  for (const other of state.documents.values()) {
    if (other.id === document.id) continue;
    for (const { node } of indexTree(other.nodes).ordered)
      if (isKeywordNode(node)) placedElsewhere.add(node.keywordId);
  }
  return {
    ok: true,
    change: {
      name: 'restoreVersion',
      documentId: document.id,
      recipe: (draft) => {
        for (const keyword of saved.keywords)
          if (!placedElsewhere.has(keyword.id) || !draft.keywords.has(keyword.id))
            draft.keywords.set(keyword.id, keyword);
        const restored = {
          ...document,
          title,
          nodes,
          changeLog: [
            ...document.changeLog,
            { at: now, note: `Återställd från version ${saved.version}.`, ...(by && { by }) },
          ],
          updatedAt: now,
        };
        delete restored.description;
        delete restored.scenarios;
        if (description !== undefined) restored.description = description;
        if (scenarios !== undefined) restored.scenarios = scenarios;
        draft.documents.set(document.id, restored);
      },
    },
  };
}
