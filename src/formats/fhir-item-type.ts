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
      // A Ja/Nej read from a FHIR boolean goes back as one.
      return keyword.booleanAnswer ? 'boolean' : 'choice';
    case 'boolean':
    case 'date':
      return kind;
    default:
      return assertNever(kind, 'FHIR item kind');
  }
}
