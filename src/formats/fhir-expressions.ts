/**
 * FHIRPath expressions an imported item carries (SDC calculatedExpression, enableWhenExpression,
 * variables): kept verbatim and written back, but not evaluated by our preview, which shows them
 * read-only beside the field so nobody mistakes the preview for what a FHIR renderer computes.
 */
import type { TreeDocument } from '../domain/model.ts';
import { VARIABLE_EXT } from './fhir-urls.ts';

export type ExpressionKind = 'calculated' | 'enableWhen' | 'variable';

export interface KeptExpression {
  readonly kind: ExpressionKind;
  readonly expression: string;
  /** A variable's name (%name). */
  readonly name?: string;
}

const SDC = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-';
const KINDS: Readonly<Record<string, ExpressionKind>> = {
  [`${SDC}calculatedExpression`]: 'calculated',
  [`${SDC}enableWhenExpression`]: 'enableWhen',
  [VARIABLE_EXT]: 'variable',
};

/** The kept expressions of each node, by node id. */
export function getKeptExpressions(document: TreeDocument): ReadonlyMap<string, readonly KeptExpression[]> {
  const out = new Map<string, KeptExpression[]>();
  for (const entry of document.keptFromImport ?? []) {
    const kind = KINDS[entry.what];
    if (!kind || entry.where === '') continue;
    const value = JSON.parse(entry.json) as { valueExpression?: { expression?: unknown; name?: unknown } };
    const expression = value.valueExpression?.expression;
    if (typeof expression !== 'string') continue;
    const name = value.valueExpression?.name;
    const list = out.get(entry.where) ?? [];
    list.push({ kind, expression, ...(typeof name === 'string' && { name }) });
    out.set(entry.where, list);
  }
  return out;
}
