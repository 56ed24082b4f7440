import type { FragmentFile, LibraryFile } from '../domain/model.ts';
import { LIMITS } from '../domain/limits.ts';
import { checkSize, parseJsonSafely } from '../formats/parse-json.ts';
import type { FormatMessage } from '../formats/format-messages.ts';
import { message, type Message } from '../domain/message.ts';
import { checkStructure } from './structural.ts';
import { checkFragmentFile, checkLibrary } from './check-document.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { ValidationCode } from './messages.ts';

/** The file formats this app reads, by their `format` field, with the versions it knows. */
export const FILE_FORMATS = {
  'termverkstad-fragment': { versions: [1], sizeLimit: LIMITS.documentFileBytes },
  'termverkstad-library': { versions: [1], sizeLimit: LIMITS.libraryFileBytes },
} as const;

export type FileCheck =
  | {
      readonly ok: true;
      readonly kind: 'fragment';
      /** Absent when the structure is invalid (then the one diagnostic says where). */
      readonly file: FragmentFile | undefined;
      readonly diagnostics: readonly Diagnostic[];
    }
  | {
      readonly ok: true;
      readonly kind: 'library';
      readonly file: LibraryFile | undefined;
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly refusal: FormatMessage | Message<ValidationCode> };

const refusal = (code: ValidationCode, params: Message['params']): FileCheck => ({
  ok: false,
  refusal: message(code, params),
});

/**
 * Checks a fragment, template or library file from its text: the parse gate, the format and its
 * version, then structure (first error only), then every semantic rule unless `rules` is false
 * (a pasted subtree: Kontroll checks it where it lands). A refusal means the content cannot be
 * trusted at all; diagnostics are findings in a readable file.
 */
export function checkFileText(text: string, byteLength: number, { rules = true } = {}): FileCheck {
  const tooLarge = checkSize(byteLength, LIMITS.libraryFileBytes);
  if (tooLarge) return { ok: false, refusal: tooLarge.message };
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return { ok: false, refusal: parsed.message };
  const { value } = parsed;

  if (typeof value.resourceType === 'string') {
    return refusal('FILE_IS_FHIR', { type: value.resourceType.slice(0, 80) });
  }
  const format = value.format;
  if (typeof format !== 'string' || !Object.hasOwn(FILE_FORMATS, format)) {
    return refusal('FILE_FORMAT_UNKNOWN', typeof format === 'string' ? { format: format.slice(0, 80) } : {});
  }
  const known = FILE_FORMATS[format as keyof typeof FILE_FORMATS];
  if (!(known.versions as readonly unknown[]).includes(value.formatVersion)) {
    const version = JSON.stringify(value.formatVersion ?? null).slice(0, 40);
    return refusal('FILE_FORMAT_VERSION', { format, version, known: known.versions.join(', ') });
  }
  const sizeRefusal = checkSize(byteLength, known.sizeLimit);
  if (sizeRefusal) return { ok: false, refusal: sizeRefusal.message };

  if (format === 'termverkstad-library') {
    const structure = checkStructure.libraryFile(value);
    if (!structure.ok)
      return { ok: true, kind: 'library', file: undefined, diagnostics: [structure.diagnostic] };
    return {
      ok: true,
      kind: 'library',
      file: structure.value,
      diagnostics: rules ? checkLibrary(structure.value) : [],
    };
  }
  const structure = checkStructure.fragmentFile(value);
  if (!structure.ok)
    return { ok: true, kind: 'fragment', file: undefined, diagnostics: [structure.diagnostic] };
  return {
    ok: true,
    kind: 'fragment',
    file: structure.value,
    diagnostics: rules ? checkFragmentFile(structure.value) : [],
  };
}
