import type { Keyword } from '../domain/model.ts';
import { assertNever, getTypeSpec } from '../domain/keyword-types.ts';
import type { ItemType } from './fhir-types.ts';

/** The FHIR item type a keyword becomes (fhir-mapping.md §7). */
export function getItemType(keyword: Keyword, hasChildren: boolean): ItemType {
  const kind = getTypeSpec(keyword.type).fhir.item;
  switch (kind) {
    case 'group':
      return hasChildren ? 'group' : 'display';
    case 'number':
      return keyword.decimals === 0 ? 'integer' : 'decimal';
    case 'text':
      // One line is FHIR's string; a longer text its text.
      return keyword.singleLine ? 'string' : 'text';
    case 'choice':
      // A Ja/Nej read from a FHIR boolean goes back as one; a choice that takes words is open.
      return keyword.booleanAnswer ? 'boolean' : keyword.openChoice ? 'open-choice' : 'choice';
    case 'boolean':
    case 'date':
    case 'dateTime':
      return kind;
    default:
      return assertNever(kind, 'FHIR item kind');
  }
}

/**
 * FHIR item types the model holds as another type (the keyword type's item type in brackets): the
 * import keeps the original, and the export writes it back while the item is still of that kind.
 */
export const KEPT_ITEM_TYPES: Readonly<Record<string, readonly ItemType[]>> = {
  quantity: ['text', 'string'],
  time: ['text', 'string'],
  url: ['text', 'string'],
  attachment: ['text', 'string'],
  reference: ['text', 'string'],
  // Read as Datum since before Datum och tid existed: a document imported then keeps its dateTime.
  dateTime: ['date'],
  choice: ['text', 'string'],
  'open-choice': ['choice', 'text', 'string'],
};
