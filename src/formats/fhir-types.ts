/** The part of FHIR R4 Questionnaire this app reads and writes (hl7.org/fhir/R4/questionnaire.html). */

export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
}

export interface FhirExtension {
  url: string;
  valueString?: string;
  valueCode?: string;
  valueBoolean?: boolean;
  valueInteger?: number;
  valueDecimal?: number;
  valueCanonical?: string;
  valueCoding?: FhirCoding;
  valueCodeableConcept?: { coding?: FhirCoding[]; text?: string };
  valueExpression?: { name?: string; language?: string; expression?: string };
  valueId?: string;
  valueDate?: string;
  valueDateTime?: string;
  /** A primitive's own extensions: a date calculated by an expression (cqf-calculatedValue). */
  _valueDate?: { extension?: FhirExtension[] };
  _valueDateTime?: { extension?: FhirExtension[] };
  extension?: FhirExtension[];
}

export type EnableOperator = 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';

export interface FhirEnableWhen {
  question: string;
  operator: EnableOperator;
  answerBoolean?: boolean;
  answerDecimal?: number;
  answerInteger?: number;
  answerDate?: string;
  answerDateTime?: string;
  answerTime?: string;
  answerString?: string;
  answerCoding?: FhirCoding;
}

/** The FHIR R4 Questionnaire item types (R4 has no 'question'). */
export const ITEM_TYPES = [
  'group',
  'display',
  'boolean',
  'decimal',
  'integer',
  'date',
  'dateTime',
  'time',
  'string',
  'text',
  'url',
  'choice',
  'open-choice',
  'attachment',
  'reference',
  'quantity',
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export interface FhirAnswerOption {
  valueCoding?: FhirCoding;
  valueString?: string;
  valueInteger?: number;
  extension?: FhirExtension[];
}

export interface FhirItem {
  linkId: string;
  text?: string;
  type: ItemType;
  code?: FhirCoding[];
  extension?: FhirExtension[];
  enableWhen?: FhirEnableWhen[];
  enableBehavior?: 'all' | 'any';
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  answerOption?: FhirAnswerOption[];
  item?: FhirItem[];
  [other: string]: unknown;
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id?: string;
  url?: string;
  version?: string;
  name?: string;
  title?: string;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  language?: string;
  description?: string;
  date?: string;
  extension?: FhirExtension[];
  item?: FhirItem[];
  [other: string]: unknown;
}
