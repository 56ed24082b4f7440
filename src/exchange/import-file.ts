import type { FragmentFile, FragmentRef, KeptEntry } from '../domain/model.ts';
import { isKeywordNode } from '../domain/model.ts';
import { indexTree } from '../domain/tree.ts';
import { collectCarriedFragments, mergeFragmentVersions, type FragmentVersions } from '../domain/library.ts';
import { LIMITS } from '../domain/limits.ts';
import { checkSize, parseJsonSafely } from '../formats/parse-json.ts';
import { fromQuestionnaire } from '../formats/fhir-import.ts';
import { fhirPlaceOf } from '../formats/fhir-original.ts';
import { fromQuestionnaireBundle } from '../formats/fhir-bundle.ts';
import type { Conversion } from '../formats/fhir-import.ts';
import { checkStructure } from '../validation/structural.ts';
import { checkFileText } from '../validation/check-file.ts';
import { checkFragmentFile } from '../validation/check-document.ts';
import type { Diagnostic } from '../validation/diagnostics.ts';
import { message } from '../domain/message.ts';
import type { ExchangeMessage } from './exchange-messages.ts';

export type ImportCheck =
  | {
      readonly ok: true;
      readonly source: 'termverkstad' | 'fhir';
      readonly file: FragmentFile;
      /** What a FHIR import could not model (kept in the document). */
      readonly kept: readonly KeptEntry[];
      /** What a FHIR import holds as something else (an item type, a linkId). */
      readonly converted: readonly Conversion[];
      /** The rules' findings on the imported document: shown, not blocking. */
      readonly diagnostics: readonly Diagnostic[];
      /** Includes pinning a fragment version neither the file nor the library has. */
      readonly missing: readonly FragmentRef[];
    }
  | { readonly ok: false; readonly reason: ExchangeMessage };

/** The includes of the document and of the fragments it carries that nothing available resolves. */
function findMissing(file: FragmentFile, available: FragmentVersions): FragmentRef[] {
  const fragments = mergeFragmentVersions(collectCarriedFragments(file.fragments ?? []), available);
  const missing = new Map<string, FragmentRef>();
  for (const document of [file.document, ...(file.fragments ?? []).map((f) => f.document)])
    for (const { node } of indexTree(document.nodes).ordered)
      if (!isKeywordNode(node) && !fragments.get(node.include.fragmentId)?.get(node.include.version))
        missing.set(`${node.include.fragmentId}\n${node.include.version}`, node.include);
  return [...missing.values()];
}

/**
 * Reads a file offered for import, the same for the UI and the command line: the size and parse
 * gate (depth, forbidden keys), then a Termverkstad fragment/template file or a FHIR Questionnaire,
 * then the schema. A refusal names what and where; nothing is written here.
 */
export function checkImport(
  text: string,
  byteLength: number,
  now: string,
  /** The fragment versions of the library the file goes into. */
  available: FragmentVersions = new Map(),
): ImportCheck {
  const tooLarge = checkSize(byteLength, LIMITS.documentFileBytes);
  if (tooLarge) return { ok: false, reason: tooLarge.message };
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return { ok: false, reason: parsed.message };

  if (parsed.value.resourceType !== undefined) {
    const converted =
      parsed.value.resourceType === 'Bundle'
        ? fromQuestionnaireBundle(parsed.value, now)
        : fromQuestionnaire(parsed.value, now);
    if (!converted.ok) return { ok: false, reason: converted.problem };
    const structure = checkStructure.fragmentFile(converted.file);
    if (!structure.ok) {
      // Named as the Questionnaire names it (item and element), not by our file's inner path.
      const { path, ...detail } = structure.diagnostic.params as { path: string; detail: string };
      const place = fhirPlaceOf(converted.file, path);
      return {
        ok: false,
        reason: place ? message('FHIR_ITEM_INVALID', { place, ...detail }) : structure.diagnostic,
      };
    }
    return {
      ok: true,
      source: 'fhir',
      file: structure.value,
      kept: converted.kept,
      converted: converted.converted,
      diagnostics: checkFragmentFile(structure.value, available),
      missing: findMissing(structure.value, available),
    };
  }
  const checked = checkFileText(text, byteLength, { rules: false });
  if (!checked.ok) return { ok: false, reason: checked.refusal };
  if (checked.kind === 'library') {
    return { ok: false, reason: message('IMPORT_IS_LIBRARY') };
  }
  if (!checked.file) return { ok: false, reason: checked.diagnostics[0]! };
  return {
    ok: true,
    source: 'termverkstad',
    file: checked.file,
    kept: [],
    converted: [],
    diagnostics: checkFragmentFile(checked.file, available),
    missing: findMissing(checked.file, available),
  };
}
