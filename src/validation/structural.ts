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

/** Words a person can act on, for the few ajv keywords that matter most. */
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

function check<T>(
  validator: StandaloneValidator,
  data: unknown,
): { ok: true; value: T } | { ok: false; diagnostic: Diagnostic } {
  if (validator(data)) return { ok: true, value: data as T };
  const error = validator.errors?.[0];
  const path = error?.instancePath || '/';
  const detail = error ? describe(error) : 'invalid';
  return { ok: false, diagnostic: createDiagnostic('SCHEMA_INVALID', { path, detail }, { path }) };
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
