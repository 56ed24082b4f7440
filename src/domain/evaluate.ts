import type {
  AnswerValue,
  Answers,
  Catalog,
  Clause,
  Condition,
  Keyword,
  TreeDocument,
  TreeNode,
} from './model.ts';
import { getChildren, getOptions, isKeywordNode } from './model.ts';
import { getTypeSpec } from './keyword-types.ts';
import { definitionIdOf } from './assemble.ts';

/** The outcome of filling in a document: which nodes show, and the value each visible node holds. */
export interface Evaluation {
  /** Ids of visible nodes. */
  readonly visible: ReadonlySet<string>;
  /** Values of visible, answered nodes, including computed score sums. */
  readonly values: ReadonlyMap<string, AnswerValue>;
  /** How complete each visible score is, by the score's node id. */
  readonly scores: ReadonlyMap<string, ScoreStatus>;
}

/**
 * How far a score's sum can be trusted: the visible source items before it, how many are
 * answered, and whether the sum counts (every item answered, or no more missing than the keyword's
 * missingItems rule allows, then prorated if it says so). An incomplete sum gets no band.
 */
export interface ScoreStatus {
  readonly items: number;
  readonly answered: number;
  readonly complete: boolean;
  /** The sum as reported: prorated when the rule says so and items are missing, else the plain sum. */
  readonly result: number | undefined;
  readonly prorated: boolean;
}

/** True when a value counts as an answer (an empty text or selection does not). */
export function isAnswered(value: AnswerValue | undefined): value is AnswerValue {
  if (value === undefined || value === false) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'number') return Number.isFinite(value);
  return true;
}

/** A Datum och tid answer as the form keeps it: a local day and time to the minute. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const order = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A Datum och tid answer against a FHIR dateTime: at the value's precision when it is a date (a
 * condition "on or after 2026-02-03" holds all that day), as instants when it has a time and zone.
 */
function compareDateTime(actual: string, expected: string): number | undefined {
  if (!expected.includes('T')) return order(actual.slice(0, expected.length), expected);
  const instant = Date.parse(expected);
  return Number.isNaN(instant) ? undefined : order(new Date(actual).getTime(), instant);
}

function compareOrder(actual: AnswerValue, expected: string | number): number | undefined {
  if (typeof actual === 'number' && typeof expected === 'number') return actual - expected;
  if (typeof actual === 'string' && typeof expected === 'string')
    return LOCAL_DATE_TIME.test(actual) ? compareDateTime(actual, expected) : order(actual, expected);
  return undefined;
}

/** Equal, for a Datum och tid answer at the condition value's precision (the same day, or instant). */
const isSame = (value: AnswerValue, expected: string | number | undefined) =>
  value === expected ||
  (typeof value === 'string' &&
    typeof expected === 'string' &&
    LOCAL_DATE_TIME.test(value) &&
    compareDateTime(value, expected) === 0);

/**
 * Evaluates one clause against the source's current value (undefined when the source is hidden or
 * unanswered), with FHIR enableWhen semantics: `notEquals` holds when unanswered; order comparisons
 * and `equals` do not.
 */
export function evaluateClause(clause: Clause, value: AnswerValue | undefined): boolean {
  const answered = isAnswered(value);
  switch (clause.operator) {
    case 'checked':
      return value === true;
    case 'answered':
      return answered;
    case 'notAnswered':
      return !answered;
    case 'equals':
      return answered && isSame(value, clause.value);
    case 'notEquals':
      return !(answered && isSame(value, clause.value));
    case 'includes':
      return Array.isArray(value) && clause.value !== undefined && value.includes(String(clause.value));
    case 'lessThan':
    case 'lessOrEqual':
    case 'greaterThan':
    case 'greaterOrEqual': {
      if (!answered || clause.value === undefined) return false;
      const diff = compareOrder(value, clause.value);
      if (diff === undefined) return false;
      if (clause.operator === 'lessThan') return diff < 0;
      if (clause.operator === 'lessOrEqual') return diff <= 0;
      if (clause.operator === 'greaterThan') return diff > 0;
      return diff >= 0;
    }
  }
}

/** Evaluates a whole condition: all clauses (Alla) or any clause (Någon). */
export function evaluateCondition(condition: Condition, values: ReadonlyMap<string, AnswerValue>): boolean {
  const holds = (clause: Clause) => evaluateClause(clause, values.get(clause.source));
  return condition.behavior === 'any' ? condition.clauses.some(holds) : condition.clauses.every(holds);
}

/** What one answer adds to a score: option scores for choices, the number itself for numbers. */
export function scoreContribution(keyword: Keyword, value: AnswerValue): number | undefined {
  if (typeof value === 'number') return value;
  const options = getOptions(keyword);
  const ids = Array.isArray(value) ? value : [value === true ? 'ja' : String(value)];
  let sum: number | undefined;
  for (const id of ids) {
    const score = options.find((option) => option.id === id)?.score;
    if (score !== undefined) sum = (sum ?? 0) + score;
  }
  return sum;
}

/**
 * Fills in a document in one pass in document order. A node shows when its parent shows and its
 * condition holds; a hidden node hides its descendants; a hidden source counts as unanswered (its
 * answer stays in `answers` but is not in `values`). A score sums the visible answers of its source
 * keywords that come before it; with no such answer it is unanswered.
 * @example evaluateDocument(doc, catalog, new Map([['n1', 'ja']])).visible.has('n2')
 */
export function evaluateDocument(document: TreeDocument, catalog: Catalog, answers: Answers): Evaluation {
  const visible = new Set<string>();
  const values = new Map<string, AnswerValue>();
  const scoreParts = new Map<string, number[]>();
  // Visible items per source keyword so far: [items, answered].
  const itemCounts = new Map<string, [number, number]>();
  const scores = new Map<string, ScoreStatus>();

  const stack: { node: TreeNode; parentVisible: boolean }[] = [];
  const pushChildren = (nodes: readonly TreeNode[], parentVisible: boolean) => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i]!, parentVisible });
  };
  pushChildren(document.nodes, true);
  while (stack.length > 0) {
    const { node, parentVisible } = stack.pop()!;
    const shown = parentVisible && (node.showWhen === undefined || evaluateCondition(node.showWhen, values));
    if (shown) {
      visible.add(node.id);
      const keyword = isKeywordNode(node) ? catalog.get(node.keywordId) : undefined;
      if (keyword) {
        const computed = getTypeSpec(keyword.type).answer === 'computed';
        let value: AnswerValue | undefined;
        if (computed) {
          const sum = computeScore(keyword, scoreParts);
          scores.set(node.id, scoreStatus(keyword, sum, itemCounts));
          value = sum;
        } else value = answers.get(node.id);
        if (!computed && getTypeSpec(keyword.type).answer !== 'none') {
          const counts = itemCounts.get(definitionIdOf(keyword.id)) ?? [0, 0];
          itemCounts.set(definitionIdOf(keyword.id), [
            counts[0] + 1,
            counts[1] + (isAnswered(value) ? 1 : 0),
          ]);
        }
        if (value !== undefined && isAnswered(value)) {
          values.set(node.id, value);
          const part = scoreContribution(keyword, value);
          if (part !== undefined) {
            const parts = scoreParts.get(definitionIdOf(keyword.id)) ?? [];
            parts.push(part);
            scoreParts.set(definitionIdOf(keyword.id), parts);
          }
        }
      }
    }
    pushChildren(getChildren(node), shown);
  }
  return { visible, values, scores };
}

export function scoreStatus(
  keyword: Keyword,
  sum: number | undefined,
  itemCounts: ReadonlyMap<string, readonly [number, number]>,
): ScoreStatus {
  let items = 0;
  let answered = 0;
  for (const source of keyword.scoreSources ?? []) {
    const [seen, done] = itemCounts.get(definitionIdOf(source.keywordId)) ?? [0, 0];
    items += seen;
    answered += done;
  }
  const missing = items - answered;
  const rule = keyword.missingItems;
  const complete = sum !== undefined && (missing === 0 || (rule !== undefined && missing <= rule.max));
  const prorated = complete && missing > 0 && rule?.prorate === true && answered > 0;
  const result = sum !== undefined && prorated ? Math.round((sum * items) / answered) : sum;
  return { items, answered, complete, result, prorated };
}

export function computeScore(
  keyword: Keyword,
  scoreParts: ReadonlyMap<string, readonly number[]>,
): number | undefined {
  let sum: number | undefined;
  for (const source of keyword.scoreSources ?? []) {
    for (const part of scoreParts.get(definitionIdOf(source.keywordId)) ?? [])
      sum = (sum ?? 0) + part * (source.factor ?? 1);
  }
  return sum;
}

/** The band (e.g. PHQ-9 "Måttlig") a score falls in, if the keyword defines bands. */
export function getScoreBand(keyword: Keyword, score: number): string | undefined {
  return keyword.bands?.find((band) => score >= band.min && score <= band.max)?.label;
}
