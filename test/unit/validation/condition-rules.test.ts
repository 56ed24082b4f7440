import { describe, expect, it } from 'vitest';
import type { Clause, Condition, Keyword, Operator } from '../../../src/domain/model.ts';
import { getValueRange, whyNeverTrue } from '../../../src/validation/condition-rules.ts';
import { buildTree, heading, multiple, number, score, single } from '../../helpers/build-tree.ts';
import { inBothLanguages, inWords } from '../../../src/i18n/in-words.ts';

// Tal: 0–10; Val: A (1), B (4); Flera: C (2), D (-3), E (5); Summa = Val + 2 × Flera.
const t = buildTree([
  heading('Rubrik', [
    number('Tal', 'st', { min: 0, max: 10 }),
    single('Val', [
      ['A', 1],
      ['B', 4],
    ]),
    multiple('Flera', [
      ['C', 2],
      ['D', -3],
      ['E', 5],
    ]),
    score('Summa', ['val', ['flera', 2]]),
    number('Fritt', 'st'),
  ]),
]);
const keywordOfSource: Record<string, string> = { tal: 'Tal', summa: 'Summa', fritt: 'Fritt', val: 'Val' };
const source = (clause: Clause): Keyword | undefined => {
  const term = keywordOfSource[clause.source];
  return term === undefined ? undefined : t.keyword(term);
};
const clause = (operator: Operator, value?: number | string, on = 'tal'): Clause =>
  value === undefined ? { source: on, operator } : { source: on, operator, value };
const why = (behavior: 'all' | 'any', ...clauses: Clause[]) => {
  const reason = whyNeverTrue({ behavior, clauses } as unknown as Condition, source, t.catalog);
  return reason && inWords(reason, 'en');
};

describe('getValueRange', () => {
  it('is min–max for a number, unbounded without them', () => {
    expect(getValueRange(t.keyword('Tal'), t.catalog)).toEqual([0, 10]);
    expect(getValueRange(t.keyword('Fritt'), t.catalog)).toEqual([-Infinity, Infinity]);
  });

  it('sums a score’s sources by factor: one option of a single choice, any set of a multiple choice', () => {
    // Val: 0..4 (unanswered counts 0); Flera × 2: -3·2 .. (2 + 5)·2.
    expect(getValueRange(t.keyword('Summa'), t.catalog)).toEqual([0 + -6, 4 + 14]);
  });

  it('is unbounded for other types, and for a score that sums itself', () => {
    expect(getValueRange(t.keyword('Val'), t.catalog)).toEqual([-Infinity, Infinity]);
    const selfSum: Keyword = { ...t.keyword('Summa'), scoreSources: [{ keywordId: t.keyword('Summa').id }] };
    const catalog = new Map(t.catalog).set(selfSum.id, selfSum);
    // A score that sums itself has no bound: the loop is cut, and what it adds is unbounded.
    expect(getValueRange(selfSum, catalog)).toEqual([-Infinity, Infinity]);
  });
});

describe('whyNeverTrue: a comparison outside Min–Max, one below, at and one above the edge', () => {
  it.each([
    ['greaterThan', 9, undefined],
    ['greaterThan', 10, 'the value is outside Min–Max'],
    ['greaterOrEqual', 10, undefined],
    ['greaterOrEqual', 11, 'the value is outside Min–Max'],
    ['lessThan', 1, undefined],
    ['lessThan', 0, 'the value is outside Min–Max'],
    ['lessOrEqual', 0, undefined],
    ['lessOrEqual', -1, 'the value is outside Min–Max'],
    ['equals', 0, undefined],
    ['equals', 10, undefined],
    ['equals', -1, 'the value is outside Min–Max'],
    ['equals', 11, 'the value is outside Min–Max'],
    ['notEquals', 5, undefined],
    ['notEquals', 0, undefined],
    ['notEquals', 10, undefined],
    ['lessOrEqual', 11, undefined],
    ['greaterOrEqual', -1, undefined],
  ] as const)('%s %d', (operator, value, expected) => {
    expect(why('all', clause(operator, value))).toBe(expected);
  });

  it('a score’s range comes from its sources', () => {
    expect(why('all', clause('greaterThan', 17, 'summa'))).toBeUndefined();
    expect(why('all', clause('greaterThan', 18, 'summa'))).toBe('the value is outside Min–Max');
    expect(why('all', clause('lessThan', -6, 'summa'))).toBe('the value is outside Min–Max');
  });

  it('a comparison on a source that is no number, with a value that is no number, or on an unknown source says nothing', () => {
    expect(why('all', clause('greaterThan', 100, 'val'))).toBeUndefined();
    expect(why('all', clause('equals', '100', 'tal'))).toBeUndefined();
    expect(why('all', clause('greaterThan', 100, 'okänd'))).toBeUndefined();
    expect(why('any', clause('greaterThan', 100, 'okänd'))).toBeUndefined();
  });

  it('with "all", one impossible clause among possible ones is enough', () => {
    expect(why('all', clause('lessThan', 5), clause('greaterThan', 10))).toBe('the value is outside Min–Max');
    expect(why('all', clause('greaterThan', 10), clause('lessThan', 5))).toBe('the value is outside Min–Max');
  });

  it('a score source that is not in the catalogue adds nothing to the range', () => {
    const summa = t.keyword('Summa');
    const withMissing: Keyword = {
      ...summa,
      scoreSources: [...(summa.scoreSources ?? []), { keywordId: 'finns-inte', factor: 100 }],
    };
    expect(getValueRange(withMissing, t.catalog)).toEqual([-6, 18]);
  });

  it('an unbounded number never is', () => {
    expect(why('all', clause('greaterThan', 1e9, 'fritt'))).toBeUndefined();
  });

  it('not equal to the only value a number can take never holds', () => {
    const fixed = { ...t.keyword('Tal'), min: 3, max: 3 };
    const only = (c: Clause) => (c.source === 'tal' ? fixed : undefined);
    const never = whyNeverTrue({ behavior: 'all', clauses: [clause('notEquals', 3)] }, only, t.catalog);
    expect(inWords(never!, 'en')).toBe('the value is outside Min–Max');
    expect(
      whyNeverTrue({ behavior: 'all', clauses: [clause('notEquals', 2)] }, only, t.catalog),
    ).toBeUndefined();
  });
});

describe('whyNeverTrue: clauses that exclude each other', () => {
  it('"any" fails only when every clause is impossible', () => {
    expect(why('any', clause('greaterThan', 10), clause('lessThan', 0))).toBe('none of the values can occur');
    expect(why('any', clause('greaterThan', 10), clause('lessThan', 1))).toBeUndefined();
  });

  it('answered and not answered at once', () => {
    expect(why('all', clause('answered'), clause('notAnswered'))).toBe(
      'one source must be both answered and empty',
    );
    // "not equal" does not need an answer, so it goes with "not answered".
    expect(why('all', clause('notEquals', 3), clause('notAnswered'))).toBeUndefined();
    expect(why('all', clause('notAnswered'))).toBeUndefined();
  });

  it('two different values, or one value required and excluded', () => {
    expect(why('all', clause('equals', 2), clause('equals', 3))).toBe(
      'one source must have two different values',
    );
    expect(why('all', clause('equals', 2), clause('equals', 2))).toBeUndefined();
    expect(why('all', clause('equals', 2), clause('notEquals', 2))).toBe(
      'the same value is both required and excluded',
    );
    expect(why('all', clause('equals', 2), clause('notEquals', 3))).toBeUndefined();
  });

  it.each([
    [['greaterThan', 5], ['lessThan', 6], undefined],
    [['greaterThan', 5], ['lessThan', 5], 'the comparisons exclude each other'],
    [['greaterOrEqual', 5], ['lessOrEqual', 5], undefined],
    [['greaterOrEqual', 5], ['lessThan', 5], 'the comparisons exclude each other'],
    [['greaterThan', 5], ['lessOrEqual', 5], 'the comparisons exclude each other'],
    [['greaterThan', 6], ['lessThan', 4], 'the comparisons exclude each other'],
    [['lessOrEqual', 5], ['lessThan', 5], undefined],
    [['greaterOrEqual', 5], ['greaterThan', 5], undefined],
    [['lessThan', 5], ['lessOrEqual', 5], undefined],
    [['greaterThan', 5], ['greaterOrEqual', 5], undefined],
  ] as const)('%j and %j', ([op1, v1], [op2, v2], expected) => {
    expect(why('all', clause(op1, v1), clause(op2, v2))).toBe(expected);
  });

  it('at the same value the strict bound wins, whichever comes first', () => {
    const exclude = 'the comparisons exclude each other';
    expect(why('all', clause('greaterThan', 5), clause('greaterOrEqual', 5), clause('lessOrEqual', 5))).toBe(
      exclude,
    );
    expect(why('all', clause('greaterOrEqual', 5), clause('greaterThan', 5), clause('lessOrEqual', 5))).toBe(
      exclude,
    );
    expect(why('all', clause('lessThan', 5), clause('lessOrEqual', 5), clause('greaterOrEqual', 5))).toBe(
      exclude,
    );
    expect(why('all', clause('lessOrEqual', 5), clause('lessThan', 5), clause('greaterOrEqual', 5))).toBe(
      exclude,
    );
  });

  it('a clause without a value adds no value to compare', () => {
    expect(why('all', clause('answered'), clause('equals', 2))).toBeUndefined();
    expect(why('all', clause('equals', 2), clause('answered'))).toBeUndefined();
    expect(why('all', clause('notEquals', 2), clause('answered'), clause('equals', 3))).toBeUndefined();
  });

  it('the tighter bound wins, whichever comes first', () => {
    expect(why('all', clause('greaterThan', 2), clause('greaterThan', 6), clause('lessThan', 6))).toBe(
      'the comparisons exclude each other',
    );
    expect(why('all', clause('greaterThan', 6), clause('greaterThan', 2), clause('lessThan', 6))).toBe(
      'the comparisons exclude each other',
    );
    expect(why('all', clause('lessThan', 3), clause('lessThan', 8), clause('greaterThan', 3))).toBe(
      'the comparisons exclude each other',
    );
  });

  it.each([
    [['equals', 5], ['greaterThan', 5], 'the comparisons exclude each other'],
    [['equals', 5], ['greaterOrEqual', 5], undefined],
    [['equals', 5], ['lessThan', 5], 'the comparisons exclude each other'],
    [['equals', 5], ['lessOrEqual', 5], undefined],
    [['equals', 4], ['greaterThan', 5], 'the comparisons exclude each other'],
    [['equals', 6], ['lessThan', 5], 'the comparisons exclude each other'],
  ] as const)('a value and a bound: %j and %j', ([op1, v1], [op2, v2], expected) => {
    expect(why('all', clause(op1, v1), clause(op2, v2))).toBe(expected);
  });

  it('clauses on different sources never exclude each other', () => {
    expect(why('all', clause('greaterThan', 5), clause('lessThan', 5, 'fritt'))).toBeUndefined();
  });

  it('says it in Swedish too', () => {
    const never = whyNeverTrue({ behavior: 'all', clauses: [clause('greaterThan', 10)] }, source, t.catalog);
    expect(inBothLanguages(never!)).toEqual({
      sv: 'värdet ligger utanför Min–Max',
      en: 'the value is outside Min–Max',
    });
  });
});
