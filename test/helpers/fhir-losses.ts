/**
 * What a FHIR round trip lost: every element of the original Questionnaire compared with the
 * export, the root's elements by name and each item's by its linkId. The corpus test
 * (test/unit/formats/fhir-corpus.test.ts) reports the figures issue #14 asks for.
 */
type Json = Record<string, unknown>;

export interface Loss {
  /** The item's linkId, or '' for the resource itself. */
  readonly linkId: string;
  /** The element name ("text", "extension", "answerOption"…), or "item" for an item gone entirely. */
  readonly element: string;
  readonly kind: 'missing' | 'changed';
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep equality of JSON values, object keys in any order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameJson(a[k], b[k]));
  }
  return a === b;
}

function itemsByLinkId(items: unknown, into = new Map<string, Json>()): Map<string, Json> {
  for (const item of Array.isArray(items) ? items : []) {
    if (!isObject(item)) continue;
    if (typeof item.linkId === 'string') into.set(item.linkId, item);
    itemsByLinkId(item.item, into);
  }
  return into;
}

/**
 * Lists whose order carries no meaning and to which the export may add its own entries (our
 * extensions): each original entry must be there, anywhere.
 */
const UNORDERED = new Set(['extension', 'code']);

function kept(element: string, value: unknown, now: unknown): boolean {
  if (UNORDERED.has(element) && Array.isArray(value) && Array.isArray(now))
    return value.every((entry) => now.some((other) => sameJson(entry, other)));
  return sameJson(value, now);
}

function compareElements(linkId: string, original: Json, exported: Json, out: Loss[]) {
  for (const [element, value] of Object.entries(original)) {
    if (element === 'item') continue;
    if (!(element in exported)) out.push({ linkId, element, kind: 'missing' });
    else if (!kept(element, value, exported[element])) out.push({ linkId, element, kind: 'changed' });
  }
}

/** Every element of `original` that `exported` does not have as it was. */
export function findLosses(original: Json, exported: Json): Loss[] {
  const out: Loss[] = [];
  compareElements('', original, exported, out);
  const after = itemsByLinkId(exported.item);
  for (const [linkId, item] of itemsByLinkId(original.item)) {
    const now = after.get(linkId);
    if (!now) out.push({ linkId, element: 'item', kind: 'missing' });
    else compareElements(linkId, item, now, out);
  }
  return out;
}
