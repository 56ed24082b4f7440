import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/domain/index.ts';
import { checkFileText } from '../../../src/validation/index.ts';
import { inBothLanguages } from '../../../src/i18n/in-words.ts';

const ROOT = join(import.meta.dirname, '../../..');
const LIBRARY = readFileSync(join(ROOT, 'schemas/examples/library-file/exempelbibliotek.json'), 'utf8');
const FRAGMENT = readFileSync(join(ROOT, 'test/fixtures/rules/valid-base.json'), 'utf8');
const BROKEN = readFileSync(join(ROOT, 'test/fixtures/rules/CONDITION_SOURCE_MISSING.json'), 'utf8');
const check = (text: string, byteLength = Buffer.byteLength(text), options?: { rules?: boolean }) =>
  checkFileText(text, byteLength, options);
const refusal = (value: unknown) => {
  const result = check(JSON.stringify(value));
  return result.ok ? 'accepted' : inBothLanguages(result.refusal);
};

describe('checkFileText: which file it is, and whether to trust it', () => {
  it('names a FHIR resource instead of checking it', () => {
    expect(refusal({ resourceType: 'Questionnaire' })).toEqual({
      sv: 'Filen är en FHIR-resurs (Questionnaire); här kontrolleras Termverkstads egna filer.',
      en: "The file is a FHIR resource (Questionnaire); this checks Termverkstad's own files.",
    });
  });

  it('names an unknown or missing format, cut to 80 characters', () => {
    expect(refusal({})).toEqual({
      sv: 'Okänt filformat (inget); väntade termverkstad-fragment eller termverkstad-library.',
      en: 'Unknown file format (none); expected termverkstad-fragment or termverkstad-library.',
    });
    expect(refusal({ format: 7 })).toMatchObject({ en: expect.stringContaining('(none)') as string });
    const long = 'x'.repeat(100);
    expect(refusal({ format: long })).toMatchObject({
      en: `Unknown file format ("${'x'.repeat(80)}"); expected termverkstad-fragment or termverkstad-library.`,
    });
  });

  it('names a version it does not read', () => {
    expect(refusal({ format: 'termverkstad-library', formatVersion: 2 })).toEqual({
      sv: 'Formatet termverkstad-library version 2 stöds inte; den här versionen läser 1.',
      en: 'Format termverkstad-library version 2 is not supported; this version reads 1.',
    });
    expect(refusal({ format: 'termverkstad-fragment' })).toMatchObject({
      en: expect.stringContaining('version null') as string,
    });
  });

  it('holds a fragment to the document size limit and a library to the library limit', () => {
    expect(check(FRAGMENT, LIMITS.documentFileBytes).ok).toBe(true);
    expect(check(FRAGMENT, LIMITS.documentFileBytes + 1)).toMatchObject({ ok: false });
    expect(check(LIBRARY, LIMITS.libraryFileBytes).ok).toBe(true);
    expect(check(LIBRARY, LIMITS.libraryFileBytes + 1)).toMatchObject({ ok: false });
  });

  it('reads a library and a fragment, with or without the rules', () => {
    expect(check(LIBRARY)).toMatchObject({ ok: true, kind: 'library', diagnostics: [] });
    expect(check(BROKEN)).toMatchObject({
      ok: true,
      kind: 'fragment',
      diagnostics: [{ code: 'CONDITION_SOURCE_MISSING' }],
    });
    expect(check(BROKEN, undefined, { rules: false })).toMatchObject({
      ok: true,
      kind: 'fragment',
      diagnostics: [],
    });
  });

  it('a file that breaks the schema is read but not kept: one SCHEMA_INVALID and no file', () => {
    const library = JSON.parse(LIBRARY) as { documents: unknown[] };
    library.documents = [{ nope: true }];
    expect(check(JSON.stringify(library))).toMatchObject({
      ok: true,
      kind: 'library',
      file: undefined,
      diagnostics: [{ code: 'SCHEMA_INVALID' }],
    });
  });
});
