/*
 * What the FHIR import (fhir-import.ts) maps and what it keeps verbatim for the export to write
 * back: the item and root elements it knows, our own extensions, and what a keyword type does not
 * model.
 */
import type { KeptEntry, KeywordType } from '../domain/model.ts';
import { getTypeSpec } from '../domain/keyword-types.ts';
import type { FhirExtension } from './fhir-types.ts';
import { EXT, linkIdPrefixOf, RULE_EXT } from './fhir-urls.ts';
import { isOwnNotBefore } from './fhir-answer-rules.ts';
import { findExtension, type Json } from './fhir-json.ts';
import { KEPT_ITEM_TYPES } from './fhir-item-type.ts';

/** The keyword type each FHIR item type is held as when that is its natural home: no conversion to report. */
export const NATURAL: Readonly<Record<string, readonly KeywordType[]>> = {
  group: ['heading'],
  display: ['heading'],
  boolean: ['check', 'yesNo'],
  choice: ['singleChoice', 'multipleChoice', 'yesNo'],
  'open-choice': ['singleChoice', 'multipleChoice'],
  integer: ['number', 'score'],
  decimal: ['number', 'score'],
  date: ['date'],
  dateTime: ['dateTime'],
  text: ['text'],
  string: ['text'],
};

/** Item elements the import maps; anything else is kept verbatim. */
export const KNOWN_ITEM_KEYS = new Set([
  'linkId',
  'text',
  'type',
  'code',
  'extension',
  'enableWhen',
  'enableBehavior',
  'required',
  'repeats',
  'readOnly',
  'maxLength',
  'answerOption',
  'answerValueSet',
  'item',
]);
export const KNOWN_ROOT_KEYS = new Set([
  'resourceType',
  'id',
  'url',
  'version',
  'title',
  'status',
  'language',
  'description',
  'date',
  'extension',
  'item',
]);
export const KNOWN_EXTENSIONS: ReadonlySet<string> = new Set(Object.values(EXT));

/** A subQuestionnaire display item as we export an include. */
export const isOwnInclude = (item: Json) =>
  item.type === 'display' && typeof findExtension(item, EXT.subQuestionnaire)?.valueCanonical === 'string';

/** The linkIdPrefix variable our export gives an include (regenerated on export, so not kept). */
export const isOwnPrefix = (item: Json, extension: FhirExtension) =>
  isOwnInclude(item) && JSON.stringify(extension) === JSON.stringify(linkIdPrefixOf(String(item.linkId)));

/** Rule extensions the import maps onto a text item's keyword, or that our export regenerates. */
export const TEXT_RULES: ReadonlySet<string> = new Set([
  RULE_EXT.minLength,
  RULE_EXT.regex,
  RULE_EXT.entryFormat,
]);
export const isMappedRule = (item: Json, extension: FhirExtension) =>
  (TEXT_RULES.has(extension.url) && (item.type === 'string' || item.type === 'text')) ||
  isOwnNotBefore(extension);

/**
 * Elements the import reads but the keyword's type does not model, kept verbatim so the export
 * writes them back: an item type we hold as another (KEPT_ITEM_TYPES), required on a group or display, repeats other than on a multiple choice,
 * readOnly other than on a score.
 */
export function keepUnmodelled(item: Json, type: KeywordType, keepElement: (what: string) => void) {
  const spec = getTypeSpec(type);
  // An item type without a keyword type of its own (quantity or time as text, a choice
  // without answers as text) goes back as it came.
  if (typeof item.type === 'string' && item.type in KEPT_ITEM_TYPES && !NATURAL[item.type]?.includes(type))
    keepElement('type');
  if (item.required === true && spec.answer === 'none') keepElement('required');
  if (item.repeats === true && !spec.fhir.repeats) keepElement('repeats');
  if (item.readOnly === true && !spec.fhir.readOnly) keepElement('readOnly');
  // An answer list the type does not read (on a string, integer, date or time) goes back as it came.
  if (spec.fhir.item !== 'choice') {
    if (item.answerOption !== undefined) keepElement('answerOption');
    if (item.answerValueSet !== undefined) keepElement('answerValueSet');
  }
}

export function keep(out: KeptEntry[], where: string, what: string, value: unknown) {
  // Whole, never cut: a cut JSON text could not be written back (the file limit bounds its size).
  out.push({ where, what, json: JSON.stringify(value) });
}
