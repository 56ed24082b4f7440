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
    case 'boolean':
    case 'choice':
    case 'text':
    case 'date':
      return kind;
    default:
      return assertNever(kind, 'FHIR item kind');
  }
}
