import type { ListWords } from '../formats/keyword-rows.ts';
import type { Strings } from '../i18n/strings.ts';

/** The words keyword lists (specification, CSV, a copied subtree) are written with, in one language. */
export function getListWords(t: Strings): ListWords {
  return { condition: t.condition, keywordType: t.keywordType, yes: t.spec.yes, no: t.preview.no };
}
