import type { Clause, Keyword } from './model.ts';
import { getOptions, VALUELESS_OPERATORS } from './model.ts';
import { assertNever, getTypeSpec } from './keyword-types.ts';

/** A date as FHIR writes one: the year, the month or the day (a condition may compare with "2022-09"). */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** A FHIR dateTime: a date as above, or a day with a time and its zone (as an imported form has it). */
const FHIR_DATE_TIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** Why a clause does not fit its source keyword, if it does not: the code and its message parameters. */
export type ClauseProblem =
  | { code: 'CONDITION_OPERATOR_NOT_ALLOWED'; params: { operator: string; sourceType: string } }
  | { code: 'CONDITION_VALUE_MISSING'; params: { operator: string } }
  | {
      code: 'CONDITION_VALUE_WRONG_TYPE';
      /** `expected`: the kind of value the source compares with (put in words by i18n). */
      params: { value: string | number; expected: 'number' | 'text' | 'date' | 'dateTime' };
    }
  | { code: 'CONDITION_VALUE_NOT_OPTION'; params: { value: string | number } };

/**
 * Checks a clause's operator and value against the source keyword (undefined source = a fragment
 * include, which has no value): used by the rules and by commands that change a source's type.
 */
export function getClauseProblem(clause: Clause, source: Keyword | undefined): ClauseProblem | undefined {
  const allowed = source ? getTypeSpec(source.type).operators : [];
  if (!allowed.includes(clause.operator)) {
    return {
      code: 'CONDITION_OPERATOR_NOT_ALLOWED',
      params: { operator: clause.operator, sourceType: source?.type ?? 'fragment' },
    };
  }
  if (VALUELESS_OPERATORS.has(clause.operator) || !source) return undefined;
  if (clause.value === undefined)
    return { code: 'CONDITION_VALUE_MISSING', params: { operator: clause.operator } };
  const value = clause.value;
  const kind = getTypeSpec(source.type).conditionValue;
  switch (kind) {
    case 'number':
      return typeof value === 'number'
        ? undefined
        : { code: 'CONDITION_VALUE_WRONG_TYPE', params: { value, expected: 'number' } };
    case 'text':
      return typeof value === 'string'
        ? undefined
        : { code: 'CONDITION_VALUE_WRONG_TYPE', params: { value, expected: 'text' } };
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value)
        ? undefined
        : { code: 'CONDITION_VALUE_WRONG_TYPE', params: { value, expected: 'date' } };
    case 'dateTime':
      return typeof value === 'string' && FHIR_DATE_TIME.test(value)
        ? undefined
        : { code: 'CONDITION_VALUE_WRONG_TYPE', params: { value, expected: 'dateTime' } };
    // A type whose operators all take no value never gets here ('none'); were a valued operator
    // added to one, its value would have to be one of its options, as for a choice.
    case 'option':
    case 'none':
      // An open choice takes words besides its values: a condition may compare with either.
      if (source.openChoice && typeof value === 'string') return undefined;
      // A value list named by a ValueSet that is not here to expand: any code may be one of it.
      return getOptions(source).some((option) => option.id === value) ||
        (source.valueSet !== undefined && getOptions(source).length === 0)
        ? undefined
        : { code: 'CONDITION_VALUE_NOT_OPTION', params: { value } };
    default:
      return assertNever(kind, 'condition value kind');
  }
}
