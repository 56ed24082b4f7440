import { describe, expect, it, vi } from 'vitest';
import { checkSize, decodeUtf8, measureJson, parseJsonSafely } from '../../../src/formats/parse-json.ts';
import { checkFileText } from '../../../src/validation/index.ts';
import { inWords } from '../../../src/i18n/in-words.ts';

const refusal = (text: string) => {
  const result = checkFileText(text, Buffer.byteLength(text));
  return result.ok ? undefined : { sv: inWords(result.refusal, 'sv'), en: inWords(result.refusal, 'en') };
};

describe('the import gate', () => {
  it('refuses by size before reading', () => {
    expect(inWords(checkSize(50 * 1024 * 1024, 25 * 1024 * 1024)!.message, 'sv')).toBe(
      'Filen är 50,0 MB; högst 25,0 MB tillåts.',
    );
    expect(checkSize(10, 25)).toBeUndefined();
  });

  it('measures nesting outside strings only, and stops early on hostile depth', () => {
    expect(measureJson('{"a":[1,{"b":"[[[{{{"}]}').depth).toBe(3);
    expect(measureJson('"\\"[["').depth).toBe(0);
    expect(measureJson('['.repeat(1_000_000), { depthLimit: 64 }).depth).toBe(65);
  });

  it('refuses deep nesting without calling JSON.parse', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const result = parseJsonSafely('['.repeat(1_000_000) + ']'.repeat(1_000_000));
    expect(result).toMatchObject({ ok: false, message: { code: 'FILE_TOO_DEEP' } });
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it.each([
    ['{"__proto__":{"polluted":1}}', '__proto__'],
    // The outermost forbidden key is the one named.
    ['{"a":{"b":{"c":{"d":{"constructor":{"prototype":{"polluted":1}}}}}}}', 'constructor'],
    // Escaped in the text, it is the same key.
    ['{"a":[1,{"\\u005f_proto__":{"polluted":1}}]}', '__proto__'],
    ['{"ok":1,"list":[[],[{"x":{"prototype":2}}]]}', 'prototype'],
    ['{"a":[{"constructor":1}]}', 'constructor'],
    ['{"prototype":1}', 'prototype'],
  ])('refuses the forbidden key in %s and pollutes nothing', (text, key) => {
    const result = parseJsonSafely(text);
    expect(result).toMatchObject({ ok: false, message: { code: 'FILE_FORBIDDEN_KEY' } });
    expect(!result.ok && inWords(result.message, 'en')).toContain(`"${key}"`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses text that is not JSON, or whose root is not an object', () => {
    expect(parseJsonSafely('{"a":')).toMatchObject({ ok: false, message: { code: 'FILE_NOT_JSON' } });
    for (const root of ['"x"', '[1]', 'null', '42'])
      expect(parseJsonSafely(root)).toMatchObject({ ok: false, message: { code: 'FILE_WRONG_ROOT' } });
  });

  it('decodes UTF-8 with or without a BOM; refuses UTF-16 and invalid bytes', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"å":1}')]);
    expect(decodeUtf8(bom)).toBe('{"å":1}');
    expect(decodeUtf8(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toMatchObject({
      message: { code: 'FILE_UTF16' },
    });
    expect(decodeUtf8(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))).toMatchObject({
      message: { code: 'FILE_NOT_UTF8' },
    });
  });

  it('names unknown formats and versions, and FHIR resources, in one clear message', () => {
    expect(refusal('{"format":"annat"}')?.sv).toBe(
      'Okänt filformat ("annat"); väntade termverkstad-fragment eller termverkstad-library.',
    );
    expect(refusal('{}')?.en).toBe(
      'Unknown file format (none); expected termverkstad-fragment or termverkstad-library.',
    );
    expect(refusal('{"format":"termverkstad-library","formatVersion":2}')?.en).toBe(
      'Format termverkstad-library version 2 is not supported; this version reads 1.',
    );
    expect(refusal('{"resourceType":"Patient"}')?.en).toContain('FHIR resource (Patient)');
  });

  it('refuses a fragment file over the 25 MB document limit (a 25,000-node FHIR form is ~21 MB)', () => {
    const text = JSON.stringify({ format: 'termverkstad-fragment', formatVersion: 1 });
    const result = checkFileText(text, 26 * 1024 * 1024);
    expect(!result.ok && inWords(result.refusal, 'en')).toBe('The file is 26.0 MB; the limit is 25.0 MB.');
    expect(!result.ok && inWords(result.refusal, 'sv')).toBe('Filen är 26,0 MB; högst 25,0 MB tillåts.');
  });
});
