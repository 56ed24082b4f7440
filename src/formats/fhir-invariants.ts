import type { FhirItem, Questionnaire } from './fhir-types.ts';
import { validateFhirQuestionnaire } from './generated/fhir-questionnaire.js';

/** Where a Questionnaire breaks the official R4 JSON Schema: the first place, in words ("R4 /item/0/repeats: must be boolean"). */
export function schemaViolations(questionnaire: Questionnaire): string[] {
  if (validateFhirQuestionnaire(questionnaire)) return [];
  const error = validateFhirQuestionnaire.errors?.[0];
  return [`R4 ${error?.instancePath || '/'}: ${error?.message ?? 'invalid'}`];
}

const ANSWER_TYPES = new Set([
  'choice',
  'open-choice',
  'decimal',
  'integer',
  'date',
  'dateTime',
  'time',
  'string',
  'quantity',
]);
const MAX_LENGTH_TYPES = new Set(['boolean', 'decimal', 'integer', 'string', 'text', 'url', 'open-choice']);

/**
 * The R4 Questionnaire invariants que-1 to que-12 (fhir-mapping.md §1) that a JSON Schema cannot
 * express, as readable violations ("que-1 item x: a group must have items"); empty when all hold.
 * que-12 uses the corrected rule (more than one enableWhen needs enableBehavior).
 */
export function findQuestionnaireViolations(questionnaire: Questionnaire): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const stack: FhirItem[] = [...(questionnaire.item ?? [])];
  while (stack.length > 0) {
    const item = stack.pop()!;
    const at = `item ${item.linkId}`;
    const children = item.item ?? [];
    const display = item.type === 'display';
    if (item.type === 'group' && children.length === 0) out.push(`que-1 ${at}: a group must have items`);
    if (display && children.length > 0) out.push(`que-1 ${at}: a display item cannot have items`);
    if (seen.has(item.linkId)) out.push(`que-2 ${at}: linkId is not unique`);
    seen.add(item.linkId);
    if (display && item.code?.length) out.push(`que-3 ${at}: a display item cannot have a code`);
    if (item.answerOption?.length && item.answerValueSet !== undefined)
      out.push(`que-4 ${at}: answerOption and answerValueSet together`);
    if ((item.answerOption?.length || item.answerValueSet !== undefined) && !ANSWER_TYPES.has(item.type))
      out.push(`que-5 ${at}: type ${item.type} cannot have answer options`);
    if (display && (item.required !== undefined || item.repeats !== undefined))
      out.push(`que-6 ${at}: a display item cannot be required or repeat`);
    for (const when of item.enableWhen ?? [])
      if (when.operator === 'exists' && typeof when.answerBoolean !== 'boolean')
        out.push(`que-7 ${at}: exists needs answerBoolean`);
    if ((display || item.type === 'group') && item.initial !== undefined)
      out.push(`que-8 ${at}: a group or display item cannot have initial`);
    if (display && item.readOnly !== undefined) out.push(`que-9 ${at}: a display item cannot be readOnly`);
    if (item.maxLength !== undefined && !MAX_LENGTH_TYPES.has(item.type))
      out.push(`que-10 ${at}: maxLength on type ${item.type}`);
    if (item.answerOption?.length && item.initial !== undefined)
      out.push(`que-11 ${at}: answerOption with initial`);
    if ((item.enableWhen?.length ?? 0) > 1 && item.enableBehavior === undefined)
      out.push(`que-12 ${at}: several enableWhen need enableBehavior`);
    stack.push(...children);
  }
  return out;
}
