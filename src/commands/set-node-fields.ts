import { setCondition as setConditionInTree, setRequired as setRequiredInTree } from '../domain/index.ts';
import type { Condition, LibraryState } from '../domain/index.ts';
import { editNode, type CommandContext, type CommandResult } from './command.ts';

/**
 * Sets or clears a node's show-when condition ("Visas när"). Refused when a source would not come
 * earlier in the document (or is the node itself or below it).
 */
export function setCondition(
  state: LibraryState,
  args: { documentId: string; nodeId: string; condition: Condition | undefined },
  context: CommandContext,
): CommandResult {
  return editNode(
    state,
    args,
    'setCondition',
    (document) => setConditionInTree(document, args.nodeId, args.condition),
    context,
  );
}

/** Sets whether a node must be answered when it shows ("Obligatoriskt"). */
export function setRequired(
  state: LibraryState,
  args: { documentId: string; nodeId: string; required: boolean },
  context: CommandContext,
): CommandResult {
  return editNode(
    state,
    args,
    'setRequired',
    (document) => setRequiredInTree(document, args.nodeId, args.required),
    context,
  );
}
