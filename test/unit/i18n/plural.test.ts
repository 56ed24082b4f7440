import { describe, expect, it } from 'vitest';
import { count, plural } from '../../../src/i18n/plural.ts';
import { STRINGS } from '../../../src/i18n/all-strings.ts';

describe('counts in words', () => {
  it('puts the noun in the number the language asks for: 0, 1 and 2', () => {
    expect([0, 1, 2].map((n) => count('sv', n, 'varning', 'varningar'))).toEqual([
      '0 varningar',
      '1 varning',
      '2 varningar',
    ]);
    expect([0, 1, 2].map((n) => count('en', n, 'warning', 'warnings'))).toEqual([
      '0 warnings',
      '1 warning',
      '2 warnings',
    ]);
  });

  it('says "1 varning" and "1 nytt dokument" where the interface counts', () => {
    const sv = STRINGS.sv;
    expect(sv.counts(1, 1)).toBe('1 fel, 1 varning');
    expect(sv.exchange.findings(0, 1)).toBe('Kontrollen hittar 0 fel och 1 varning.');
    expect(sv.backup.plan(1, 1, 1)).toBe('1 nytt dokument, 1 ändrat, 1 oförändrat.');
    expect(sv.backup.plan(2, 0, 6)).toBe('2 nya dokument, 0 ändrade, 6 oförändrade.');
    expect(sv.backup.planKeywords(1, 1)).toBe('1 nytt sökord, 1 ny sparad version.');
    expect(sv.backup.planKeywords(0, 2)).toBe('0 nya sökord, 2 nya sparade versioner.');
    expect(sv.layout.findings(1, 1)).toBe('1 fel, 1 varning');
    expect(sv.layout.findings(0, 0)).toBe('');
    expect(STRINGS.en.layout.findings(2, 1)).toBe('2 errors, 1 warning');
  });

  it('chooses whole phrases by the same rules: 0, 1 and 2 in both languages', () => {
    const { sv, en } = STRINGS;
    expect([0, 1, 2].map((n) => sv.catalogue.places(n))).toEqual(['används inte', '1 plats', '2 platser']);
    expect([0, 1, 2].map((n) => en.catalogue.places(n))).toEqual(['not used', '1 place', '2 places']);
    expect([0, 1, 2].map((n) => en.searchMatches(n))).toEqual(['No matches.', '1 match.', '2 matches.']);
    expect([0, 1, 2].map((n) => plural('sv', n, 'fil har', 'filer har'))).toEqual([
      'filer har',
      'fil har',
      'filer har',
    ]);
  });
});
