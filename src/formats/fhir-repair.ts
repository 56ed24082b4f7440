/**
 * Real Questionnaires are not always valid R4 (a renderer forgives a `"repeats": "true"`, a narrative
 * without its div, a date given as answerInteger). The import checks the file against the official
 * R4 JSON Schema and que-11 first and repairs what breaks them, each repair named in the import
 * report: a value of the wrong JSON type that means one thing is corrected, anything else is left out.
 * The rest of the import then only ever keeps valid R4, so every export can be valid.
 */
import { validateFhirQuestionnaire } from './generated/fhir-questionnaire.js';
import type { FhirSchemaError } from './generated/fhir-questionnaire.js';
import { asArray, isObject, type Json } from './fhir-json.ts';
import type { Conversion } from './fhir-import.ts';
import { EXT } from './fhir-urls.ts';

/** Enough for any real form; a file with more broken parts keeps the rest for the import's own checks. */
export const MAX_REPAIRS = 1000;

const STRUCTURAL: ReadonlySet<string> = new Set(['linkId', 'type', 'item']);
const MODELLED: ReadonlySet<string> = new Set(Object.values(EXT));
const isModelled = (extension: unknown) => isObject(extension) && MODELLED.has(String(extension.url));

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const TIME = /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const short = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** The enableWhen answer element a mistyped value means: a date or time given as a number element. */
function answerElementFor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (DATE.test(value)) return 'answerDate';
  if (TIME.test(value)) return 'answerTime';
  return 'answerString';
}

/** The FHIR item a JSON pointer is in ('' for the resource), and the rest of the pointer below it. */
function locate(root: Json, pointer: string): { where: string; item: Json; rest: string[] } {
  const parts = pointer.split('/').slice(1);
  let item = root;
  let where = '';
  let i = 0;
  while (parts[i] === 'item' && /^\d+$/.test(parts[i + 1] ?? '')) {
    const next = asArray(item.item)[Number(parts[i + 1])];
    if (!isObject(next)) break;
    item = next;
    where = typeof next.linkId === 'string' ? next.linkId : `item ${parts.slice(0, i + 2).join('/')}`;
    i += 2;
  }
  return { where, item, rest: parts.slice(i) };
}

/** Repairs the element the first schema error names; the repair, or undefined when none is possible. */
function repairOne(root: Json, error: FhirSchemaError): Conversion | undefined {
  const { where, item, rest } = locate(root, error.instancePath);
  const [element, ...below] = rest;
  // The item itself, its linkId and type, and what the import models from extensions: the import's
  // own checks name those (a refusal, or a placeholder as for an unreadable include).
  if (element === undefined || (where !== '' && STRUCTURAL.has(element))) return undefined;
  if (element === 'extension' && isModelled(asArray(item.extension)[Number(below[0])])) return undefined;
  const what = [element, ...below].join('.');
  let parent: unknown = item;
  for (const key of rest.slice(0, -1))
    parent = isObject(parent) || Array.isArray(parent) ? (parent as Json)[key] : undefined;
  const last = rest[rest.length - 1]!;
  if (!isObject(parent) && !Array.isArray(parent)) return undefined;
  const container = parent as Json;
  const value = container[last];
  // A value of the wrong JSON type that means one thing.
  if (
    error.keyword === 'type' &&
    error.params.type === 'boolean' &&
    (value === 'true' || value === 'false')
  ) {
    container[last] = value === 'true';
    return { where, what, from: short(value), to: String(value) };
  }
  if (
    error.keyword === 'type' &&
    error.params.type === 'array' &&
    value !== undefined &&
    !Array.isArray(value)
  ) {
    container[last] = [value];
    return { where, what, from: short(value), to: `[${short(value)}]` };
  }
  if (below.length === 2 && element === 'enableWhen' && /^answer[A-Z]/.test(last) && isObject(parent)) {
    const renamed = answerElementFor(value);
    if (renamed && renamed !== last && !(renamed in parent)) {
      delete container[last];
      container[renamed] = value;
      return { where, what: `enableWhen.${below[0]!}`, from: `${last} ${short(value)}`, to: renamed };
    }
  }
  // Anything else is left out: the smallest part that holds the error (a list entry, else the element).
  const index = rest.findIndex((part, i) => i > 0 && /^\d+$/.test(part));
  const holder =
    index > 0
      ? (rest.slice(0, index - 1).reduce<unknown>((at, key) => (at as Json)[key], item) as Json)
      : undefined;
  const list = holder?.[rest[index - 1]!];
  if (holder && Array.isArray(list)) {
    const removed: unknown = list.splice(Number(rest[index]), 1)[0];
    if (list.length === 0) delete holder[rest[index - 1]!];
    return { where, what: rest.slice(0, index + 1).join('.'), from: short(removed), to: '' };
  }
  const removed = item[element];
  delete item[element];
  return { where, what: element, from: short(removed), to: '' };
}

/** The items breaking que-11: an answer list and an initial value exclude each other. */
function withInitialAndOptions(root: Json): Json[] {
  const out: Json[] = [];
  const stack = asArray(root.item).filter(isObject);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (asArray(item.answerOption).length > 0 && item.initial !== undefined) out.push(item);
    stack.push(...asArray(item.item).filter(isObject));
  }
  return out;
}

/**
 * A Questionnaire made valid R4: the same object when it already is, else a repaired copy, with
 * each repair (`to` empty: left out).
 */
export function repairQuestionnaire(value: Json): { value: Json; repairs: Conversion[] } {
  const repairs: Conversion[] = [];
  let copy: Json | undefined;
  for (let round = 0; round < MAX_REPAIRS; round++) {
    if (validateFhirQuestionnaire(copy ?? value)) break;
    copy ??= structuredClone(value);
    const error = validateFhirQuestionnaire.errors?.[0];
    const repair = error && repairOne(copy, error);
    if (!repair) break;
    repairs.push(repair);
  }
  if (!copy && withInitialAndOptions(value).length > 0) copy = structuredClone(value);
  // que-11: the answer list is what the model reads, so the initial value is what is left out.
  for (const item of copy ? withInitialAndOptions(copy) : []) {
    repairs.push({ where: String(item.linkId), what: 'initial', from: short(item.initial), to: '' });
    delete item.initial;
  }
  return { value: copy ?? value, repairs };
}
