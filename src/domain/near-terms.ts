import { distance } from 'fastest-levenshtein';
import type { Keyword } from './model.ts';
import { foldTerm } from './library.ts';

// Keywords are immutable, so a term is folded once per keyword object.
const foldedTerms = new WeakMap<Keyword, string>();
/** A keyword's term folded (case, diacritics, spacing), as `foldTerm` gives it. */
export function foldedTermOf(keyword: Keyword): string {
  let folded = foldedTerms.get(keyword);
  if (folded === undefined) foldedTerms.set(keyword, (folded = foldTerm(keyword.term)));
  return folded;
}

/** How many typos two terms may differ by and still be the same word: 1, or 2 from 8 characters. */
export const nearTermDistance = (length: number) => (length >= 8 ? 2 : 1);

/**
 * Catalogue keywords whose term is a near-duplicate of `term`: the same after folding case,
 * diacritics and spacing ("Planerad omprovning"), or a typo or two apart ("Planerad ompröving").
 * Terms shorter than 4 characters are too short to tell (Ja, Typ). Closest first, then by term.
 * @example findNearTerms(catalog.values(), 'Planerad ompröving', 'kw-1') // [Planerad omprövning]
 */
export function findNearTerms(
  keywords: Iterable<Keyword>,
  term: string,
  exceptId: string,
  limit = 3,
): Keyword[] {
  const folded = foldTerm(term);
  if (folded.length < 4) return [];
  const most = nearTermDistance(folded.length);
  const found: { keyword: Keyword; apart: number }[] = [];
  for (const keyword of keywords) {
    if (keyword.id === exceptId) continue;
    const other = foldedTermOf(keyword);
    // Lengths further apart than the typos allowed cannot be near: skip the distance.
    if (Math.abs(other.length - folded.length) > most) continue;
    const apart = other === folded ? 0 : distance(other, folded);
    if (apart <= most) found.push({ keyword, apart });
  }
  return found
    .sort((a, b) => a.apart - b.apart || a.keyword.term.localeCompare(b.keyword.term, 'sv'))
    .slice(0, limit)
    .map(({ keyword }) => keyword);
}
