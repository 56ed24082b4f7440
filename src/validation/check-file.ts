import type { FragmentFile, LibraryFile } from '../domain/model.ts';
import { LIMITS } from '../domain/limits.ts';
import { checkSize, parseJsonSafely, type ParseFailure } from '../formats/parse-json.ts';
import { checkStructure } from './structural.ts';
import { checkFragmentFile, checkLibrary } from './check-document.ts';
import type { Diagnostic } from './diagnostics.ts';

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
  | { readonly ok: false; readonly refusal: ParseFailure['message'] };

const refusal = (sv: string, en: string): FileCheck => ({ ok: false, refusal: { sv, en } });

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
    return refusal(
      `Filen är en FHIR-resurs (${value.resourceType}); här kontrolleras Termverkstads egna filer.`,
      `The file is a FHIR resource (${value.resourceType}); this checks Termverkstad's own files.`,
    );
  }
  const format = value.format;
  if (typeof format !== 'string' || !(format in FILE_FORMATS)) {
    const name = typeof format === 'string' ? `"${format.slice(0, 80)}"` : 'inget';
    return refusal(
      `Okänt filformat (${name}); väntade termverkstad-fragment eller termverkstad-library.`,
      `Unknown file format (${name === 'inget' ? 'none' : name}); expected termverkstad-fragment or termverkstad-library.`,
    );
  }
  const known = FILE_FORMATS[format as keyof typeof FILE_FORMATS];
  if (!(known.versions as readonly unknown[]).includes(value.formatVersion)) {
    const version = JSON.stringify(value.formatVersion ?? null).slice(0, 40);
    return refusal(
      `Formatet ${format} version ${version} stöds inte; den här versionen läser ${known.versions.join(', ')}.`,
      `Format ${format} version ${version} is not supported; this version reads ${known.versions.join(', ')}.`,
    );
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
