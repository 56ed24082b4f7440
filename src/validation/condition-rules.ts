import type { Catalog, Clause, Condition, Keyword } from '../domain/model.ts';
import { message, type Message } from '../domain/message.ts';
import type { NeverTrueCode } from './messages.ts';
import { assertNever, getOptions, getTypeSpec, isNumericType, ORDER_OPERATORS } from '../domain/index.ts';

/** The smallest and largest value a number or score keyword can take (infinite when unbounded). */
export function getValueRange(
  keyword: Keyword,
  catalog: Catalog,
  seen = new Set<string>(),
): [number, number] {
  const kind = getTypeSpec(keyword.type).answer;
  if (kind === 'number') return [keyword.min ?? -Infinity, keyword.max ?? Infinity];
  if (kind !== 'computed' || seen.has(keyword.id)) return [-Infinity, Infinity];
  seen.add(keyword.id);
  let low = 0;
  let high = 0;
  for (const source of keyword.scoreSources ?? []) {
    const sourceKeyword = catalog.get(source.keywordId);
    if (!sourceKeyword) continue;
    const factor = source.factor ?? 1;
    let sourceLow: number;
    let sourceHigh: number;
    if (getTypeSpec(sourceKeyword.type).answer === 'options') {
      const scores = getOptions(sourceKeyword).map((option) => option.score ?? 0);
      // Stryker disable next-line EqualityOperator: a zero score adds nothing either way
      sourceLow = scores.filter((s) => s < 0).reduce((a, b) => a + b, 0);
      // Stryker disable next-line EqualityOperator: as above
      sourceHigh = scores.filter((s) => s > 0).reduce((a, b) => a + b, 0);
    } else if (isNumericType(sourceKeyword.type)) {
      [sourceLow, sourceHigh] = getValueRange(sourceKeyword, catalog, seen);
    } else {
      const scores = getOptions(sourceKeyword).map((option) => option.score ?? 0);
      sourceLow = Math.min(0, ...scores);
      sourceHigh = Math.max(0, ...scores);
    }
    const a = sourceLow * factor;
    const b = sourceHigh * factor;
    low += Math.min(a, b);
    high += Math.max(a, b);
  }
  // A score may place its source keyword more than once; a tighter bound is not worth the cost here.
  return [low, high];
}

interface SourceFacts {
  equals: Set<string | number>;
  notEquals: Set<string | number>;
  needsAnswer: boolean;
  needsNoAnswer: boolean;
  low: number;
  lowInclusive: boolean;
  high: number;
  highInclusive: boolean;
}

function clauseImpossible(clause: Clause, source: Keyword, catalog: Catalog): boolean {
  if (typeof clause.value !== 'number' || !isNumericType(source.type)) return false;
  const [min, max] = getValueRange(source, catalog);
  const v = clause.value;
  switch (clause.operator) {
    case 'greaterThan':
      return v >= max;
    case 'greaterOrEqual':
      return v > max;
    case 'lessThan':
      return v <= min;
    case 'lessOrEqual':
      return v < min;
    case 'equals':
      return v < min || v > max;
    case 'notEquals':
      return v === min && v === max;
    // Valueless operators (and includes, which takes an option) say nothing about a number's range.
    case 'checked':
    case 'includes':
    case 'answered':
    case 'notAnswered':
      return false;
    default:
      return assertNever(clause.operator, 'operator');
  }
}

/** The reason that a well-formed condition can never hold; undefined if it can. */
export function whyNeverTrue(
  condition: Condition,
  sourceKeyword: (clause: Clause) => Keyword | undefined,
  catalog: Catalog,
): Message<NeverTrueCode> | undefined {
  const impossible = (clause: Clause) => {
    const source = sourceKeyword(clause);
    return source !== undefined && clauseImpossible(clause, source, catalog);
  };
  if (condition.behavior === 'any') {
    return condition.clauses.every(impossible) ? message('NEVER_NONE_CAN_OCCUR') : undefined;
  }
  if (condition.clauses.some(impossible)) return message('NEVER_OUTSIDE_MIN_MAX');
  const facts = new Map<string, SourceFacts>();
  for (const clause of condition.clauses) {
    const f = facts.get(clause.source) ?? {
      equals: new Set(),
      notEquals: new Set(),
      needsAnswer: false,
      needsNoAnswer: false,
      low: -Infinity,
      // Stryker disable next-line BooleanLiteral: an infinite bound never equals a value, so it never counts
      lowInclusive: true,
      high: Infinity,
      // Stryker disable next-line BooleanLiteral: as above
      highInclusive: true,
    };
    facts.set(clause.source, f);
    const v = clause.value;
    if (clause.operator === 'notAnswered') f.needsNoAnswer = true;
    else if (clause.operator !== 'notEquals') f.needsAnswer = true;
    if (clause.operator === 'equals' && v !== undefined) f.equals.add(v);
    if (clause.operator === 'notEquals' && v !== undefined) f.notEquals.add(v);
    if (ORDER_OPERATORS.has(clause.operator) && typeof v === 'number') {
      if (
        clause.operator.startsWith('greater') &&
        (v > f.low || (v === f.low && clause.operator === 'greaterThan'))
      ) {
        f.low = v;
        f.lowInclusive = clause.operator === 'greaterOrEqual';
      }
      if (
        clause.operator.startsWith('less') &&
        (v < f.high || (v === f.high && clause.operator === 'lessThan'))
      ) {
        f.high = v;
        f.highInclusive = clause.operator === 'lessOrEqual';
      }
    }
  }
  for (const f of facts.values()) {
    if (f.needsAnswer && f.needsNoAnswer) {
      return message('NEVER_ANSWERED_AND_EMPTY');
    }
    if (f.equals.size > 1) return message('NEVER_TWO_VALUES');
    if ([...f.equals].some((v) => f.notEquals.has(v))) {
      return message('NEVER_REQUIRED_AND_EXCLUDED');
    }
    const emptyRange = f.low > f.high || (f.low === f.high && !(f.lowInclusive && f.highInclusive));
    const equalsOutside = [...f.equals].some(
      (v) =>
        typeof v === 'number' &&
        (v < f.low || v > f.high || (v === f.low && !f.lowInclusive) || (v === f.high && !f.highInclusive)),
    );
    if (emptyRange || equalsOutside) {
      return message('NEVER_COMPARISONS_EXCLUDE');
    }
  }
  return undefined;
}
