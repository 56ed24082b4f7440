import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { fromQuestionnaire } from '../../../src/formats/fhir-import.ts';
import { inWords } from '../../../src/i18n/in-words.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURE = (name: string) => join(ROOT, 'test/fixtures/rules', `${name}.json`);
const tmp = mkdtempSync(join(tmpdir(), 'termverkstad-exit-'));
const file = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};
const exit = (...args: string[]) => main(args, { write: () => undefined }, { write: () => undefined });

describe('the command line exits 0 when valid, 1 for errors in the content, 2 when it cannot read', () => {
  it.each([
    ['validate: valid', ['validate', FIXTURE('valid-base')], 0],
    ['validate: a warning only', ['validate', FIXTURE('NAME_VAGUE')], 0],
    ['validate: an error', ['validate', FIXTURE('CONDITION_SOURCE_MISSING')], 1],
    ['validate: not JSON', ['validate', file('broken.json', '{"format":')], 2],
    ['validate: a missing file', ['validate', join(tmp, 'finns-inte.json')], 2],
    ['validate: no file named', ['validate'], 2],
    ['an unknown command', ['publish', FIXTURE('valid-base')], 2],
    ['convert: neither --to nor --from', ['convert', FIXTURE('valid-base')], 2],
    ['convert: a file with errors', ['convert', '--to', 'fhir', FIXTURE('CONDITION_SOURCE_MISSING')], 1],
    [
      'convert --from fhir: a Patient',
      ['convert', '--from', 'fhir', file('patient.json', '{"resourceType":"Patient"}')],
      2,
    ],
    [
      'convert --from fhir: not JSON',
      ['convert', '--from', 'fhir', file('half.json', '{"resourceType":')],
      2,
    ],
    ['convert: valid', ['convert', '--to', 'csv', FIXTURE('valid-base')], 0],
  ])('%s: %i', async (_, args, code) => {
    expect(await exit(...args)).toBe(code);
  });
});

describe('FHIR import refuses a broken item, naming where', () => {
  const refusal = (item: unknown[]) => {
    const result = fromQuestionnaire({ resourceType: 'Questionnaire', item }, '2026-12-01T00:00:00Z');
    return result.ok ? 'accepted' : inWords(result.problem, 'en');
  };
  it.each([
    ['an empty linkId', [{ linkId: '', type: 'string' }], 'item[0] has no linkId.'],
    ['a linkId that is not a string', [{ linkId: 7, type: 'string' }], 'item[0] has no linkId.'],
    ['a null item', [null], 'item[0] is not an object.'],
    ['an array as item', [[]], 'item[0] is not an object.'],
    ['a nested null', [{ linkId: 'a', type: 'group', item: [null] }], 'item[0].item[0] is not an object.'],
    ['no type', [{ linkId: 'a' }], 'item[0] (linkId "a") has an unknown type null.'],
  ])('%s', (_, item, message) => {
    expect(refusal(item)).toBe(message);
  });

  it('a single item with a linkId and a known type is accepted', () => {
    expect(refusal([{ linkId: 'a', type: 'string', text: 'Anteckning' }])).toBe('accepted');
  });
});
