import type { Message } from '../domain/message.ts';

/** Why a file or a FHIR resource cannot be read; the words are in src/i18n/message-texts. */
export type FormatCode =
  | 'FILE_TOO_LARGE'
  | 'FILE_UTF16'
  | 'FILE_NOT_UTF8'
  | 'FILE_CHECK_TIMED_OUT'
  | 'FILE_TOO_DEEP'
  | 'FILE_TOO_MANY_MEMBERS'
  | 'FILE_NOT_JSON'
  | 'FILE_FORBIDDEN_KEY'
  | 'FILE_WRONG_ROOT'
  | 'FILE_MISSING'
  | 'FILE_CANNOT_OPEN'
  | 'FILE_NOT_REGULAR'
  | 'FHIR_NOT_QUESTIONNAIRE'
  | 'FHIR_ITEM_NOT_OBJECT'
  | 'FHIR_ITEM_NO_LINKID'
  | 'FHIR_ITEM_UNKNOWN_TYPE'
  | 'FHIR_DUPLICATE_LINKID'
  | 'FHIR_CONDITION_TARGET_MISSING'
  | 'FHIR_BUNDLE_WITHOUT_QUESTIONNAIRE'
  | 'FHIR_EXPORT_INVALID'
  | 'FHIR_ITEM_INVALID'
  | 'CSV_MISSING_COLUMN'
  | 'CSV_TOO_MANY_ROWS'
  | 'CSV_EMPTY_TERM'
  | 'CSV_TERM_TOO_LONG'
  | 'CSV_UNKNOWN_TYPE'
  | 'CSV_UNKNOWN_CODE_SYSTEM';

export type FormatMessage = Message<FormatCode>;
