import { findNode, KEYWORD_FIELDS, setCondition, usesField } from '../domain/index.ts';
import type { Condition, KeywordType, LibraryState } from '../domain/index.ts';
import { inDocument, refuse, type CommandContext, type CommandResult } from './command.ts';
import { findClausesBrokenBy } from './broken-clauses.ts';

/** Clauses, in any document, that would no longer fit when the keyword becomes `type`. */
export function findClausesBrokenByType(state: LibraryState, keywordId: string, type: KeywordType) {
  const keyword = state.keywords.get(keywordId);
  return keyword ? findClausesBrokenBy(state, { ...keyword, type }) : [];
}

/**
 * Changes a keyword's type ("Typ"). Where conditions depend on it and the new type breaks them,
 * the change is refused, naming those nodes, unless `fixDependents`: then those clauses are dropped
 * (and conditions left empty removed) in the same undoable step.
 */
export function changeKeywordType(
  state: LibraryState,
  args: { keywordId: string; type: KeywordType; documentId?: string | undefined; fixDependents?: boolean },
  context: CommandContext,
): CommandResult {
  const keyword = state.keywords.get(args.keywordId);
  if (!keyword) return refuse('keywordNotFound');
  if (keyword.type === args.type) return refuse('nothingToDo');
  const broken = findClausesBrokenByType(state, keyword.id, args.type);
  if (broken.length > 0 && !args.fixDependents)
    return refuse('breaksCondition', [...new Set(broken.map((b) => b.nodeId))]);
  const now = context.now();
  // Group the broken clauses by document and node. Dropping clauses never breaks an invariant, so
  // each fix is a plain domain recipe on its document.
  const byDocument = new Map<string, Map<string, Set<number>>>();
  for (const { documentId, nodeId, clauseIndex } of broken) {
    const byNode = byDocument.get(documentId) ?? new Map<string, Set<number>>();
    byDocument.set(documentId, byNode.set(nodeId, (byNode.get(nodeId) ?? new Set()).add(clauseIndex)));
  }
  const fixes = [...byDocument].flatMap(([documentId, byNode]) =>
    [...byNode].map(([nodeId, drop]) => {
      const document = state.documents.get(documentId)!;
      const condition = findNode(document.nodes, nodeId)!.showWhen!;
      const kept = condition.clauses.filter((_, i) => !drop.has(i));
      const outcome = setCondition(
        document,
        nodeId,
        kept.length === 0
          ? undefined
          : { behavior: condition.behavior, clauses: kept as Condition['clauses'] },
      );
      if (!outcome.ok) throw new Error(`dropping clauses was refused: ${outcome.refusal}`);
      return inDocument(documentId, outcome.recipe, now);
    }),
  );
  return {
    ok: true,
    change: {
      name: 'changeKeywordType',
      keywordIds: [keyword.id],
      ...(args.documentId !== undefined && { documentId: args.documentId }),
      recipe: (draft) => {
        const target = draft.keywords.get(keyword.id);
        if (!target) return;
        target.type = args.type;
        // A type change drops the fields the new type has no use for.
        for (const field of KEYWORD_FIELDS) if (!usesField(args.type, field)) delete target[field];
        for (const recipe of fixes) recipe(draft);
      },
    },
  };
}
