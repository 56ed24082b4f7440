import { describe, expect, it } from 'vitest';
import type { Keyword } from '../../../src/domain/index.ts';
import { findNearTerms, nearTermDistance } from '../../../src/domain/index.ts';

const kw = (id: string, term: string): Keyword => ({ id, term, type: 'text', status: 'active' });
const terms = (found: readonly Keyword[]) => found.map((k) => k.term);

describe('near-duplicate terms in the catalogue', () => {
  const catalog = [
    kw('a', 'Planerad omprövning'),
    kw('b', 'Vikt'),
    kw('c', 'Åtgärd'),
    kw('d', 'Beslutsdatum'),
    kw('e', 'Typ'),
  ];

  it('finds the same term folded (case, diacritics, spaces) first', () => {
    expect(terms(findNearTerms(catalog, '  planerad  OMPROVNING ', 'new'))).toEqual(['Planerad omprövning']);
    expect(terms(findNearTerms(catalog, 'atgard', 'new'))).toEqual(['Åtgärd']);
  });

  it('under 8 characters one typo is near and two are not', () => {
    expect(nearTermDistance(7)).toBe(1);
    expect(terms(findNearTerms(catalog, 'Atgärdd', 'new'))).toEqual(['Åtgärd']);
    expect(terms(findNearTerms(catalog, 'Atgrdx', 'new'))).toEqual([]);
  });

  it('from 8 characters two typos are near and three are not', () => {
    expect(nearTermDistance(8)).toBe(2);
    expect(terms(findNearTerms(catalog, 'Beslutdatm', 'new'))).toEqual(['Beslutsdatum']);
    expect(terms(findNearTerms(catalog, 'Beslutdtm', 'new'))).toEqual([]);
    expect(terms(findNearTerms(catalog, 'Planerad ompröving', 'new'))).toEqual(['Planerad omprövning']);
  });

  it('3-character terms are too short to tell; 4 characters are compared', () => {
    expect(findNearTerms(catalog, 'Typ', 'new')).toEqual([]);
    expect(terms(findNearTerms(catalog, 'Vikr', 'new'))).toEqual(['Vikt']);
  });

  it('never names the keyword itself, and keeps to the limit, closest first', () => {
    expect(findNearTerms(catalog, 'Vikt', 'b')).toEqual([]);
    const many = [kw('x', 'Vikt'), kw('y', 'Vikta'), kw('z', 'Vikt')];
    expect(findNearTerms(many, 'Vikt', 'new', 2).map((k) => k.id)).toEqual(['x', 'z']);
  });
});
