import type { Clause, Keyword } from '../domain/model.ts';
import { getOptions } from '../domain/model.ts';
import { getTypeSpec } from '../domain/keyword-types.ts';
import type { EnableOperator, FhirEnableWhen } from './fhir-types.ts';
import { optionSystem, YES_NO_SYSTEM } from './fhir-urls.ts';
import { getItemType } from './fhir-item-type.ts';

const OPERATORS: Record<Clause['operator'], EnableOperator> = {
  checked: '=',
  equals: '=',
  notEquals: '!=',
  includes: '=',
  answered: 'exists',
  notAnswered: 'exists',
  lessThan: '<',
  lessOrEqual: '<=',
  greaterThan: '>',
  greaterOrEqual: '>=',
};

/** The code system of a keyword's options: the shared yes/no system for a built-in list, else its own. */
export function optionSystemOf(keyword: Keyword): string {
  return getTypeSpec(keyword.type).options === 'own' ? optionSystem(keyword.id) : YES_NO_SYSTEM;
}

/** A clause as FHIR enableWhen, typed by its source: a boolean, an integer or decimal, a date, a string or a coding. */
export function toEnableWhen(clause: Clause, source: Keyword | undefined): FhirEnableWhen {
  const operator = OPERATORS[clause.operator];
  const at = { question: clause.source, operator };
  if (clause.operator === 'answered') return { ...at, answerBoolean: true };
  if (clause.operator === 'notAnswered') return { ...at, answerBoolean: false };
  const spec = source && getTypeSpec(source.type);
  if (clause.operator === 'checked' || spec?.answer === 'tick') return { ...at, answerBoolean: true };
  // A boolean Ja/Nej: Ja is true, Nej false, for = and != alike.
  if (source?.booleanAnswer && spec?.answer === 'option')
    return { ...at, answerBoolean: clause.value === 'ja' };
  const value = clause.value;
  if (typeof value === 'number') {
    return source && getItemType(source, false) === 'integer' && Number.isInteger(value)
      ? { ...at, answerInteger: value }
      : { ...at, answerDecimal: value };
  }
  if (spec?.conditionValue === 'date') return { ...at, answerDate: String(value) };
  if (spec?.answer === 'text') return { ...at, answerString: String(value) };
  const system = source ? optionSystemOf(source) : optionSystem('');
  const label = source && getOptions(source).find((o) => o.id === value)?.label;
  return { ...at, answerCoding: { system, code: String(value), ...(label && { display: label }) } };
}
