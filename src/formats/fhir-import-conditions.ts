/** FHIR enableWhen as our conditions' clauses. */
import type { Clause, KeywordType } from '../domain/model.ts';
import { getTypeSpec } from '../domain/keyword-types.ts';
import type { FhirEnableWhen } from './fhir-types.ts';

/** A FHIR enableWhen as one of our clauses, given the source's keyword type. */
export function toClause(when: FhirEnableWhen, source: string, sourceType: KeywordType | undefined): Clause {
  const { operator } = when;
  if (operator === 'exists')
    return { source, operator: when.answerBoolean === false ? 'notAnswered' : 'answered' };
  const value =
    when.answerCoding?.code ??
    when.answerInteger ??
    when.answerDecimal ??
    when.answerDate ??
    when.answerDateTime ??
    when.answerTime ??
    when.answerString;
  if (when.answerBoolean !== undefined) {
    if (sourceType && getTypeSpec(sourceType).answer === 'tick')
      return { source, operator: when.answerBoolean === (operator === '=') ? 'checked' : 'notAnswered' };
    return {
      source,
      operator: operator === '!=' ? 'notEquals' : 'equals',
      value: when.answerBoolean ? 'ja' : 'nej',
    };
  }
  const ORDER = { '<': 'lessThan', '<=': 'lessOrEqual', '>': 'greaterThan', '>=': 'greaterOrEqual' } as const;
  if (operator in ORDER)
    return { source, operator: ORDER[operator as keyof typeof ORDER], value: value ?? '' };
  if (operator === '=' && sourceType && getTypeSpec(sourceType).answer === 'options')
    return { source, operator: 'includes', value: value ?? '' };
  return { source, operator: operator === '!=' ? 'notEquals' : 'equals', value: value ?? '' };
}
