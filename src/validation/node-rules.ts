import type { Clause, NodePlace, TreeNode } from '../domain/index.ts';
import {
  getClauseProblem,
  getTypeSpec,
  isAncestor,
  isKeywordNode,
  takesAnswer,
  usesField,
} from '../domain/index.ts';
import { createDiagnostic, type Diagnostic } from './diagnostics.ts';
import { checkKeyword } from './keyword-rules.ts';
import { whyNeverTrue } from './condition-rules.ts';
import { termOf, type RuleInput } from './rule-input.ts';

/** A family of rules run on every node in document order; made once per check, so it may remember. */
export type NodeRule = (place: NodePlace, out: Diagnostic[]) => void;

/**
 * What a node places: a keyword that exists, is not retired and is complete (its definition checked
 * once per document), a heading with children, a score whose sources come first; an include found.
 */
export function placementRules({ document, context, keywordOf, firstPlacement }: RuleInput): NodeRule {
  const { catalog } = context;
  const checkedKeywords = new Set<string>();
  return ({ node, order }, out) => {
    const at = { documentId: document.id, nodeId: node.id };
    if (!isKeywordNode(node)) {
      if (context.fragments && !context.fragments.get(node.include.fragmentId)?.get(node.include.version))
        out.push(
          createDiagnostic(
            'INCLUDE_NOT_FOUND',
            {
              ...node.include,
              title: context.fragmentTitles?.get(node.include.fragmentId) ?? node.include.fragmentId,
            },
            at,
          ),
        );
      return;
    }
    const keyword = keywordOf(node);
    if (!keyword) {
      out.push(createDiagnostic('UNKNOWN_KEYWORD', { keywordId: node.keywordId }, at));
      return;
    }
    const term = keyword.term;
    if (keyword.status === 'retired') out.push(createDiagnostic('RETIRED_KEYWORD', { term }, at));
    if (getTypeSpec(keyword.type).answer === 'none' && (node.children?.length ?? 0) === 0) {
      out.push(createDiagnostic('HEADING_WITHOUT_CHILDREN', { term }, at));
    }
    if (node.required && !takesAnswer(keyword.type))
      out.push(createDiagnostic('REQUIRED_WITHOUT_ANSWER', { term }, at));
    if (context.keywordRules !== false && !checkedKeywords.has(keyword.id)) {
      checkedKeywords.add(keyword.id);
      out.push(...checkKeyword(keyword, catalog, at));
    }
    if (keyword.notBefore !== undefined && usesField(keyword.type, 'notBefore')) {
      const other = catalog.get(keyword.notBefore);
      if (other && firstPlacement.get(other.id) === undefined)
        out.push(createDiagnostic('NOT_BEFORE_NOT_PLACED', { term, otherTerm: other.term }, at));
    }
    if (!usesField(keyword.type, 'scoreSources')) return;
    for (const source of keyword.scoreSources ?? []) {
      const sourceKeyword = catalog.get(source.keywordId);
      if (!sourceKeyword) continue;
      const placedAt = firstPlacement.get(source.keywordId);
      if (placedAt === undefined) {
        out.push(createDiagnostic('SCORE_SOURCE_NOT_PLACED', { term, sourceTerm: sourceKeyword.term }, at));
      } else if (placedAt > order) {
        out.push(createDiagnostic('SCORE_SOURCE_LATER', { term, sourceTerm: sourceKeyword.term }, at));
      }
    }
  };
}

/** Siblings: two keywords under one parent with the same term (letter case and spaces aside). */
export function siblingRules({ document, context, keywordOf }: RuleInput): NodeRule {
  const siblingTerms = new Map<string | null, Set<string>>();
  return ({ node, parentId }, out) => {
    const term = termOf(node, context.catalog);
    const siblings = siblingTerms.get(parentId) ?? new Set<string>();
    siblingTerms.set(parentId, siblings);
    const key = term.trim().toLocaleLowerCase('sv');
    if (keywordOf(node) && siblings.has(key))
      out.push(
        createDiagnostic('DUPLICATE_SIBLING_TERM', { term }, { documentId: document.id, nodeId: node.id }),
      );
    siblings.add(key);
  };
}

/**
 * Conditions: a child of a dynamic keyword without one never folds; each clause's source must
 * exist, come earlier, not be the node or below it, and fit its type; a well-formed condition that
 * can never hold is named.
 */
export function conditionRules({ document, index, context, keywordOf, sources }: RuleInput): NodeRule {
  const { catalog } = context;
  // A source may be a keyword of a fragment placed earlier: found, ordered and typed in the
  // assembled document, where the node (unless it is an include) has its place too.
  const sourceTerm = (node: TreeNode) => sources.keywordOf(node)?.term ?? termOf(node, catalog);
  return (place, out) => {
    const { node } = place;
    const at = { documentId: document.id, nodeId: node.id };
    const term = termOf(node, catalog);
    const parent = place.parentId === null ? undefined : index.places.get(place.parentId);
    const parentKeyword = parent && keywordOf(parent.node);
    if (parentKeyword && getTypeSpec(parentKeyword.type).dynamicOperator && !node.showWhen) {
      out.push(createDiagnostic('CHILD_NEVER_FOLDS', { term, parentTerm: parentKeyword.term }, at));
    }
    if (!node.showWhen) return;
    const within = sources.index.places.has(node.id) ? sources.index : index;
    const self = within.places.get(node.id)!;
    let wellFormed = true;
    for (const clause of node.showWhen.clauses) {
      const source = within.places.get(clause.source);
      const named = source ? sourceTerm(source.node) : clause.source;
      if (!source)
        out.push(createDiagnostic('CONDITION_SOURCE_MISSING', { term, source: clause.source }, at));
      else if (source.node.id === node.id) out.push(createDiagnostic('CONDITION_SOURCE_SELF', { term }, at));
      else if (isAncestor(within, node.id, source.node.id)) {
        out.push(createDiagnostic('CONDITION_SOURCE_DESCENDANT', { term, sourceTerm: named }, at));
      } else if (source.order > self.order) {
        out.push(createDiagnostic('CONDITION_SOURCE_LATER', { term, sourceTerm: named }, at));
      } else {
        const problem = getClauseProblem(clause, sources.keywordOf(source.node) ?? keywordOf(source.node));
        if (!problem) continue;
        out.push(createDiagnostic(problem.code, { term, sourceTerm: named, ...problem.params }, at));
      }
      wellFormed = false;
    }
    if (!wellFormed) return;
    const sourceKeyword = (c: Clause) => {
      const found = within.places.get(c.source)!.node;
      return sources.keywordOf(found) ?? keywordOf(found);
    };
    const why = whyNeverTrue(node.showWhen, sourceKeyword, sources.catalog);
    if (why) out.push(createDiagnostic('CONDITION_NEVER_TRUE', { term, why }, at));
  };
}
