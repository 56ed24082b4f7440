import { describe, expect, it } from 'vitest';
import type { Keyword } from '../../../src/domain/model.ts';
import { LIMITS } from '../../../src/domain/limits.ts';
import { checkKeyword } from '../../../src/validation/index.ts';
import { inWords } from '../../../src/i18n/in-words.ts';

const keyword = (extra: Partial<Keyword>): Keyword => ({
  id: 'k',
  term: 'Vikt',
  type: 'text',
  status: 'active',
  ...extra,
});
const codes = (extra: Partial<Keyword>, catalog = new Map<string, Keyword>()) =>
  checkKeyword(keyword(extra), catalog).map((d) => d.code);
const word = (term: string) => {
  const found = checkKeyword(keyword({ term }), new Map()).find((d) => d.code === 'NAME_CAPITALS');
  return found && inWords(found, 'en');
};

describe('naming rules (domain-knowledge.md §1.5)', () => {
  it.each([
    ['Vikt', []],
    ['vikt', ['NAME_LOWERCASE_START']],
    ['Åtgärd', []],
    ['åtgärd', ['NAME_LOWERCASE_START']],
    ['Vikt.', ['NAME_TRAILING_PUNCTUATION']],
    ['Vikt:', ['NAME_TRAILING_PUNCTUATION']],
    ['Vikt,', []],
    ['Röker du?', ['NAME_QUESTION']],
    ['Övrigt', ['NAME_VAGUE']],
    ['övrigt', ['NAME_LOWERCASE_START', 'NAME_VAGUE']],
    ['Övrigt om kost', []],
    ['  Vikt  ', []],
    ['  vikt', ['NAME_LOWERCASE_START']],
    ['Vikt.  ', ['NAME_TRAILING_PUNCTUATION']],
    ['Vikt. kg', []],
    ['Ej övrigt', []],
    ['Övrigt  ', ['NAME_VAGUE']],
    ['Fysisk\tAktivitet', ['NAME_CAPITALS']],
    ['Röker du?  ', ['NAME_QUESTION']],
  ])('%j: %j', (term, expected) => {
    expect(codes({ term })).toEqual(expected);
  });

  it('a capitalised word inside the term is named; names, codes and the word after a code are not', () => {
    expect(word('Planerad Omprövning')).toContain('"Omprövning"');
    expect(word('Byte av ImagineCare konto')).toBeUndefined();
    expect(word('Skattning enligt Norton')).toBeUndefined();
    expect(word('PHQ-9 1 Intresse')).toBeUndefined();
    expect(word('Typ KOL')).toBeUndefined();
    expect(word('Planerad omprövning Datum')).toContain('"Datum"');
    // Every name the group writes with a capital inside a term.
    for (const name of [
      'ImagineCare',
      'Stöd',
      'Cosmic',
      'Apple',
      'Health',
      'Connect',
      'Senior',
      'Norton',
      'Nortonskala',
      'Downton',
      'Termgruppen',
      'Inera',
      'Socialstyrelsen',
    ])
      expect(word(`Enligt ${name}`), name).toBeUndefined();
    expect(word('Enligt Far')).toContain('"Far"');
  });

  it('a term over the advised length is named with its length; at the length it is not', () => {
    const limit = LIMITS.termAdvisedLength;
    expect(codes({ term: `V${'i'.repeat(limit - 1)}` })).toEqual([]);
    const over = checkKeyword(keyword({ term: `V${'i'.repeat(limit)}` }), new Map());
    expect(over.map((d) => [d.code, d.params.length, d.params.limit])).toEqual([
      ['NAME_TOO_LONG', limit + 1, limit],
    ]);
    // Spaces around the term are not counted.
    expect(codes({ term: ` V${'i'.repeat(limit - 1)} ` })).toEqual([]);
  });

  it('a unit in the term, in parentheses or at the end, belongs in Enhet', () => {
    expect(codes({ type: 'number', unit: 'kg', term: 'Vikt (kg)' })).toEqual(['NAME_UNIT_IN_TERM']);
    expect(codes({ type: 'number', unit: 'kg', term: 'Vikt kg' })).toEqual(['NAME_UNIT_IN_TERM']);
    expect(codes({ type: 'number', unit: 'kg', term: 'Vikt' })).toEqual([]);
    expect(codes({ type: 'number', unit: 'kg', term: 'Kgvikt' })).toEqual([]);
  });
});

describe('value and score rules', () => {
  it.each([
    ['an empty list', { type: 'singleChoice', options: [] }, ['EMPTY_VALUE_LIST']],
    ['a list without options', { type: 'multipleChoice' }, ['EMPTY_VALUE_LIST']],
    [
      'an id twice',
      {
        type: 'singleChoice',
        options: [
          { id: 'a', label: 'A' },
          { id: 'a', label: 'B' },
        ],
      },
      ['DUPLICATE_OPTION_ID'],
    ],
    [
      'a label twice, case and spaces aside',
      {
        type: 'singleChoice',
        options: [
          { id: 'a', label: 'Ja' },
          { id: 'b', label: ' JA ' },
        ],
      },
      ['DUPLICATE_OPTION_LABEL'],
    ],
    [
      'a label with a full stop',
      { type: 'singleChoice', options: [{ id: 'a', label: 'Ja.' }] },
      ['OPTION_LABEL_STYLE'],
    ],
    [
      'a label in lower case',
      { type: 'singleChoice', options: [{ id: 'a', label: 'ja' }] },
      ['OPTION_LABEL_STYLE'],
    ],
    [
      'a good list',
      {
        type: 'singleChoice',
        options: [
          { id: 'a', label: 'Ja' },
          { id: 'b', label: 'Nej' },
        ],
      },
      [],
    ],
    ['a number without a unit', { type: 'number' }, ['NUMBER_WITHOUT_UNIT']],
    ['a number with a unit', { type: 'number', unit: 'kg' }, []],
    ['min above max', { type: 'number', unit: 'kg', min: 2, max: 1 }, ['MIN_GREATER_THAN_MAX']],
    ['min at max', { type: 'number', unit: 'kg', min: 2, max: 2 }, []],
    ['min only', { type: 'number', unit: 'kg', min: 2 }, []],
    ['max only', { type: 'number', unit: 'kg', max: -1 }, []],
    [
      'an unexpanded value set',
      { type: 'singleChoice', valueSet: 'http://example.org/vs' },
      ['VALUE_SET_NOT_EXPANDED'],
    ],
    [
      'a value set with its values here',
      { type: 'singleChoice', valueSet: 'http://example.org/vs', options: [{ id: 'a', label: 'A' }] },
      [],
    ],
    ['text with values is no list', { type: 'text', options: [] }, []],
    [
      'min length above max length',
      { type: 'text', minLength: 3, maxLength: 2 },
      ['MIN_LENGTH_GREATER_THAN_MAX'],
    ],
    ['min length at max length', { type: 'text', minLength: 2, maxLength: 2 }, []],
    ['min length only', { type: 'text', minLength: 5 }, []],
    ['max length only', { type: 'text', maxLength: 0 }, []],
    ['a pattern that does not compile', { type: 'text', pattern: '(' }, ['PATTERN_INVALID']],
    ['a pattern that compiles', { type: 'text', pattern: '\\d+' }, []],
    ['a pattern on a type without one', { type: 'number', unit: 'kg', pattern: '(' }, []],
    ['a date only today', { type: 'date', notInFuture: true, notInPast: true }, ['DATE_ONLY_TODAY']],
    ['a date not in the future', { type: 'date', notInFuture: true }, []],
    ['a date not in the past', { type: 'date', notInPast: true }, []],
    ['a date not before itself', { type: 'date', notBefore: 'k' }, ['NOT_BEFORE_NOT_A_DATE']],
    ['a date not before a missing keyword', { type: 'date', notBefore: 'saknas' }, ['NOT_BEFORE_NOT_A_DATE']],
    ['date rules on text are not read', { type: 'text', notInFuture: true, notInPast: true }, []],
    ['a score without a unit', { type: 'score', scoreSources: [] }, ['SCORE_WITHOUT_SOURCES']],
  ] as const)('%s', (_, extra, expected) => {
    expect(codes(extra as Partial<Keyword>)).toEqual(expected);
  });

  it('a score’s sources must exist and be scored: numbers, scores and choices whose every option has points', () => {
    const source = (id: string, extra: Partial<Keyword>): Keyword => ({
      id,
      term: id.toUpperCase(),
      type: 'text',
      status: 'active',
      ...extra,
    });
    const catalog = new Map<string, Keyword>([
      ['tal', source('tal', { type: 'number', unit: 'st' })],
      ['val', source('val', { type: 'singleChoice', options: [{ id: 'a', label: 'A', score: 1 }] })],
      [
        'halv',
        source('halv', {
          type: 'singleChoice',
          options: [
            { id: 'a', label: 'A', score: 1 },
            { id: 'b', label: 'B' },
          ],
        }),
      ],
      ['tom', source('tom', { type: 'singleChoice', options: [] })],
      ['text', source('text', {})],
      ['kryss', source('kryss', { type: 'check' })],
    ]);
    const sum = (...ids: string[]) =>
      codes({ type: 'score', scoreSources: ids.map((keywordId) => ({ keywordId })) }, catalog);
    expect(sum('tal', 'val')).toEqual([]);
    expect(sum('halv')).toEqual(['SCORE_SOURCE_UNSCORED']);
    expect(sum('tom')).toEqual(['SCORE_SOURCE_UNSCORED']);
    expect(sum('text')).toEqual(['SCORE_SOURCE_UNSCORED']);
    expect(sum('kryss')).toEqual(['SCORE_SOURCE_UNSCORED']);
    expect(sum('finns-inte')).toEqual(['SCORE_SOURCE_UNKNOWN']);
  });
});

describe('code rules', () => {
  it.each([
    ['KVÅ', 'AU118', []],
    ['KVÅ', 'AU11', ['CODE_FORMAT']],
    ['KVÅ', 'au118', ['CODE_FORMAT']],
    ['ICF', 'b130', []],
    ['ICF', 'd45001', []],
    ['ICF', 'x130', ['CODE_FORMAT']],
    ['SNOMED CT', '27113001', []],
    ['SNOMED CT', '12345', ['CODE_FORMAT']],
    ['SNOMED CT', '1234567890123456789', ['CODE_FORMAT']],
    ['Lokal', 'vad-som-helst', []],
  ] as const)('%s %s: %j', (system, code, expected) => {
    expect(codes({ codes: [{ system, code }] })).toEqual(expected);
  });

  it.each([
    ['KVÅ', 'XAU118', ['CODE_FORMAT']],
    ['KVÅ', 'AU1181', ['CODE_FORMAT']],
    ['ICF', 'b13', ['CODE_FORMAT']],
    ['ICF', 'b130000', ['CODE_FORMAT']],
    ['ICF', 'ab130', ['CODE_FORMAT']],
    ['ICF', 'b130x', ['CODE_FORMAT']],
    ['ICF', 'bxxx', ['CODE_FORMAT']],
    ['ICF', 'e12345', []],
    ['SNOMED CT', '123456', []],
    ['SNOMED CT', '123456789012345678', []],
    ['SNOMED CT', 'x1234567', ['CODE_FORMAT']],
    ['SNOMED CT', '1234567x', ['CODE_FORMAT']],
    ['SNOMED CT', 'abcdefgh', ['CODE_FORMAT']],
  ] as const)('at and beyond the edges: %s %s', (system, code, expected) => {
    expect(codes({ codes: [{ system, code }] })).toEqual(expected);
  });

  it('checks the codes of options too', () => {
    expect(
      codes({
        type: 'singleChoice',
        options: [{ id: 'a', label: 'A', codes: [{ system: 'KVÅ', code: 'fel' }] }],
      }),
    ).toEqual(['CODE_FORMAT']);
  });
});
