/** Reading a FHIR resource as untyped JSON: the helpers the import's parts share. */
import type { FhirExtension } from './fhir-types.ts';
import type { FormatMessage } from './format-messages.ts';
import { EXT, ITEM_CONTROL_SYSTEM } from './fhir-urls.ts';
import { decodeFields } from './fhir-typed-json.ts';

export type Json = Record<string, unknown>;

/** A reason, naming where, that a Questionnaire cannot be imported. */
export type ImportProblem = FormatMessage;

/** Our ids (node, keyword, option, document): what an imported linkId or code must be to be kept as is. */
export const ID = /^[A-Za-z0-9._-]{1,64}$/;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function extensionsOf(element: Json): FhirExtension[] {
  return asArray(element.extension).filter(
    (e): e is FhirExtension => isObject(e) && typeof e.url === 'string',
  );
}
export const findExtension = (element: Json, url: string) => extensionsOf(element).find((e) => e.url === url);

/**
 * Our metadata extensions (keyword, document): an object, or undefined when absent or unreadable.
 * Typed sub-extensions (fhir-typed-json.ts); files from before carry the object as JSON text.
 */
export function jsonExtension(element: Json, url: string): Json | undefined {
  const found = findExtension(element, url);
  if (found?.extension) return decodeFields(found.extension);
  const text = found?.valueString;
  if (typeof text !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export const isHelp = (item: Json) =>
  item.type === 'display' &&
  findExtension(item, EXT.itemControl)?.valueCodeableConcept?.coding?.some(
    (c) => c.system === ITEM_CONTROL_SYSTEM && c.code === 'help',
  ) === true;
