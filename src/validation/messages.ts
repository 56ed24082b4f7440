/**
 * Every diagnostic code with its severity. Codes are stable: tests, the command line's --json output
 * and saved scenarios refer to them. The words are in src/i18n/messages/diagnostics.ts.
 */
export const SEVERITY_BY_CODE = {
  SCHEMA_INVALID: 'error',
  DUPLICATE_NODE_ID: 'error',
  DUPLICATE_KEYWORD_ID: 'error',
  DUPLICATE_DOCUMENT_ID: 'error',
  DUPLICATE_OPTION_ID: 'error',
  UNKNOWN_KEYWORD: 'error',
  CONDITION_SOURCE_MISSING: 'error',
  CONDITION_SOURCE_SELF: 'error',
  CONDITION_SOURCE_DESCENDANT: 'error',
  CONDITION_SOURCE_LATER: 'error',
  CONDITION_OPERATOR_NOT_ALLOWED: 'error',
  CONDITION_VALUE_MISSING: 'error',
  CONDITION_VALUE_WRONG_TYPE: 'error',
  CONDITION_VALUE_NOT_OPTION: 'error',
  CONDITION_NEVER_TRUE: 'error',
  EMPTY_VALUE_LIST: 'error',
  VALUE_SET_NOT_EXPANDED: 'warning',
  DUPLICATE_OPTION_LABEL: 'error',
  DUPLICATE_SIBLING_TERM: 'error',
  MIN_GREATER_THAN_MAX: 'error',
  MIN_LENGTH_GREATER_THAN_MAX: 'error',
  PATTERN_INVALID: 'error',
  NOT_BEFORE_NOT_A_DATE: 'error',
  NOT_BEFORE_NOT_PLACED: 'warning',
  DATE_ONLY_TODAY: 'warning',
  SCORE_WITHOUT_SOURCES: 'error',
  SCORE_SOURCE_UNKNOWN: 'error',
  SCORE_SOURCE_UNSCORED: 'error',
  SCORE_SOURCE_LATER: 'error',
  SCORE_SOURCE_NOT_PLACED: 'warning',
  FRAGMENT_ROOT: 'error',
  INCLUDE_NOT_FOUND: 'error',
  INCLUDE_CYCLE: 'error',
  INCLUDE_TOO_LARGE: 'error',
  TREE_TOO_DEEP: 'error',
  TREE_DEEP: 'warning',
  TOO_MANY_NODES: 'error',
  MANY_NODES: 'warning',
  HEADING_WITHOUT_CHILDREN: 'warning',
  REQUIRED_WITHOUT_ANSWER: 'warning',
  CHILD_NEVER_FOLDS: 'warning',
  RETIRED_KEYWORD: 'warning',
  NUMBER_WITHOUT_UNIT: 'warning',
  CODE_FORMAT: 'warning',
  NAME_LOWERCASE_START: 'warning',
  NAME_CAPITALS: 'warning',
  NAME_TRAILING_PUNCTUATION: 'warning',
  NAME_TOO_LONG: 'warning',
  NAME_UNIT_IN_TERM: 'warning',
  NAME_QUESTION: 'warning',
  NAME_VAGUE: 'warning',
  OPTION_LABEL_STYLE: 'warning',
  SAME_TERM_IN_CATALOGUE: 'warning',
  SCENARIO_CHANGED: 'warning',
  FOLDER_DUPLICATE_ID: 'error',
  FOLDER_WRONG_PATH: 'error',
  FOLDER_UNKNOWN_FILE: 'warning',
  FOLDER_NOT_CANONICAL: 'warning',
  MERGE_CONFLICT: 'error',
} as const satisfies Record<string, 'error' | 'warning'>;

export type DiagnosticCode = keyof typeof SEVERITY_BY_CODE;
export const DIAGNOSTIC_CODES = Object.keys(SEVERITY_BY_CODE) as DiagnosticCode[];

/** Findings only a library folder can have (they concern files); every other code is a rule of one file. */
export const FOLDER_CODES = [
  'FOLDER_DUPLICATE_ID',
  'FOLDER_WRONG_PATH',
  'FOLDER_UNKNOWN_FILE',
  'FOLDER_NOT_CANONICAL',
  'MERGE_CONFLICT',
] as const satisfies readonly DiagnosticCode[];
export type FileRuleCode = Exclude<DiagnosticCode, (typeof FOLDER_CODES)[number]>;
export const FILE_RULE_CODES = DIAGNOSTIC_CODES.filter(
  (code) => !(FOLDER_CODES as readonly string[]).includes(code),
) as FileRuleCode[];

/** The reasons a condition can never hold, said inside CONDITION_NEVER_TRUE and on Grenar. */
export type NeverTrueCode =
  | 'NEVER_NONE_CAN_OCCUR'
  | 'NEVER_OUTSIDE_MIN_MAX'
  | 'NEVER_ANSWERED_AND_EMPTY'
  | 'NEVER_TWO_VALUES'
  | 'NEVER_REQUIRED_AND_EXCLUDED'
  | 'NEVER_COMPARISONS_EXCLUDE'
  | 'NEVER_SOURCE_NOT_BEFORE'
  | 'NEVER_SOURCE_MISFIT';

/** Why a file is not one of ours, and how a Testfall's outcome changed. */
export type ValidationCode =
  | NeverTrueCode
  | 'FILE_IS_FHIR'
  | 'FILE_FORMAT_UNKNOWN'
  | 'FILE_FORMAT_VERSION'
  | 'SCENARIO_DIFFERENCE'
  | 'FOLDER_NOT_LIBRARY';
