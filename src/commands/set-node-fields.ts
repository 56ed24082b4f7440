import { setCondition as setConditionInTree, setRequired as setRequiredInTree } from '../domain/index.ts';
import type { Condition, LibraryState } from '../domain/index.ts';
import { fromEdit, refuse, type CommandContext, type CommandResult } from './command.ts';

/**
 * Sets or clears a node's show-when condition ("Visas när"). Refused when a source would not come
 * earlier in the document (or is the node itself or below it).
 */
export function setCondition(
  state: LibraryState,
  args: { documentId: string; nodeId: string; condition: Condition | undefined },
  context: CommandContext,
): CommandResult {
  const document = state.documents.get(args.documentId);
  if (!document) return refuse('documentNotFound');
  return fromEdit(
    setConditionInTree(document, args.nodeId, args.condition),
    { name: 'setCondition', documentId: document.id, select: args.nodeId },
    context.now(),
  );
}

/** Sets whether a node must be answered when it shows ("Obligatoriskt"). */
export function setRequired(
  state: LibraryState,
  args: { documentId: string; nodeId: string; required: boolean },
  context: CommandContext,
): CommandResult {
  const document = state.documents.get(args.documentId);
  if (!document) return refuse('documentNotFound');
  return fromEdit(
    setRequiredInTree(document, args.nodeId, args.required),
    { name: 'setRequired', documentId: document.id, select: args.nodeId },
    context.now(),
  );
}
