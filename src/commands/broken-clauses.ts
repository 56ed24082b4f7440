import type { LibraryState } from '../domain/library.ts';
import type { Clause, Keyword } from '../domain/model.ts';
import { isKeywordNode, VALUELESS_OPERATORS } from '../domain/model.ts';
import { getTypeSpec } from '../domain/keyword-types.ts';
import { getClauseProblem } from '../domain/conditions.ts';
import { indexTree } from '../domain/tree.ts';

/** A clause of a condition somewhere in the library. */
export interface ClauseAt {
  readonly documentId: string;
  readonly nodeId: string;
  readonly clauseIndex: number;
}

/**
 * The clauses, in every document, whose source places this keyword and which the changed
 * definition would break (a value they wait for removed, a type they no longer fit).
 */
export function findClausesBrokenBy(state: LibraryState, changed: Keyword): ClauseAt[] {
  const broken: ClauseAt[] = [];
  // A value read as another kind (the option "ja" as the typed text "ja") breaks too, valid or not.
  const before = state.keywords.get(changed.id);
  const kindChanged =
    before !== undefined &&
    getTypeSpec(before.type).conditionValue !== getTypeSpec(changed.type).conditionValue;
  // Datum ⇄ Datum och tid: a day compared with means that day in both.
  const kinds = new Set([before?.type, changed.type].map((type) => type && getTypeSpec(type).conditionValue));
  const dayKept = kinds.size === 2 && kinds.has('date') && kinds.has('dateTime');
  const meansOtherValue = (clause: Clause) =>
    kindChanged &&
    !VALUELESS_OPERATORS.has(clause.operator) &&
    !(dayKept && typeof clause.value === 'string' && !clause.value.includes('T'));
  for (const document of state.documents.values()) {
    const index = indexTree(document.nodes);
    const sources = new Set(
      index.ordered
        .filter((p) => isKeywordNode(p.node) && p.node.keywordId === changed.id)
        .map((p) => p.node.id),
    );
    if (sources.size === 0) continue;
    for (const { node } of index.ordered) {
      node.showWhen?.clauses.forEach((clause, clauseIndex) => {
        if (sources.has(clause.source) && (getClauseProblem(clause, changed) || meansOtherValue(clause)))
          broken.push({ documentId: document.id, nodeId: node.id, clauseIndex });
      });
    }
  }
  return broken;
}
