import { describe, expect, it } from 'vitest';
import type { Keyword } from '../../../src/domain/model.ts';
import { KeywordSearch } from '../../../src/features/catalogue/keyword-search.ts';

const keyword = (id: string, term: string, extra: Partial<Keyword> = {}): Keyword => ({
  id,
  term,
  type: 'text',
  status: 'active',
  ...extra,
});
const search = new KeywordSearch([
  keyword('a', 'Åtgärd'),
  keyword('b', 'Beslutsdatum', { type: 'date', description: 'Får inte ligga i framtiden.' }),
  keyword('c', 'Planerad omprövning', { codes: [{ system: 'KVÅ', code: 'AU118' }] }),
  keyword('d', 'Vikt', { codes: [{ system: 'SNOMED CT', code: '27113001' }] }),
  keyword('e', 'Beslut fattat av'),
]);

describe('catalogue search: term, description and codes; case, diacritics and small typos', () => {
  it.each([
    ['atgard', ['a']],
    ['ÅTGÄRD', ['a']],
    ['beslutsdatm', ['b']],
    ['framtiden', ['b']],
    ['AU118', ['c']],
    ['au11', ['c']],
    ['27113001', ['d']],
    ['planerad omprov', ['c']],
    ['besl', ['e', 'b']],
    ['nagot annat', []],
  ])('%s finds %j', (query, ids) => {
    expect(search.search(query)?.sort()).toEqual([...ids].sort());
  });

  it('finds a word inside a joined Swedish term, after the index hits; not for words under three letters', () => {
    const compounds = new KeywordSearch([
      keyword('datum', 'Datum för åtgärd'),
      keyword('beslut', 'Beslutsdatum'),
      keyword('period', 'Periodens slutdatum'),
      keyword('vikt', 'Kroppsvikt'),
    ]);
    // The word itself first (the index), then the terms it is part of, in catalogue order.
    expect(compounds.search('datum')).toEqual(['datum', 'beslut', 'period']);
    expect(compounds.search('slutdatum')).toEqual(['period']);
    // A typo away from "slutdatum" (the index), and inside "Beslutsdatum".
    expect(compounds.search('slutsdatum')).toEqual(['period', 'beslut']);
    expect(compounds.search('VIKT')).toEqual(['vikt']);
    expect(compounds.search('slut dat')).toEqual(['beslut', 'period']);
    expect(compounds.search('um')).toEqual([]);
    expect(compounds.search('tum')).toEqual(['datum', 'beslut', 'period']);
  });

  it('an empty query is no filter', () => {
    expect(search.search('  ')).toBeUndefined();
  });

  it('a short word must match exactly or as a prefix: no typo tolerance under four letters', () => {
    expect(search.search('vkt')).toEqual([]);
    expect(search.search('vik')).toEqual(['d']);
  });
});
