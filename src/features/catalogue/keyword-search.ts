import MiniSearch from 'minisearch';
import type { Keyword } from '../../domain/model.ts';
import { foldTerm } from '../../domain/library.ts';

/** Query words shorter than this are not looked for inside terms (everything has an "a"). */
const INFIX_MIN = 3;

/**
 * Search over the keyword catalogue by term, description and codes (KVÅ, SNOMED CT, ICF, local
 * ids), as you type: every word must match, the last as a prefix; a word of four letters or more
 * tolerates a small typo. MiniSearch keeps an inverted index, so a query over 20,000 keywords does
 * not scan them all. Swedish joins words ("Beslutsdatum"), so terms that contain every query word
 * inside them follow the index's hits: one pass over the folded terms, about a millisecond at
 * 20,000.
 */
export class KeywordSearch {
  private readonly index = new MiniSearch<Keyword>({
    fields: ['term', 'description', 'codes'],
    storeFields: [],
    extractField: (keyword, field) =>
      field === 'codes'
        ? (keyword.codes ?? []).map((c) => c.code).join(' ')
        : field === 'term'
          ? keyword.term
          : field === 'description'
            ? (keyword.description ?? '')
            : keyword.id,
    processTerm: (term) => foldTerm(term),
    tokenize: (text) => text.split(/[\s\-–/,.;:()]+/u).filter(Boolean),
    searchOptions: {
      boost: { term: 3, codes: 2 },
      combineWith: 'AND',
      prefix: (_term, i, terms) => i === terms.length - 1,
      fuzzy: (term) => (term.length >= 4 ? 1 : 0),
    },
  });

  private readonly terms: (readonly [id: string, folded: string])[];

  constructor(keywords: Iterable<Keyword>) {
    const all = [...keywords];
    this.index.addAll(all);
    this.terms = all.map((keyword) => [keyword.id, foldTerm(keyword.term)] as const);
  }

  /** The ids of the matching keywords, best first; undefined for an empty query (everything matches). */
  search(query: string): string[] | undefined {
    if (query.trim() === '') return undefined;
    // A code such as "ABC12" or "27113001" is one word; so is a term with hyphens split above.
    const found = this.index.search(query).map((result) => String(result.id));
    const words = query
      .split(/[\s\-–/,.;:()]+/u)
      .filter(Boolean)
      .map((word) => foldTerm(word));
    if (words.some((word) => word.length < INFIX_MIN)) return found;
    const seen = new Set(found);
    for (const [id, term] of this.terms)
      if (!seen.has(id) && words.every((word) => term.includes(word))) found.push(id);
    return found;
  }
}
