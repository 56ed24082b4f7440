import type { LibraryState } from '../domain/index.ts';
import { indexTree } from '../domain/index.ts';
import { changeDocument, refuse, type CommandContext, type CommandResult } from './command.ts';

/** "Kommentera": a review comment on the document, or on one of its nodes. */
export function addComment(
  state: LibraryState,
  args: { documentId: string; nodeId?: string; text: string; by?: string },
  context: CommandContext,
): CommandResult {
  return changeDocument(state, args.documentId, 'addComment', context, (document, now) => {
    const text = args.text.trim().slice(0, 10000);
    if (text === '') return refuse('emptyComment');
    if (args.nodeId !== undefined && !indexTree(document.nodes).places.has(args.nodeId))
      return refuse('notFound', [args.nodeId]);
    const by = args.by?.trim().slice(0, 200);
    const comment = {
      id: context.createId('comment'),
      ...(args.nodeId !== undefined && { nodeId: args.nodeId }),
      text,
      ...(by && { by }),
      at: now,
    };
    return {
      edit: (target) => {
        (target.comments ??= []).push(comment);
      },
      ...(args.nodeId !== undefined && { select: args.nodeId }),
    };
  });
}

/** "Markera som löst" / "Öppna igen": a comment resolved (who, when) or opened again. */
export function setCommentResolved(
  state: LibraryState,
  args: { documentId: string; commentId: string; resolved: boolean; by?: string },
  context: CommandContext,
): CommandResult {
  return changeDocument(state, args.documentId, 'resolveComment', context, (document, now) => {
    const comment = document.comments?.find((c) => c.id === args.commentId);
    if (!comment) return refuse('commentNotFound');
    if ((comment.resolvedAt !== undefined) === args.resolved) return refuse('nothingToDo');
    const by = args.by?.trim().slice(0, 200);
    return {
      edit: (target) => {
        const found = target.comments!.find((c) => c.id === args.commentId)!;
        if (args.resolved) {
          found.resolvedAt = now;
          if (by) found.resolvedBy = by;
        } else {
          delete found.resolvedAt;
          delete found.resolvedBy;
        }
      },
    };
  });
}
