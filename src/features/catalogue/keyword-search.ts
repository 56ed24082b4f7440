import MiniSearch from 'minisearch';
import type { Keyword } from '../../domain/model.ts';
import { foldTerm } from '../../domain/library.ts';

/**
 * Search over the keyword catalogue by term, description and codes (KVÅ, SNOMED CT, ICF, local
 * ids), as you type: every word must match, the last as a prefix; a word of four letters or more
 * tolerates a small typo. MiniSearch keeps an inverted index, so a query over 20,000 keywords does
 * not scan them all.
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

  constructor(keywords: Iterable<Keyword>) {
    this.index.addAll([...keywords]);
  }

  /** The ids of the matching keywords, best first; undefined for an empty query (everything matches). */
  search(query: string): string[] | undefined {
    if (query.trim() === '') return undefined;
    // A code such as "ABC12" or "27113001" is one word; so is a term with hyphens split above.
    return this.index.search(query).map((result) => String(result.id));
  }
}
