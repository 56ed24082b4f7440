import { describe, expect, it } from 'vitest';
import type { AnswerValue, Clause, Operator } from '../../../src/domain/model.ts';
import { checkAnswers, evaluateClause, getScoreBand, isValidDate } from '../../../src/domain/index.ts';
import { buildTree, date, number, text } from '../../helpers/build-tree.ts';

const c = (operator: Operator, value?: string | number): Clause =>
  value === undefined ? { source: 's', operator } : { source: 's', operator, value };

describe('evaluateClause, FHIR enableWhen semantics, at each edge', () => {
  it.each([
    ['lessThan', 4, 5, true],
    ['lessThan', 5, 5, false],
    ['lessOrEqual', 5, 5, true],
    ['lessOrEqual', 6, 5, false],
    ['greaterThan', 6, 5, true],
    ['greaterThan', 5, 5, false],
    ['greaterOrEqual', 5, 5, true],
    ['greaterOrEqual', 4, 5, false],
    ['lessThan', '2026-01-01', '2026-01-02', true],
    ['lessThan', '2026-01-02', '2026-01-02', false],
    ['greaterThan', '2026-01-03', '2026-01-02', true],
    ['greaterOrEqual', '2026-01-02', '2026-01-02', true],
  ] as const)('%s: %s against %s is %s', (operator, value, limit, holds) => {
    expect(evaluateClause(c(operator, limit), value)).toBe(holds);
  });

  it.each<[Operator, AnswerValue | undefined, string | number | undefined, boolean]>([
    ['lessThan', undefined, 5, false],
    ['greaterThan', '', 5, false],
    ['greaterThan', 7, '5', false],
    ['greaterThan', 7, undefined, false],
    ['equals', 'a', 'a', true],
    ['equals', undefined, 'a', false],
    ['notEquals', undefined, 'a', true],
    ['notEquals', 'a', 'a', false],
    ['notEquals', 'b', 'a', true],
    ['includes', ['a', 'b'], 'b', true],
    ['includes', ['a'], 'b', false],
    ['includes', 'b', 'b', false],
    ['includes', ['b'], undefined, false],
    ['checked', true, undefined, true],
    ['checked', 'ja', undefined, false],
    ['answered', '  ', undefined, false],
    ['answered', [], undefined, false],
    ['answered', Number.NaN, undefined, false],
    ['answered', 0, undefined, true],
    ['notAnswered', undefined, undefined, true],
    ['notAnswered', 'x', undefined, false],
  ])('%s with %j against %j is %s', (operator, value, expected, holds) => {
    expect(evaluateClause(c(operator, expected), value)).toBe(holds);
  });
});

describe('answer checks at each limit', () => {
  const t = buildTree([
    number('Vikt', 'kg', { min: 10, max: 20, decimals: 1 }),
    text('Fri', { maxLength: 5 }),
    date('Dag'),
  ]);
  const kinds = (term: string, value: AnswerValue) =>
    checkAnswers(t.document, t.catalog, t.answers([[term, value]])).map((p) => p.kind);

  it.each([
    [9.9, ['belowMin']],
    [10, []],
    [20, []],
    [20.1, ['aboveMax']],
    [15.5, []],
    [15.55, ['tooManyDecimals']],
    [1e21, ['aboveMax']],
  ])('Vikt %d: %j', (value, expected) => {
    expect(kinds('Vikt', value)).toEqual(expected);
  });

  it.each([
    ['abcd', []],
    ['abcde', []],
    ['abcdef', ['tooLong']],
  ])('Fri %j: %j', (value, expected) => {
    expect(kinds('Fri', value)).toEqual(expected);
  });

  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-4-1', false],
    ['2026-12-31', true],
  ])('the date %s exists: %s', (text, exists) => {
    expect(isValidDate(text)).toBe(exists);
    expect(kinds('Dag', text)).toEqual(exists ? [] : ['invalidDate']);
  });

  it('names the limit', () => {
    expect(checkAnswers(t.document, t.catalog, t.answers([['Vikt', 21]]))).toEqual([
      { nodeId: t.node('Vikt'), kind: 'aboveMax', limit: 20 },
    ]);
    expect(checkAnswers(t.document, t.catalog, t.answers([['Fri', 'abcdef']]))).toEqual([
      { nodeId: t.node('Fri'), kind: 'tooLong', limit: 5 },
    ]);
  });
});

describe('score bands: the band whose min and max hold the score', () => {
  const bands = {
    id: 's',
    term: 'S',
    type: 'score' as const,
    status: 'active' as const,
    bands: [
      { min: 0, max: 4, label: 'Minimal' },
      { min: 5, max: 9, label: 'Lindrig' },
    ],
  };
  it.each([
    [0, 'Minimal'],
    [4, 'Minimal'],
    [5, 'Lindrig'],
    [9, 'Lindrig'],
    [10, undefined],
    [-1, undefined],
  ])('%d: %s', (score, band) => {
    expect(getScoreBand(bands, score)).toBe(band);
  });
});
