/** The URLs the FHIR export writes and the import reads (fhir-mapping.md §5, §6, §9). */

/** Our own namespace for canonical URLs, code systems and extensions (no public server yet). */
export const BASE = 'https://termverkstad.invalid/fhir';

export const EXT = {
  /** The whole keyword definition as JSON: what FHIR has no element for (status, 1177, bands, sources). */
  keyword: `${BASE}/StructureDefinition/keyword`,
  /** The document's own fields as JSON: kind, status, example, change log, times, scenarios. */
  document: `${BASE}/StructureDefinition/document`,
  /** Something an import could not model, kept verbatim for the next export. */
  kept: `${BASE}/StructureDefinition/kept`,
  disabledDisplay: 'http://hl7.org/fhir/5.0/StructureDefinition/extension-Questionnaire.item.disabledDisplay',
  assembleExpectation:
    'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-assemble-expectation',
  subQuestionnaire: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-subQuestionnaire',
  assembledFrom: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-assembledFrom',
  unit: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  maxDecimalPlaces: 'http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces',
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
} as const;

/**
 * The extensions of answer rules (fhir-answer-rules.ts). Not in EXT: the import maps them only where
 * the item's type gives them a meaning we model, and keeps them verbatim elsewhere.
 */
export const RULE_EXT = {
  minLength: 'http://hl7.org/fhir/StructureDefinition/minLength',
  regex: 'http://hl7.org/fhir/StructureDefinition/regex',
  entryFormat: 'http://hl7.org/fhir/StructureDefinition/entryFormat',
  calculatedValue: 'http://hl7.org/fhir/StructureDefinition/cqf-calculatedValue',
  targetConstraint: 'http://hl7.org/fhir/StructureDefinition/targetConstraint',
} as const;

/**
 * A FHIR variable. On a subQuestionnaire item we declare linkIdPrefix = 'include id.' (SDC modular
 * forms §7): the assembler then prefixes the fragment's linkIds as our assembled export does, so a
 * template's enableWhen on a fragment keyword finds it. Not in EXT: other variables are kept on import.
 */
export const VARIABLE_EXT = 'http://hl7.org/fhir/StructureDefinition/variable';

/** The linkIdPrefix variable of an include (see VARIABLE_EXT). */
export const linkIdPrefixOf = (includeId: string) => ({
  url: VARIABLE_EXT,
  valueExpression: { name: 'linkIdPrefix', language: 'text/fhirpath', expression: `'${includeId}.'` },
});

export const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';

/** The code system of Ja/Nej answers (the built-in option ids ja/nej). */
export const YES_NO_SYSTEM = `${BASE}/CodeSystem/ja-nej`;

/** The code system of one keyword's value list: its option ids are the codes. */
export const optionSystem = (keywordId: string) => `${BASE}/CodeSystem/sokord/${keywordId}`;

export const questionnaireUrl = (documentId: string) => `${BASE}/Questionnaire/${documentId}`;

/** Our code system names as FHIR system URIs. SNOMED CT has a public URI; the others use ours for now. */
export const CODE_SYSTEM_URIS = {
  'SNOMED CT': 'http://snomed.info/sct',
  KVÅ: `${BASE}/CodeSystem/kva`,
  ICF: `${BASE}/CodeSystem/icf`,
  'ICD-10-SE': `${BASE}/CodeSystem/icd-10-se`,
  Cosmic: `${BASE}/CodeSystem/cosmic`,
  Lokal: `${BASE}/CodeSystem/lokal`,
} as const;
