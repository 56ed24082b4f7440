import type {
  FragmentFile,
  Keyword,
  LibraryFile,
  SavedVersion,
  TrashEntry,
  TreeDocument,
} from '../domain/model.ts';
import {
  validateDocument,
  validateFragmentFile,
  validateKeyword,
  validateLibraryFile,
  validateSavedVersion,
  validateTrashEntry,
} from './generated/validators.js';
import { createDiagnostic, type Diagnostic } from './diagnostics.ts';

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}
interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

/** Words a person can act on, for the few ajv keywords that matter most (English: the JSON output's). */
function describe(error: AjvError): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown field "${String(error.params.additionalProperty)}"`;
    case 'required':
      return `missing field "${String(error.params.missingProperty)}"`;
    case 'maxLength':
      return `longer than ${String(error.params.limit)} characters`;
    case 'maxItems':
      return `more than ${String(error.params.limit)} items`;
    default:
      return error.message ?? error.keyword;
  }
}

/** The ajv keywords the messages say in each language (i18n/messages/texts.ts schemaDetail). */
const SAID = new Set([
  'additionalProperties',
  'required',
  'maxLength',
  'minLength',
  'maxItems',
  'minItems',
  'type',
  'enum',
  'const',
  'pattern',
  'format',
  'minimum',
  'maximum',
]);

/** The rule broken and its one value (a field's name, a limit, a type), for the messages' words. */
function ruleOf(error: AjvError): { rule?: string; value?: string } {
  // A rule the messages have no words for is still named, so Swedish does not fall back to ajv's English.
  if (!SAID.has(error.keyword)) return { rule: error.keyword };
  const value =
    error.params.additionalProperty ??
    error.params.missingProperty ??
    error.params.limit ??
    error.params.type ??
    error.params.format;
  const said = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  return { rule: error.keyword, ...(said !== undefined && { value: said }) };
}

function check<T>(
  validator: StandaloneValidator,
  data: unknown,
): { ok: true; value: T } | { ok: false; diagnostic: Diagnostic } {
  if (validator(data)) return { ok: true, value: data as T };
  const error = validator.errors?.[0];
  const path = error?.instancePath || '/';
  const detail = error ? describe(error) : 'invalid';
  const rule = error ? ruleOf(error) : {};
  return {
    ok: false,
    diagnostic: createDiagnostic('SCHEMA_INVALID', { path, detail, ...rule }, { path }),
  };
}

/**
 * Structural checks by the validators ajv compiled at build time. They stop at the first error:
 * on untrusted input, listing every error is a denial-of-service risk (quality-targets.md A2).
 */
export const checkStructure = {
  keyword: (data: unknown) => check<Keyword>(validateKeyword as StandaloneValidator, data),
  document: (data: unknown) => check<TreeDocument>(validateDocument as StandaloneValidator, data),
  fragmentFile: (data: unknown) => check<FragmentFile>(validateFragmentFile as StandaloneValidator, data),
  libraryFile: (data: unknown) => check<LibraryFile>(validateLibraryFile as StandaloneValidator, data),
  savedVersion: (data: unknown) => check<SavedVersion>(validateSavedVersion as StandaloneValidator, data),
  trashEntry: (data: unknown) => check<TrashEntry>(validateTrashEntry as StandaloneValidator, data),
};
