import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFileText, FILE_RULE_CODES, SEVERITY_BY_CODE } from '../../../src/validation/index.ts';
import { inWords } from '../../../src/i18n/in-words.ts';

const dir = join(import.meta.dirname, '../../fixtures/rules');
const check = (file: string) => {
  const text = readFileSync(join(dir, file), 'utf8');
  return checkFileText(text, Buffer.byteLength(text));
};

describe('one fixture per rule (test/fixtures/rules)', () => {
  it('has a fixture for every diagnostic code', () => {
    const fixtures = readdirSync(dir)
      .filter((f) => f !== 'valid-base.json')
      .map((f) => f.replace(/\.json$/, ''));
    expect(fixtures.sort()).toEqual([...FILE_RULE_CODES].sort());
  });

  it('the unbroken base passes every rule without a warning', () => {
    expect(check('valid-base.json')).toMatchObject({ ok: true, diagnostics: [] });
  });

  it.each(FILE_RULE_CODES)(
    '%s.json yields exactly that code, with its severity and both languages',
    (code) => {
      const result = check(`${code}.json`);
      if (!result.ok) throw new Error(`refused: ${inWords(result.refusal, 'en')}`);
      expect(result.diagnostics.length).toBeGreaterThan(0);
      for (const diagnostic of result.diagnostics) {
        expect(diagnostic.code).toBe(code);
        expect(diagnostic.severity).toBe(SEVERITY_BY_CODE[code]);
        expect(inWords(diagnostic, 'sv').length).toBeGreaterThan(10);
        expect(inWords(diagnostic, 'en').length).toBeGreaterThan(10);
        expect(inWords(diagnostic, 'sv')).not.toBe(inWords(diagnostic, 'en'));
      }
    },
  );

  it('node-level diagnostics name the node to select', () => {
    const result = check('CONDITION_SOURCE_LATER.json');
    expect(result.ok && result.diagnostics[0]).toMatchObject({ nodeId: 'bas-vikt', documentId: 'bas' });
    const schema = check('SCHEMA_INVALID.json');
    expect(schema.ok && schema.diagnostics[0]).toMatchObject({ path: '/document' });
    expect(schema.ok && inWords(schema.diagnostics[0]!, 'en')).toContain('unknown field "färg"');
  });
});
