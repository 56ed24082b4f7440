import { describe, expect, it } from 'vitest';
import { inWords } from '../../../src/i18n/in-words.ts';
import { schemaDetail } from '../../../src/i18n/messages/texts.ts';
import { checkStructure } from '../../../src/validation/structural.ts';
import { buildBaseFragment } from '../../helpers/base-fragment.ts';

/** The first keyword of a fragment file, to change. */
const keywordOf = (file: Record<string, unknown>) => (file.keywords as Record<string, unknown>[])[0]!;

/** The structural finding for a fragment file changed by `change`. */
function refusal(change: (file: Record<string, unknown>) => void) {
  const file = structuredClone(buildBaseFragment()) as unknown as Record<string, unknown>;
  change(file);
  const checked = checkStructure.fragmentFile(file);
  if (checked.ok) throw new Error('expected a refusal');
  return checked.diagnostic;
}

describe('what a schema check found, in Swedish and in English', () => {
  it.each([
    [(f: Record<string, unknown>) => (f.extra = 1), 'okänt fält "extra"', 'unknown field "extra"'],
    [
      (f: Record<string, unknown>) => delete f.keywords,
      'fältet "keywords" saknas',
      'missing field "keywords"',
    ],
    [
      (f: Record<string, unknown>) => ((f.document as { title: string }).title = 'x'.repeat(10_001)),
      'längre än 10000 tecken',
      'longer than 10000 characters',
    ],
    [(f: Record<string, unknown>) => (f.keywords = 'inga'), 'ska vara en lista', 'must be array'],
    [
      (f: Record<string, unknown>) => ((f.document as { status: string }).status = 'klar'),
      'inte ett av de tillåtna värdena',
      'must be equal to one of the allowed values',
    ],
    // Each rule the messages have words for, found by the check itself (structural.ts passes its value on).
    [
      (f: Record<string, unknown>) => (keywordOf(f).unit = ''),
      'kortare än 1 tecken',
      'must NOT have fewer than 1 characters',
    ],
    [
      (f: Record<string, unknown>) => ((f.document as { id: string }).id = 'ett id'),
      'har inte den form som krävs',
      'must match pattern "^[A-Za-z0-9._-]+$"',
    ],
    [
      (f: Record<string, unknown>) => (f.format = 'annat'),
      'inte ett av de tillåtna värdena',
      'must be equal to constant',
    ],
    [(f: Record<string, unknown>) => (keywordOf(f).decimals = -1), 'mindre än 0', 'must be >= 0'],
    [(f: Record<string, unknown>) => (keywordOf(f).decimals = 7), 'större än 6', 'must be <= 6'],
    [
      (f: Record<string, unknown>) =>
        (keywordOf(f).codes = Array.from({ length: 51 }, (_, i) => ({
          system: 'http://snomed.info/sct',
          code: `${i + 1}`,
        }))),
      'fler än 50 poster',
      'more than 50 items',
    ],
    [
      (f: Record<string, unknown>) =>
        ((f.document as { nodes: { showWhen?: unknown }[] }).nodes[0]!.showWhen = {
          behavior: 'all',
          clauses: [],
        }),
      'färre än 1 post',
      'must NOT have fewer than 1 items',
    ],
  ])('%#: says the rule in the language of the message', (change, sv, en) => {
    const diagnostic = refusal(change);
    expect(inWords(diagnostic, 'sv')).toContain(`: ${sv}.`);
    expect(inWords(diagnostic, 'en')).toContain(`: ${en}.`);
  });

  it('names a rule it has no words for in Swedish; falls back to the check’s words only without a rule', () => {
    expect(schemaDetail({ rule: 'uniqueItems', detail: 'must not have duplicate items' }, 'sv')).toBe(
      'uppfyller inte formatets regel "uniqueItems"',
    );
    expect(schemaDetail({ rule: 'uniqueItems', detail: 'must not have duplicate items' }, 'en')).toBe(
      'must not have duplicate items',
    );
    expect(schemaDetail({ detail: 'invalid' }, 'sv')).toBe('invalid');
    // A stored document's edits that name a node twice (incremental saving).
    expect(
      schemaDetail({ rule: 'repeated', value: 'n1', detail: 'the saved edits repeat node n1' }, 'sv'),
    ).toBe('"n1" förekommer flera gånger');
    expect(schemaDetail({ rule: 'type', value: 'string,null', detail: '' }, 'sv')).toBe(
      'ska vara text eller tomt (null)',
    );
    expect(schemaDetail({ rule: 'format', value: 'date-time', detail: '' }, 'sv')).toBe(
      'inte en giltig tidpunkt',
    );
    expect(schemaDetail({ rule: 'format', value: 'email', detail: '' }, 'sv')).toBe('inte giltigt email');
    expect(schemaDetail({ rule: 'minItems', value: '1', detail: '' }, 'sv')).toBe('färre än 1 post');
    expect(schemaDetail({ rule: 'minItems', value: '2', detail: '' }, 'sv')).toBe('färre än 2 poster');
    expect(schemaDetail({ rule: 'maxItems', value: '1', detail: '' }, 'sv')).toBe('fler än 1 post');
    expect(schemaDetail({ rule: 'maxItems', value: '50', detail: '' }, 'sv')).toBe('fler än 50 poster');
  });
});
