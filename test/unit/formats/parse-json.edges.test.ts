import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/domain/index.ts';
import {
  checkSize,
  decodeUtf8,
  measureJson,
  parseJsonSafely,
  readUserFile,
} from '../../../src/formats/parse-json.ts';
import { inBothLanguages } from '../../../src/i18n/in-words.ts';

/** An object nested `depth` levels deep: {"a":{"a":…{}}}. */
const nested = (depth: number) => `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;

describe('the import gate at its limits: one below, at and one above', () => {
  it.each([
    [LIMITS.jsonNesting - 1, true],
    [LIMITS.jsonNesting, true],
    [LIMITS.jsonNesting + 1, false],
  ])('nesting %i deep: accepted %s', (depth, accepted) => {
    expect(measureJson(nested(depth)).depth).toBe(depth);
    expect(parseJsonSafely(nested(depth)).ok).toBe(accepted);
  });

  it.each([
    [LIMITS.documentFileBytes - 1, true],
    [LIMITS.documentFileBytes, true],
    [LIMITS.documentFileBytes + 1, false],
  ])('%i bytes against the document limit: accepted %s', (bytes, accepted) => {
    expect(checkSize(bytes, LIMITS.documentFileBytes) === undefined).toBe(accepted);
  });

  it('says the size in MB with one decimal, a decimal comma in Swedish', () => {
    const refusal = checkSize(25 * 1024 * 1024 + 200_000, LIMITS.documentFileBytes)!;
    expect(inBothLanguages(refusal.message)).toEqual({
      sv: 'Filen är 25,2 MB; högst 25,0 MB tillåts.',
      en: 'The file is 25.2 MB; the limit is 25.0 MB.',
    });
  });

  it('nesting inside strings, after escaped quotes, does not count; closing brackets bring it down', () => {
    expect(measureJson('{"a":"\\"{{{{"}').depth).toBe(1);
    expect(measureJson('[[1],[2],[[3]]]').depth).toBe(3);
    expect(measureJson('[]{}[]').depth).toBe(1);
  });

  /** An object of `n` fields, the last holding an object of two: {"k0":0,…,"kn":{"a":":","b":1}}. */
  const wide = (n: number) =>
    `{${Array.from({ length: n - 1 }, (_, i) => `"k${i}":0`).join(',')}${n > 1 ? ',' : ''}"last":{"a":":","b":1}}`;

  it.each([
    [LIMITS.jsonObjectMembers - 1, true],
    [LIMITS.jsonObjectMembers, true],
    [LIMITS.jsonObjectMembers + 1, false],
  ])('an object of %i fields: accepted %s', (n, accepted) => {
    expect(measureJson(wide(n)).members).toBe(n);
    const parsed = parseJsonSafely(wide(n));
    expect(parsed.ok).toBe(accepted);
    if (!parsed.ok) expect(parsed.message).toMatchObject({ code: 'FILE_TOO_MANY_MEMBERS' });
  });

  it('counts the fields of each object on its own: many small objects are not one large one', () => {
    const many = `[${Array.from({ length: 5000 }, () => '{"a":1,"b":{"c":2,"d":3}}').join(',')}]`;
    expect(measureJson(many)).toEqual({ depth: 3, members: 2 });
    expect(measureJson('{"a":{"b":1,"c":2,"d":3},"e":4}').members).toBe(3);
    // Colons in strings and keys are not fields.
    expect(measureJson('{"a:b":"c:d:e"}').members).toBe(1);
  });

  it('a byte order mark is dropped before parsing, in the text and in the bytes', () => {
    expect(parseJsonSafely('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toBe('{}');
    expect(decodeUtf8(new Uint8Array([0xfe, 0xff, 0x00, 0x7b]))).toMatchObject({
      message: { code: 'FILE_UTF16' },
    });
    expect(decodeUtf8(new Uint8Array([0xc3, 0x28]))).toMatchObject({ message: { code: 'FILE_NOT_UTF8' } });
  });

  it('names the forbidden key and the depth limit in its messages', () => {
    const deep = parseJsonSafely(nested(LIMITS.jsonNesting + 1));
    expect(!deep.ok && inBothLanguages(deep.message).en).toBe(
      `The file is nested deeper than ${LIMITS.jsonNesting} levels.`,
    );
    const forbidden = parseJsonSafely('{"b":{"constructor":{}}}');
    expect(!forbidden.ok && inBothLanguages(forbidden.message).sv).toBe(
      'Filen innehåller den otillåtna nyckeln "constructor".',
    );
  });
});

describe('readUserFile (a file picked in the app): its size before a byte is read, then strict UTF-8', () => {
  /** A file of `size` bytes that counts the reads of its content. */
  const file = (size: number, bytes = new Uint8Array(size).fill(0x20)) => {
    let reads = 0;
    return {
      size,
      arrayBuffer: () => {
        reads++;
        return Promise.resolve(bytes.buffer);
      },
      reads: () => reads,
    };
  };

  it.each([
    [99, true],
    [100, true],
    [101, false],
  ])('%i bytes against a limit of 100: read %s', async (size, accepted) => {
    const picked = file(size);
    const result = await readUserFile(picked, 100);
    expect(result.ok).toBe(accepted);
    expect(picked.reads()).toBe(accepted ? 1 : 0);
    if (!result.ok)
      expect(result.message).toMatchObject({ code: 'FILE_TOO_LARGE', params: { bytes: 101, limit: 100 } });
  });

  it('refuses invalid UTF-8 and UTF-16 by name, and strips a byte order mark', async () => {
    const bytes = (...values: number[]) => file(values.length, new Uint8Array(values));
    expect(await readUserFile(bytes(0x7b, 0xe5, 0x7d), 100)).toMatchObject({
      ok: false,
      message: { code: 'FILE_NOT_UTF8' },
    });
    expect(await readUserFile(bytes(0xff, 0xfe, 0x7b, 0x00), 100)).toMatchObject({
      ok: false,
      message: { code: 'FILE_UTF16' },
    });
    expect(await readUserFile(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d), 100)).toEqual({ ok: true, text: '{}' });
  });
});
