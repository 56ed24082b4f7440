import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { message } from '../../../src/domain/message.ts';
import { inBothLanguages, inWords } from '../../../src/i18n/in-words.ts';
import { CLI_TEXTS } from '../../../src/i18n/messages/cli.ts';
import { DIAGNOSTIC_TEXTS } from '../../../src/i18n/messages/diagnostics.ts';
import { FILE_TEXTS } from '../../../src/i18n/messages/files.ts';
import { VALIDATION_TEXTS } from '../../../src/i18n/messages/validation.ts';
import { DIAGNOSTIC_CODES } from '../../../src/validation/index.ts';
import { runCli } from '../../helpers/cli.ts';

const CATALOGUES = { DIAGNOSTIC_TEXTS, VALIDATION_TEXTS, FILE_TEXTS, CLI_TEXTS };

describe('one mechanism for words: message codes rendered by src/i18n', () => {
  it('no code has words in two catalogues (one would silently replace the other)', () => {
    const keys = Object.values(CATALOGUES).flatMap((catalogue) => Object.keys(catalogue));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('every diagnostic code has its words, and no other codes are in the diagnostics catalogue', () => {
    expect(Object.keys(DIAGNOSTIC_TEXTS).sort()).toEqual([...DIAGNOSTIC_CODES].sort());
  });

  it('renders a nested reason in the same language as the message around it', () => {
    const never = message('CONDITION_NEVER_TRUE', { term: 'Vikt', why: message('NEVER_TWO_VALUES') });
    expect(inBothLanguages(never)).toEqual({
      sv: 'Villkoret för "Vikt" kan aldrig uppfyllas (samma källa ska ha två olika värden); sökordet visas aldrig.',
      en: 'The condition of "Vikt" can never be met (one source must have two different values); the keyword never shows.',
    });
  });

  it.each([
    ['number', 'kräver ett tal.', 'needs a number.'],
    ['date', 'kräver ett datum ÅÅÅÅ-MM-DD.', 'needs a date YYYY-MM-DD.'],
    [
      'dateTime',
      'kräver ett datum ÅÅÅÅ-MM-DD eller en tidpunkt med tidszon.',
      'needs a date YYYY-MM-DD or a time with its zone.',
    ],
  ])('names the kind of value a condition needs (%s) in the sentence’s own language', (expected, sv, en) => {
    const wrong = message('CONDITION_VALUE_WRONG_TYPE', {
      term: 'Omprövas',
      value: 'i går',
      sourceTerm: 'Beslut',
      expected,
    });
    const words = inBothLanguages(wrong);
    expect(words.sv).toBe(`Villkoret för "Omprövas" jämför med "i går", men "Beslut" ${sv}`);
    expect(words.en).toBe(`The condition of "Omprövas" compares with "i går", but "Beslut" ${en}`);
  });

  it('writes sizes with the language’s decimal sign and lists with the language’s "and"', () => {
    const size = message('FILE_TOO_LARGE', { bytes: 1.25 * 1024 * 1024, limit: 1024 * 1024 });
    expect(inWords(size, 'sv')).toBe('Filen är 1,3 MB; högst 1,0 MB tillåts.');
    expect(inWords(size, 'en')).toBe('The file is 1.3 MB; the limit is 1.0 MB.');
    // One byte over: the megabytes would read alike, so the sizes are given in bytes.
    const justOver = message('FILE_TOO_LARGE', { bytes: 25 * 1024 * 1024 + 1, limit: 25 * 1024 * 1024 });
    expect(inWords(justOver, 'sv')).toBe(
      'Filen är 26\u00a0214\u00a0401 byte; högst 26\u00a0214\u00a0400 byte tillåts.',
    );
    expect(inWords(justOver, 'en')).toBe('The file is 26,214,401 bytes; the limit is 26,214,400 bytes.');
    // 50 KB over reads differently in megabytes (25,0 and 25,1... rounding), so megabytes it is.
    const over = message('FILE_TOO_LARGE', { bytes: 25 * 1024 * 1024 + 60_000, limit: 25 * 1024 * 1024 });
    expect(inWords(over, 'sv')).toBe('Filen är 25,1 MB; högst 25,0 MB tillåts.');
    const difference = message('SCENARIO_DIFFERENCE', {
      shown: ['A', 'B'],
      hidden: [],
      gone: 0,
      orphans: 0,
      noteChanged: 0,
    });
    expect(inBothLanguages(difference)).toEqual({ sv: 'nu visas "A" och "B"', en: 'now shows "A" and "B"' });
  });
});

describe('the command line speaks through the same catalogue', () => {
  const fixture = join(import.meta.dirname, '../../fixtures/rules/CONDITION_SOURCE_LATER.json');

  it('--json gives each finding its code, parameters and words in both languages', async () => {
    const result = await runCli('validate', '--json', fixture);
    const [finding] = (
      JSON.parse(result.stdout) as {
        files: [{ diagnostics: { code: string; params: object; message: { sv: string; en: string } }[] }];
      }
    ).files[0].diagnostics;
    expect(finding).toMatchObject({
      code: 'CONDITION_SOURCE_LATER',
      params: { term: 'Vikt', sourceTerm: 'Datum för åtgärd' },
      message: {
        sv: 'Villkoret för "Vikt" hänvisar till "Datum för åtgärd", som kommer senare i mallen.',
        en: 'The condition of "Vikt" refers to "Datum för åtgärd", which comes later in the template.',
      },
    });
  });

  it('--json gives a refused file its code and words', async () => {
    const result = await runCli('validate', '--json', join(import.meta.dirname, 'finns-inte.json'));
    expect(JSON.parse(result.stdout)).toMatchObject({
      files: [
        {
          status: 'refused',
          message: { code: 'FILE_MISSING', sv: 'Filen finns inte.', en: 'The file does not exist.' },
        },
      ],
    });
  });

  it('says its usage and argument errors in the language asked for', async () => {
    expect((await runCli('nytt', '--lang', 'en')).stderr).toMatch(/^Unknown command: nytt\nUsage: /);
    expect((await runCli('validate')).stderr).toMatch(/^Ange minst en fil\.\nAnvändning: /);
  });
});
