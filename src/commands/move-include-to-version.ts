import type { LibraryState } from '../domain/index.ts';
import { findNode, isKeywordNode } from '../domain/index.ts';
import { changeDocument, refuse, type CommandContext, type CommandResult } from './command.ts';

/** Moves one include of a template to another saved version of its fragment (one template at a time). */
export function moveIncludeToVersion(
  state: LibraryState,
  args: { documentId: string; nodeId: string; version: string },
  context: CommandContext,
): CommandResult {
  return changeDocument(state, args.documentId, 'moveIncludeToVersion', context, (document) => {
    const node = findNode(document.nodes, args.nodeId);
    if (!node || isKeywordNode(node)) return refuse('notFound', [args.nodeId]);
    if (node.include.version === args.version) return refuse('nothingToDo');
    return {
      select: node.id,
      edit: (target) => {
        const include = findNode(target.nodes, node.id);
        if (include && !isKeywordNode(include)) include.include.version = args.version;
      },
    };
  });
}
