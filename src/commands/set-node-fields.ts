import {
  isKeywordNode,
  takesAnswer,
  setCondition as setConditionInTree,
  setRequired as setRequiredInTree,
} from '../domain/index.ts';
import type { Condition, LibraryState } from '../domain/index.ts';
import { editNode, locateNode, refuse, type CommandContext, type CommandResult } from './command.ts';

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

/**
 * Sets whether a node must be answered when it shows ("Obligatoriskt"). Refused for a heading or a
 * score: they take no answer, so the mark would mean nothing (and FHIR has no place for it).
 */
export function setRequired(
  state: LibraryState,
  args: { documentId: string; nodeId: string; required: boolean },
  context: CommandContext,
): CommandResult {
  if (args.required) {
    const found = locateNode(state, args.documentId, args.nodeId);
    if ('refused' in found) return found.refused;
    const { node } = found.place;
    const keyword = isKeywordNode(node) ? state.keywords.get(node.keywordId) : undefined;
    if (keyword && !takesAnswer(keyword.type)) return refuse('notAnswerable', [args.nodeId]);
  }
  return editNode(
    state,
    args,
    'setRequired',
    (document) => setRequiredInTree(document, args.nodeId, args.required),
    context,
  );
}
