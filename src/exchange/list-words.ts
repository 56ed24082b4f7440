import type { ListWords } from '../formats/keyword-rows.ts';
import type { KeywordType } from '../domain/model.ts';
import { STRINGS, type Strings } from '../i18n/strings.ts';

/** The words keyword lists (specification, CSV, a copied subtree) are written with, in one language. */
export function getListWords(t: Strings): ListWords {
  return { condition: t.condition, keywordType: t.keywordType, yes: t.spec.yes, no: t.preview.no };
}

/** The keyword types by their names in either language, for reading a pasted list of terms. */
export const KEYWORD_TYPE_BY_NAME: ReadonlyMap<string, KeywordType> = new Map(
  Object.values(STRINGS).flatMap((t) =>
    Object.entries(t.keywordType).map(([type, name]) => [name, type as KeywordType] as const),
  ),
);
