import type { Catalog, Keyword } from '../domain/model.ts';
import { usesField } from '../domain/keyword-types.ts';

/** The words answer rules are described with (from i18n). */
export interface RuleWords {
  readonly range: (min: string, max: string) => string;
  readonly atLeast: (min: string) => string;
  readonly atMost: (max: string) => string;
  readonly decimals: (n: number) => string;
  readonly singleLine: string;
  readonly openChoice: string;
  readonly minLength: (n: number) => string;
  readonly maxLength: (n: number) => string;
  readonly pattern: (hint: string) => string;
  readonly notInFuture: string;
  readonly notInPast: string;
  readonly notBefore: (term: string) => string;
  readonly missingItems: (max: number, prorate: boolean) => string;
}

const decimal = (n: number) => String(n).replace('.', ',');

/**
 * Every answer rule of a keyword in words, one phrase each: what the specification and the CSV
 * write under "Regler" (the preview enforces the same rules, domain/answer-checks.ts).
 */
export function describeRules(keyword: Keyword, catalog: Catalog, words: RuleWords): string[] {
  const out: string[] = [];
  const typed = usesField(keyword.type, 'decimals');
  if (typed) {
    const { min, max } = keyword;
    if (min !== undefined && max !== undefined) out.push(words.range(decimal(min), decimal(max)));
    else if (min !== undefined) out.push(words.atLeast(decimal(min)));
    else if (max !== undefined) out.push(words.atMost(decimal(max)));
    if (keyword.decimals !== undefined) out.push(words.decimals(keyword.decimals));
  }
  if (usesField(keyword.type, 'singleLine') && keyword.singleLine) out.push(words.singleLine);
  if (usesField(keyword.type, 'openChoice') && keyword.openChoice) out.push(words.openChoice);
  if (usesField(keyword.type, 'minLength') && keyword.minLength !== undefined)
    out.push(words.minLength(keyword.minLength));
  if (usesField(keyword.type, 'maxLength') && keyword.maxLength !== undefined)
    out.push(words.maxLength(keyword.maxLength));
  if (usesField(keyword.type, 'pattern') && keyword.pattern !== undefined)
    out.push(words.pattern(keyword.patternHint ?? keyword.pattern));
  if (usesField(keyword.type, 'notInFuture') && keyword.notInFuture) out.push(words.notInFuture);
  if (usesField(keyword.type, 'notInPast') && keyword.notInPast) out.push(words.notInPast);
  if (usesField(keyword.type, 'notBefore') && keyword.notBefore !== undefined)
    out.push(words.notBefore(catalog.get(keyword.notBefore)?.term ?? keyword.notBefore));
  if (usesField(keyword.type, 'missingItems') && keyword.missingItems)
    out.push(words.missingItems(keyword.missingItems.max, keyword.missingItems.prorate === true));
  return out;
}
