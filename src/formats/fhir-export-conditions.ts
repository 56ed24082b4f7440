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
  if (getTypeSpec(keyword.type).options !== 'own') return YES_NO_SYSTEM;
  return keyword.optionSystem ?? optionSystem(keyword.id);
}

/**
 * An option as a FHIR Coding: the value list's system (none when it has none) and the option id
 * as the code; the label as display (unless, in a list read from elsewhere, it only repeats the code).
 */
export function optionCoding(keyword: Keyword, id: string, label: string | undefined) {
  const system = optionSystemOf(keyword);
  return {
    ...(system !== '' && { system }),
    code: id,
    // A list read from elsewhere may have had codes without display: the label then is the code.
    ...(label !== undefined && !(keyword.optionSystem !== undefined && label === id) && { display: label }),
  };
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
  if (spec?.conditionValue === 'dateTime') return { ...at, answerDateTime: String(value) };
  if (spec?.answer === 'text') return { ...at, answerString: String(value) };
  if (!source) return { ...at, answerCoding: { system: optionSystem(''), code: String(value) } };
  const option = getOptions(source).find((o) => o.id === value);
  // Words an open choice takes besides its values.
  if (!option && source.openChoice) return { ...at, answerString: String(value) };
  const label = option?.label;
  return { ...at, answerCoding: optionCoding(source, String(value), label) };
}
