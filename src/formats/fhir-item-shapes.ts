/**
 * How an imported item asks for its answer where the keyword type it is held as asks otherwise:
 * a time of day and a quantity are held as text, an open choice as a choice. The preview reads
 * this to show the field a FHIR renderer shows (a time, a number with its unit, a choice with a
 * free "other" answer); the item itself is kept and written back as it came (fhir-original.ts).
 */
import type { KeptEntry } from '../domain/model.ts';
import { asArray, isObject, type Json } from './fhir-json.ts';
import { EXT } from './fhir-urls.ts';
import { ORIGINAL_ITEM } from './fhir-original.ts';

export type ItemShape =
  | { readonly kind: 'time' }
  | { readonly kind: 'quantity'; readonly units: readonly string[] }
  | { readonly kind: 'openChoice' };

const UNIT_OPTION = 'http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption';

/** The words of a unit Coding: its display, else its code. */
const unitWords = (coding: unknown) =>
  isObject(coding)
    ? [coding.display, coding.code].find((w): w is string => typeof w === 'string' && w !== '')
    : undefined;

function shapeOf(own: Json): ItemShape | undefined {
  switch (own.type) {
    case 'time':
      return { kind: 'time' };
    case 'open-choice':
      return { kind: 'openChoice' };
    case 'quantity': {
      const extensions = asArray(own.extension).filter(isObject);
      // The units offered, and the unit of a starting answer (which may come without a number).
      const initialUnits = asArray(own.initial)
        .filter(isObject)
        .map((v) => (isObject(v.valueQuantity) ? (v.valueQuantity.unit ?? v.valueQuantity.code) : undefined));
      const units = [
        ...extensions
          .filter((e) => e.url === UNIT_OPTION || e.url === EXT.unit)
          .map((e) => unitWords(e.valueCoding)),
        ...initialUnits,
      ].filter((w): w is string => typeof w === 'string' && w !== '');
      return { kind: 'quantity', units: [...new Set(units)] };
    }
    default:
      return undefined;
  }
}

/** The shape of each imported item that has one, by node id, from a document's kept entries. */
export function getItemShapes(kept: readonly KeptEntry[] | undefined): ReadonlyMap<string, ItemShape> {
  const out = new Map<string, ItemShape>();
  for (const entry of kept ?? []) {
    // A text search first: most kept items are of a type the model holds as it is.
    if (entry.what !== ORIGINAL_ITEM || !/"type":"(time|quantity|open-choice)"/.test(entry.json)) continue;
    const { own } = JSON.parse(entry.json) as { own: Json };
    const shape = shapeOf(own);
    if (shape) out.set(entry.where, shape);
  }
  return out;
}
