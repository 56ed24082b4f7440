import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTypes, TYPES_FILE } from '../../../scripts/gen-types.mjs';
import { generateValidators, VALIDATORS_FILE } from '../../../scripts/gen-validators.mjs';
import { FHIR_VALIDATOR_FILE, generateFhirValidator } from '../../../scripts/gen-fhir-validator.mjs';
import { SCHEMA_DIR } from '../../../scripts/schema-files.mjs';
import { buildExampleFragmentFiles, buildExampleLibrary } from '../../../src/examples/library.ts';
import { getExampleFiles } from '../../../src/examples/schema-examples.ts';

const REGENERATE = 'out of date: run `npm run gen` and commit the result';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('generated files match their sources', () => {
  it('src/domain/generated/model.ts matches schemas/', async () => {
    expect(readFileSync(TYPES_FILE, 'utf8'), REGENERATE).toBe(await generateTypes());
  });

  it('src/validation/generated/validators.js matches schemas/', () => {
    expect(readFileSync(VALIDATORS_FILE, 'utf8'), REGENERATE).toBe(generateValidators());
  });

  it('schemas/examples/ matches the example library in src/examples/', () => {
    const expected = getExampleFiles(buildExampleLibrary(), buildExampleFragmentFiles());
    const dir = join(SCHEMA_DIR, 'examples');
    expect(filesUnder(dir), REGENERATE).toEqual(expected.map((f) => f.path).sort());
    for (const file of expected)
      expect(readFileSync(join(dir, file.path), 'utf8'), `${file.path} ${REGENERATE}`).toBe(file.content);
  });

  it('src/formats/generated/fhir-questionnaire.js matches the FHIR R4 JSON Schema', () => {
    expect(readFileSync(FHIR_VALIDATOR_FILE, 'utf8'), REGENERATE).toBe(generateFhirValidator());
  });

  it('the standalone validators never compile code at run time', () => {
    for (const file of [VALIDATORS_FILE, FHIR_VALIDATOR_FILE])
      expect(readFileSync(file, 'utf8')).not.toMatch(/new Function|\beval\(|require\(/);
  });
});
