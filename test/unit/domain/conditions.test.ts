import { describe, expect, it } from 'vitest';
import type { Clause, Keyword } from '../../../src/domain/model.ts';
import { getClauseProblem } from '../../../src/domain/conditions.ts';

// What a clause may compare its source with, per kind of value: the edges of each rule.
const kw = (type: Keyword['type'], extra: Partial<Keyword> = {}): Keyword => ({
  id: `k-${type}`,
  term: type,
  type,
  status: 'active',
  ...extra,
});
const equals = (value: string | number): Clause => ({ source: 's', operator: 'equals', value });
const wrong = (value: string | number, expected: string) => ({
  code: 'CONDITION_VALUE_WRONG_TYPE',
  params: { value, expected },
});

describe('getClauseProblem', () => {
  it('refuses an operator the source type does not have, naming both; an include has none', () => {
    expect(getClauseProblem({ source: 's', operator: 'greaterThan', value: 1 }, kw('yesNo'))).toEqual({
      code: 'CONDITION_OPERATOR_NOT_ALLOWED',
      params: { operator: 'greaterThan', sourceType: 'yesNo' },
    });
    expect(getClauseProblem({ source: 's', operator: 'answered' }, undefined)).toEqual({
      code: 'CONDITION_OPERATOR_NOT_ALLOWED',
      params: { operator: 'answered', sourceType: 'fragment' },
    });
    expect(getClauseProblem({ source: 's', operator: 'checked' }, kw('check'))).toBeUndefined();
  });

  it('asks a valued operator for its value', () => {
    expect(getClauseProblem({ source: 's', operator: 'equals' }, kw('number'))).toEqual({
      code: 'CONDITION_VALUE_MISSING',
      params: { operator: 'equals' },
    });
  });

  it('takes numbers for numbers and scores, text for text', () => {
    expect(getClauseProblem(equals(3), kw('number'))).toBeUndefined();
    expect(getClauseProblem(equals('3'), kw('number'))).toEqual(wrong('3', 'number'));
    expect(getClauseProblem(equals('3'), kw('score'))).toEqual(wrong('3', 'number'));
    expect(getClauseProblem(equals('ord'), kw('text'))).toBeUndefined();
    expect(getClauseProblem(equals(3), kw('text'))).toEqual(wrong(3, 'text'));
  });

  it.each(['2022', '2022-09', '2022-09-01'])('takes the date %s (year, month or day)', (value) => {
    expect(getClauseProblem(equals(value), kw('date'))).toBeUndefined();
  });

  it.each([
    '22-09-01',
    '202-09-01',
    '2022-9-01',
    '2022-09-1',
    'x2022-09-01',
    '2022-09-01x',
    'abcd',
    '2022-ab',
    '2022-09-ab',
    '2022-09-01T10:00:00Z',
  ])('refuses %s as a date', (value) => {
    expect(getClauseProblem(equals(value), kw('date'))).toEqual(wrong(value, 'date'));
  });

  it('refuses a number as a date or a dateTime', () => {
    expect(getClauseProblem(equals(2022), kw('date'))).toEqual(wrong(2022, 'date'));
    expect(getClauseProblem(equals(2022), kw('dateTime'))).toEqual(wrong(2022, 'dateTime'));
  });

  it.each([
    '2022',
    '2022-09',
    '2022-09-01',
    '2022-09-01T10:20:30Z',
    '2022-09-01T10:20:30.5+01:00',
    '2022-09-01T10:20:30.123456789-05:30',
  ])('takes the dateTime %s', (value) => {
    expect(getClauseProblem(equals(value), kw('dateTime'))).toBeUndefined();
  });

  it.each([
    'x2022-09-01T10:20:30Z',
    '2022-09-01T10:20:30Zx',
    '22-09-01T10:20:30Z',
    'abcd-09-01T10:20:30Z',
    '2022-9-01T10:20:30Z',
    '2022-ab-01T10:20:30Z',
    '2022-09-1T10:20:30Z',
    '2022-09-abT10:20:30Z',
    '2022-09-01T1:20:30Z',
    '2022-09-01Tab:20:30Z',
    '2022-09-01T10:2:30Z',
    '2022-09-01T10:ab:30Z',
    '2022-09-01T10:20:3Z',
    '2022-09-01T10:20:abZ',
    '2022-09-01T10:20Z',
    '2022-09-01T10:20:30',
    '2022-09-01T10:20:30.Z',
    '2022-09-01T10:20:30.abZ',
    '2022-09-01T10:20:30.1234567890Z',
    '2022-09-01T10:20:30*01:00',
    '2022-09-01T10:20:30+0100',
    '2022-09-01T10:20:30+1:00',
    '2022-09-01T10:20:30+01:0',
    '2022-09-01T10:20:30+ab:00',
    '2022-09-01T10:20:30+01:ab',
  ])('refuses %s as a dateTime', (value) => {
    expect(getClauseProblem(equals(value), kw('dateTime'))).toEqual(wrong(value, 'dateTime'));
  });

  it('takes one of the value list, or words for an open choice, or any code of a ValueSet not here', () => {
    const options = [{ id: 'a', label: 'A' }];
    const notOption = (value: string | number) => ({ code: 'CONDITION_VALUE_NOT_OPTION', params: { value } });
    expect(getClauseProblem(equals('a'), kw('singleChoice', { options }))).toBeUndefined();
    expect(getClauseProblem(equals('b'), kw('singleChoice', { options }))).toEqual(notOption('b'));
    expect(getClauseProblem(equals('nej'), kw('yesNo'))).toBeUndefined();
    expect(getClauseProblem(equals('kanske'), kw('yesNo'))).toEqual(notOption('kanske'));
    const open = kw('singleChoice', { options, openChoice: true });
    expect(getClauseProblem(equals('fritt'), open)).toBeUndefined();
    expect(getClauseProblem(equals(3), open)).toEqual(notOption(3));
    // A list named by a ValueSet: any code while it has no options here; one of them once it has.
    const valueSet = 'http://example.org/ValueSet/x';
    expect(getClauseProblem(equals('z'), kw('singleChoice', { valueSet, options: [] }))).toBeUndefined();
    expect(getClauseProblem(equals('z'), kw('singleChoice', { valueSet, options }))).toEqual(notOption('z'));
    // No ValueSet and no options: nothing can match.
    expect(getClauseProblem(equals('z'), kw('singleChoice', { options: [] }))).toEqual(notOption('z'));
  });
});
