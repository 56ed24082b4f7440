/**
 * The keyword-type registry: everything the app knows about a keyword type, in one record per type.
 * Adding a type means: the schema's KeywordType enum, an entry here, its label in i18n, and what the
 * compiler then lists (every switch over types is exhaustive). Nothing else keeps a list of types.
 */
import type { Keyword, KeywordType, Operator, Option } from './generated/model.ts';

/** Fields of a keyword that only some types use; a type change drops those the new type lacks. */
export const KEYWORD_FIELDS = [
  'options',
  'optionSystem',
  'valueSet',
  'openChoice',
  'unit',
  'min',
  'max',
  'decimals',
  'maxLength',
  'booleanAnswer',
  'singleLine',
  'minLength',
  'pattern',
  'patternHint',
  'notInFuture',
  'notInPast',
  'notBefore',
  'scoreSources',
  'bands',
  'missingItems',
] as const satisfies readonly (keyof Keyword)[];
export type KeywordField = (typeof KEYWORD_FIELDS)[number];

/**
 * What an answer to a keyword is: none (a heading), a tick, one option id, several option ids, a
 * text, a number, a date (YYYY-MM-DD), a date and a time of day (YYYY-MM-DDThh:mm, local), or a
 * number the form computes (a score).
 */
export type AnswerKind =
  'none' | 'tick' | 'option' | 'options' | 'text' | 'number' | 'date' | 'dateTime' | 'computed';

/**
 * What a condition on a source of this type compares with: nothing, an option id, a number, a
 * text, a date, or a FHIR dateTime (a date, or a date and time with its zone, as imported).
 */
export type ConditionValueKind = 'none' | 'option' | 'number' | 'date' | 'dateTime' | 'text';

/** The FHIR R4 item type a keyword becomes (fhir-mapping.md §7); 'number' is integer or decimal. */
export type FhirItemKind = 'group' | 'boolean' | 'choice' | 'text' | 'number' | 'date' | 'dateTime';

export interface KeywordTypeSpec {
  /** The type-specific fields it uses (beyond id, term, type, status, description and codes). */
  readonly fields: readonly KeywordField[];
  /** The value list: the keyword's own ('own'), a built-in one, or none ([]). */
  readonly options: 'own' | readonly Option[];
  readonly answer: AnswerKind;
  /** The operators a condition on a source of this type may use (FHIR enableWhen, named). */
  readonly operators: readonly Operator[];
  readonly conditionValue: ConditionValueKind;
  /**
   * The operator "Gör dynamiskt" gives the children of such a keyword; undefined when the type
   * cannot be dynamic. A child without a condition under a dynamic type never folds (a warning).
   */
  readonly dynamicOperator: Operator | undefined;
  readonly fhir: {
    readonly item: FhirItemKind;
    /** multipleChoice answers repeat; a score is computed, so read-only. */
    readonly repeats?: true;
    readonly readOnly?: true;
    /** The rendering control: check boxes, or radio buttons / drop-down by list length. */
    readonly control?: 'check-box' | 'list';
  };
}

/** The built-in value list of a yes/no keyword; conditions refer to these ids. */
export const YES_NO_OPTIONS: readonly Option[] = [
  { id: 'ja', label: 'Ja' },
  { id: 'nej', label: 'Nej' },
];

/** A Ja-kryss has a single "Ja". */
export const CHECK_OPTIONS: readonly Option[] = [{ id: 'ja', label: 'Ja' }];

const CHOICE_OPERATORS: readonly Operator[] = ['equals', 'notEquals', 'answered', 'notAnswered'];
const COMPARISONS: readonly Operator[] = [
  'equals',
  'notEquals',
  'lessThan',
  'lessOrEqual',
  'greaterThan',
  'greaterOrEqual',
];
const ORDERED_OPERATORS: readonly Operator[] = [...COMPARISONS, 'answered', 'notAnswered'];
const NUMBER_FIELDS: readonly KeywordField[] = ['unit', 'min', 'max', 'decimals'];

/** One record per keyword type, in the order the type picker lists them. */
export const KEYWORD_TYPES = {
  heading: {
    fields: [],
    options: [],
    answer: 'none',
    operators: [],
    conditionValue: 'none',
    dynamicOperator: undefined,
    fhir: { item: 'group' },
  },
  check: {
    fields: [],
    options: CHECK_OPTIONS,
    answer: 'tick',
    operators: ['checked', 'answered', 'notAnswered'],
    conditionValue: 'none',
    dynamicOperator: 'checked',
    fhir: { item: 'boolean' },
  },
  yesNo: {
    fields: ['booleanAnswer'],
    options: YES_NO_OPTIONS,
    answer: 'option',
    operators: CHOICE_OPERATORS,
    conditionValue: 'option',
    dynamicOperator: 'equals',
    fhir: { item: 'choice', control: 'list' },
  },
  singleChoice: {
    fields: ['options', 'optionSystem', 'valueSet', 'openChoice'],
    options: 'own',
    answer: 'option',
    operators: CHOICE_OPERATORS,
    conditionValue: 'option',
    dynamicOperator: 'equals',
    fhir: { item: 'choice', control: 'list' },
  },
  multipleChoice: {
    fields: ['options', 'optionSystem', 'valueSet', 'openChoice'],
    options: 'own',
    answer: 'options',
    operators: ['includes', 'answered', 'notAnswered'],
    conditionValue: 'option',
    dynamicOperator: 'includes',
    fhir: { item: 'choice', repeats: true, control: 'check-box' },
  },
  text: {
    fields: ['maxLength', 'singleLine', 'minLength', 'pattern', 'patternHint'],
    options: [],
    answer: 'text',
    // As FHIR's enableWhen on a string: equal to, or ordered against, a text. Answered first:
    // a new condition on a text starts valueless.
    operators: ['answered', 'notAnswered', ...COMPARISONS],
    conditionValue: 'text',
    dynamicOperator: undefined,
    fhir: { item: 'text' },
  },
  number: {
    fields: NUMBER_FIELDS,
    options: [],
    answer: 'number',
    operators: ORDERED_OPERATORS,
    conditionValue: 'number',
    dynamicOperator: undefined,
    fhir: { item: 'number' },
  },
  date: {
    fields: ['notInFuture', 'notInPast', 'notBefore'],
    options: [],
    answer: 'date',
    operators: ORDERED_OPERATORS,
    conditionValue: 'date',
    dynamicOperator: undefined,
    fhir: { item: 'date' },
  },
  // Datum och tid (openEHR DV_DATE_TIME): when something happened, to the minute.
  dateTime: {
    fields: ['notInFuture', 'notInPast'],
    options: [],
    answer: 'dateTime',
    operators: ORDERED_OPERATORS,
    conditionValue: 'dateTime',
    dynamicOperator: undefined,
    fhir: { item: 'dateTime' },
  },
  score: {
    fields: ['unit', 'min', 'max', 'scoreSources', 'bands', 'missingItems'],
    options: [],
    answer: 'computed',
    operators: ORDERED_OPERATORS,
    conditionValue: 'number',
    dynamicOperator: undefined,
    fhir: { item: 'number', readOnly: true },
  },
} as const satisfies Record<KeywordType, KeywordTypeSpec>;

/** Every keyword type, in the order the type picker lists them. */
export const KEYWORD_TYPE_ORDER = Object.keys(KEYWORD_TYPES) as readonly KeywordType[];

/** The registry entry of a type. */
export function getTypeSpec(type: KeywordType): KeywordTypeSpec {
  return KEYWORD_TYPES[type];
}

/** True when the type's answer is picked from a value list (its own or a built-in one). */
export function isChoiceType(type: KeywordType): boolean {
  const { answer } = getTypeSpec(type);
  return answer === 'tick' || answer === 'option' || answer === 'options';
}

/** True when each keyword of the type has its own, editable value list. */
export function hasOwnOptions(type: KeywordType): boolean {
  return getTypeSpec(type).options === 'own';
}

/** True when the type's answer is a number (typed or computed), so it has a range and counts as scored. */
export function isNumericType(type: KeywordType): boolean {
  return getTypeSpec(type).conditionValue === 'number';
}

/** True when the user answers the type: not a heading (no answer), not a score (computed). Only these can be required. */
export function takesAnswer(type: KeywordType): boolean {
  const { answer } = getTypeSpec(type);
  return answer !== 'none' && answer !== 'computed';
}

/** True when the type uses the field, so the inspector shows it and a type change keeps it. */
export function usesField(type: KeywordType, field: KeywordField): boolean {
  return getTypeSpec(type).fields.includes(field);
}

/** Whether a type has answer rules (Egenskaper's Regler): text length and format, dates, a score's gaps. */
export const hasAnswerRules = (type: KeywordType) =>
  usesField(type, 'maxLength') || usesField(type, 'notInFuture') || usesField(type, 'missingItems');

/** For the default of an exhaustive switch: the compiler proves it unreachable, this throws if not. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
