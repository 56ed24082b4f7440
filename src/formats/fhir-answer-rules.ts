/**
 * A keyword's answer rules as FHIR R4 / SDC expresses them (fhir-mapping.md §5): text length and
 * pattern as the minLength and regex extensions (the pattern's words as entryFormat); "not in the
 * future / past" as maxValue / minValue calculated by `today()` or `now()` (cqf-calculatedValue);
 * "not before another date" as a targetConstraint with a FHIRPath expression. And back again.
 */
import type { Keyword, KeywordNode } from '../domain/model.ts';
import { isKeywordNode } from '../domain/model.ts';
import { getTypeSpec, usesField } from '../domain/keyword-types.ts';
import type { TreeIndex } from '../domain/tree.ts';
import type { FhirExtension } from './fhir-types.ts';
import { EXT, RULE_EXT } from './fhir-urls.ts';

/** The key prefix of the targetConstraint our export writes for notBefore (regenerated, so not kept on import). */
export const NOT_BEFORE_KEY = 'tv-not-before-';

/** A min/maxValue calculated when the form is filled in: today() for a date, now() for a dateTime. */
const calculatedBound = (url: string, withTime: boolean): FhirExtension => ({
  url,
  [withTime ? '_valueDateTime' : '_valueDate']: {
    extension: [
      {
        url: RULE_EXT.calculatedValue,
        valueExpression: { language: 'text/fhirpath', expression: withTime ? 'now()' : 'today()' },
      },
    ],
  },
});

/** The whole answer must match, as our preview checks it (FHIR renderers test the regex as given). */
export const anchored = (pattern: string) => `^(?:${pattern})$`;

/** Our anchored form back to the pattern as written; a foreign regex stays as it is. */
export function unanchored(regex: string): string {
  const match = /^\^\(\?:(.*)\)\$$/su.exec(regex);
  return match ? match[1]! : regex;
}

const quoted = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The FHIR extensions of a keyword's answer rules at one node. */
export function ruleExtensions(
  node: KeywordNode,
  keyword: Keyword,
  index: TreeIndex,
  termOf: (keywordId: string) => string,
): FhirExtension[] {
  const out: FhirExtension[] = [];
  if (usesField(keyword.type, 'minLength') && keyword.minLength !== undefined)
    out.push({ url: RULE_EXT.minLength, valueInteger: keyword.minLength });
  if (usesField(keyword.type, 'pattern') && keyword.pattern !== undefined) {
    out.push({ url: RULE_EXT.regex, valueString: anchored(keyword.pattern) });
    if (keyword.patternHint) out.push({ url: RULE_EXT.entryFormat, valueString: keyword.patternHint });
  }
  const withTime = getTypeSpec(keyword.type).answer === 'dateTime';
  if (usesField(keyword.type, 'notInPast') && keyword.notInPast)
    out.push(calculatedBound(EXT.minValue, withTime));
  if (usesField(keyword.type, 'notInFuture') && keyword.notInFuture)
    out.push(calculatedBound(EXT.maxValue, withTime));
  if (!usesField(keyword.type, 'notBefore')) return out;
  const other =
    keyword.notBefore === undefined
      ? undefined
      : index.ordered.find(({ node: n }) => isKeywordNode(n) && n.keywordId === keyword.notBefore)?.node;
  if (other) {
    const otherValue = `%resource.repeat(item).where(linkId=${quoted(other.id)}).answer.value`;
    out.push({
      url: RULE_EXT.targetConstraint,
      extension: [
        { url: 'key', valueId: `${NOT_BEFORE_KEY}${node.id}`.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64) },
        { url: 'severity', valueCode: 'error' },
        {
          url: 'expression',
          valueExpression: {
            language: 'text/fhirpath',
            expression: `answer.value.empty() or ${otherValue}.empty() or answer.value.first() >= ${otherValue}.first()`,
          },
        },
        { url: 'human', valueString: `${keyword.term} får inte ligga före ${termOf(keyword.notBefore!)}.` },
      ],
    });
  }
  return out;
}

/** True for a min/maxValue calculated as today() or now(), as ruleExtensions writes it. */
export function isTodayBound(extension: FhirExtension | undefined): boolean {
  const element = extension?._valueDate ?? extension?._valueDateTime;
  const calculated = element?.extension?.find((e) => e.url === RULE_EXT.calculatedValue);
  const expression = calculated?.valueExpression?.expression?.replace(/\s/g, '');
  return (
    extension?.valueDate === undefined &&
    extension?.valueDateTime === undefined &&
    (expression === 'today()' || expression === 'now()')
  );
}

/** True for the notBefore targetConstraint our export writes. */
export function isOwnNotBefore(extension: FhirExtension): boolean {
  if (extension.url !== RULE_EXT.targetConstraint) return false;
  const key = extension.extension?.find((e) => e.url === 'key')?.valueId;
  return typeof key === 'string' && key.startsWith(NOT_BEFORE_KEY);
}
