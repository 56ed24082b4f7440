import {
  getChildren,
  getOptions,
  getTypeSpec,
  isKeywordNode,
  setCondition,
  VALUELESS_OPERATORS,
} from '../domain/index.ts';
import type { Clause, LibraryState, Recipe } from '../domain/index.ts';
import { inDocument, locateNode, refuse, type CommandContext, type CommandResult } from './command.ts';

/**
 * "Gör dynamiskt": every child of a Ja-kryss, Ja/Nej or choice keyword that has no condition yet
 * gets "visas när <förälder> = Ja" (or the chosen option; "innehåller" for a multiple choice), in
 * one step. Children that already have a condition keep it.
 */
export function makeDynamic(
  state: LibraryState,
  args: { documentId: string; nodeId: string; optionId?: string | undefined },
  context: CommandContext,
): CommandResult {
  const located = locateNode(state, args.documentId, args.nodeId);
  if ('refused' in located) return located.refused;
  const { document, place } = located;
  const keyword = isKeywordNode(place.node) ? state.keywords.get(place.node.keywordId) : undefined;
  const operator = keyword && getTypeSpec(keyword.type).dynamicOperator;
  if (!keyword || !operator) return refuse('notDynamicType', [args.nodeId]);
  const options = getOptions(keyword);
  const optionId = args.optionId ?? options[0]?.id;
  if (optionId === undefined || !options.some((o) => o.id === optionId))
    return refuse('nothingToDo', [args.nodeId]);
  const clause: Clause = VALUELESS_OPERATORS.has(operator)
    ? { source: place.node.id, operator }
    : { source: place.node.id, operator, value: optionId };
  const children = getChildren(place.node).filter((child) => !child.showWhen);
  if (children.length === 0) return refuse('nothingToDo', [args.nodeId]);

  // Setting a condition does not move nodes, so each recipe's index path stays valid in one change.
  const recipes: Recipe[] = [];
  for (const child of children) {
    const outcome = setCondition(document, child.id, { behavior: 'all', clauses: [clause] });
    if (!outcome.ok) return refuse(outcome.refusal, outcome.nodeIds);
    recipes.push(outcome.recipe);
  }
  return {
    ok: true,
    change: {
      name: 'makeDynamic',
      documentId: document.id,
      select: args.nodeId,
      recipe: inDocument(document.id, (draft) => recipes.forEach((recipe) => recipe(draft)), context.now()),
    },
  };
}
