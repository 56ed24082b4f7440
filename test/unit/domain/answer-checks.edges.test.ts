import { describe, expect, it } from 'vitest';
import type { AnswerValue, Keyword, KeywordNode } from '../../../src/domain/model.ts';
import { checkAnswer, isValidDate, isValidDateTime } from '../../../src/domain/answer-checks.ts';

// Every answer rule at its edge: one below, at and one above; every date and time format edge.
const TODAY = '2026-12-03';
const node: KeywordNode = { id: 'n', keywordId: 'k' };
const kw = (type: Keyword['type'], extra: Partial<Keyword> = {}): Keyword => ({
  id: 'k',
  term: 'Fält',
  type,
  status: 'active',
  ...extra,
});
const check = (keyword: Keyword, value: AnswerValue | undefined, other?: string, on = node) =>
  checkAnswer(
    on,
    keyword,
    value,
    TODAY,
    () => other,
    new Map([['start', kw('date', { id: 'start', term: 'Start' })]]),
  );

describe('isValidDate and isValidDateTime', () => {
  it.each(['2026-02-28', '2024-02-29', '2026-12-31', '0001-01-01', '0099-12-31'])('%s is a date', (text) => {
    expect(isValidDate(text)).toBe(true);
  });
  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-01-00',
    '26-01-01',
    '2026-1-01',
    '2026-01-1',
    'x2026-01-01',
    '2026-01-01x',
    'abcd-01-01',
    '2026-ab-01',
    '2026-01-ab',
  ])('%s is not', (text) => {
    expect(isValidDate(text)).toBe(false);
  });
  it.each(['2026-12-03T00:00', '2026-12-03T23:59', '2026-12-03T19:05', '2026-12-03T09:30'])(
    '%s is a date and time',
    (text) => {
      expect(isValidDateTime(text)).toBe(true);
    },
  );
  it.each([
    '2026-12-03T24:00',
    '2026-12-03T23:60',
    '2026-12-03T30:00',
    '2026-12-03T9:30',
    '2026-12-03T09:3',
    '2026-12-03Tab:30',
    '2026-12-03T09:ab',
    '2026-12-03T09:30x',
    '2026-12-03Tx09:30',
    '2026-12-03T09:30T09:30',
    '2026-02-30T09:30',
    '2026-12-03',
    'T09:30',
  ])('%s is not', (text) => {
    expect(isValidDateTime(text)).toBe(false);
  });
});

describe('checkAnswer at the edges of each rule', () => {
  it('a number below, at and above Min and Max; decimals at and over the limit', () => {
    const tal = kw('number', { min: 1, max: 10, decimals: 1 });
    expect(check(tal, 0.9)).toEqual({ nodeId: 'n', kind: 'belowMin', limit: 1 });
    expect(check(tal, 1)).toBeUndefined();
    expect(check(tal, 10)).toBeUndefined();
    expect(check(tal, 10.1)).toEqual({ nodeId: 'n', kind: 'aboveMax', limit: 10 });
    expect(check(tal, 2.5)).toBeUndefined();
    expect(check(tal, 2.25)).toEqual({ nodeId: 'n', kind: 'tooManyDecimals', limit: 1 });
    // Written with an exponent, a number has no decimals to count.
    expect(check(kw('number', { decimals: 0 }), 1e21)).toBeUndefined();
    expect(check(kw('number'), -5)).toBeUndefined();
  });

  it('a text one below, at and one above its lengths; the minimum counts what is not blank', () => {
    const text = kw('text', { minLength: 2, maxLength: 4 });
    expect(check(text, 'abcde')).toEqual({ nodeId: 'n', kind: 'tooLong', limit: 4 });
    expect(check(text, 'abcd')).toBeUndefined();
    expect(check(text, 'ab')).toBeUndefined();
    expect(check(text, 'a')).toEqual({ nodeId: 'n', kind: 'tooShort', limit: 2 });
    expect(check(text, ' a  ')).toEqual({ nodeId: 'n', kind: 'tooShort', limit: 2 });
    expect(check(kw('text'), 'x'.repeat(5000))).toBeUndefined();
  });

  it('a pattern: the whole answer must match, named by its hint or else the pattern', () => {
    expect(check(kw('text', { pattern: '[0-9]{4}' }), '12345')).toEqual({
      nodeId: 'n',
      kind: 'patternMismatch',
      hint: '[0-9]{4}',
    });
    expect(check(kw('text', { pattern: '[0-9]{4}', patternHint: 'Fyra siffror' }), 'a1234')).toEqual({
      nodeId: 'n',
      kind: 'patternMismatch',
      hint: 'Fyra siffror',
    });
    expect(check(kw('text', { pattern: '[0-9]{4}' }), '1234')).toBeUndefined();
    // A pattern that does not compile checks nothing here (Kontroll names it).
    expect(check(kw('text', { pattern: '([' }), 'vad som helst')).toBeUndefined();
  });

  it('required only when unanswered; a heading and a score are nobody’s to answer', () => {
    const required = { ...node, required: true };
    expect(check(kw('text'), undefined, undefined, required)).toEqual({ nodeId: 'n', kind: 'required' });
    expect(check(kw('text'), undefined)).toBeUndefined();
    expect(check(kw('heading'), undefined, undefined, required)).toBeUndefined();
    expect(check(kw('score'), undefined, undefined, required)).toBeUndefined();
    // A list answer (multiple choice) or a boolean has no further rule.
    expect(check(kw('multipleChoice', { options: [{ id: 'a', label: 'A' }] }), ['a'])).toBeUndefined();
    expect(check(kw('check'), true)).toBeUndefined();
    // A yes/no answer is a string with no text rules, whatever the keyword carries.
    expect(check(kw('yesNo', { maxLength: 1 }), 'nej')).toBeUndefined();
  });

  it('a date: one day before, on and after today for notInFuture and notInPast', () => {
    const future = kw('date', { notInFuture: true });
    expect(check(future, '2026-12-04')).toEqual({ nodeId: 'n', kind: 'inFuture', today: TODAY });
    expect(check(future, TODAY)).toBeUndefined();
    const past = kw('date', { notInPast: true });
    expect(check(past, '2026-12-02')).toEqual({ nodeId: 'n', kind: 'inPast', today: TODAY });
    expect(check(past, TODAY)).toBeUndefined();
    expect(check(kw('date'), '2026-02-30')).toEqual({ nodeId: 'n', kind: 'invalidDate' });
  });

  it('notBefore: a day before the other date is refused, the same day is not; no valid other date, no rule', () => {
    const slut = kw('date', { notBefore: 'start' });
    expect(check(slut, '2026-11-30', '2026-12-01')).toEqual({
      nodeId: 'n',
      kind: 'beforeDate',
      otherTerm: 'Start',
      otherDate: '2026-12-01',
    });
    expect(check(slut, '2026-12-01', '2026-12-01')).toBeUndefined();
    expect(check(slut, '2026-11-30', '2026-02-30')).toBeUndefined();
    expect(check(slut, '2026-11-30', undefined)).toBeUndefined();
    // The other keyword missing from the catalogue: named by its id.
    expect(check(kw('date', { notBefore: 'borta' }), '2026-11-30', '2026-12-01')).toMatchObject({
      otherTerm: 'borta',
    });
  });

  it('a date and time: the day decides notInFuture and notInPast', () => {
    const future = kw('dateTime', { notInFuture: true });
    expect(check(future, '2026-12-03T23:59')).toBeUndefined();
    expect(check(future, '2026-12-04T00:00')).toEqual({ nodeId: 'n', kind: 'inFuture', today: TODAY });
    const past = kw('dateTime', { notInPast: true });
    expect(check(past, '2026-12-02T23:59')).toEqual({ nodeId: 'n', kind: 'inPast', today: TODAY });
    expect(check(past, '2026-12-03T00:00')).toBeUndefined();
    expect(check(kw('dateTime'), '2026-12-03 10:00')).toEqual({ nodeId: 'n', kind: 'invalidDateTime' });
  });
});
