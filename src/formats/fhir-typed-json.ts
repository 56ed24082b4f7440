/**
 * Our own metadata (a keyword's definition, a document's fields) as FHIR extensions with typed
 * values, so another tool can read each field: a complex extension whose sub-extensions are named by
 * the field, with valueString, valueBoolean, valueInteger or valueDecimal. A list is a sub-extension
 * whose first part is `list` (then one `entry` per element, in order); an object nests its fields; an
 * empty text is `empty` (R4 has no empty strings). docs/fhir-extensions.md lists the fields.
 */
import type { FhirExtension } from './fhir-types.ts';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const LIST: FhirExtension = { url: 'list', valueBoolean: true };
const EMPTY: FhirExtension = { url: 'empty', valueBoolean: true };
const INT32 = 2 ** 31;
/** Names that would reach an object's prototype if used as a field name: never read. */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

function encodeValue(url: string, value: unknown): FhirExtension | undefined {
  if (typeof value === 'string')
    return value === '' ? { url, extension: [EMPTY] } : { url, valueString: value };
  if (typeof value === 'boolean') return { url, valueBoolean: value };
  if (typeof value === 'number')
    return Number.isInteger(value) && Math.abs(value) < INT32
      ? { url, valueInteger: value }
      : { url, valueDecimal: value };
  if (Array.isArray(value))
    return {
      url,
      extension: [LIST, ...value.flatMap((entry) => encodeValue('entry', entry) ?? [])],
    };
  if (isObject(value)) return { url, extension: encodeFields(value) };
  return undefined; // undefined and null: absent
}

/** An object's fields as typed sub-extensions, in its key order. */
export function encodeFields(value: Json): FhirExtension[] {
  return Object.entries(value).flatMap(([key, field]) => encodeValue(key, field) ?? []);
}

function decodeValue(extension: FhirExtension): unknown {
  for (const key of ['valueString', 'valueBoolean', 'valueInteger', 'valueDecimal'] as const)
    if (extension[key] !== undefined) return extension[key];
  const parts = (Array.isArray(extension.extension) ? extension.extension : []).filter(
    (part): part is FhirExtension => isObject(part) && typeof part.url === 'string',
  );
  if (parts[0]?.url === EMPTY.url && parts.length === 1) return '';
  if (parts[0]?.url === LIST.url) return parts.slice(1).map(decodeValue);
  return decodeFields(parts);
}

/** The object typed sub-extensions describe (the inverse of encodeFields). */
export function decodeFields(parts: readonly FhirExtension[]): Json {
  const out: Json = {};
  for (const part of parts) if (!UNSAFE.has(part.url)) out[part.url] = decodeValue(part);
  return out;
}
