import { KEPT_ITEM_TYPES } from './fhir-item-type.ts';
import type { Catalog, FragmentRef, KeptEntry, TreeDocument } from '../domain/model.ts';
import { isKeywordNode } from '../domain/model.ts';
import { assembleDocument, type ResolveFragment } from '../domain/assemble.ts';
import { indexTree } from '../domain/tree.ts';
import type { FhirCoding, FhirExtension, FhirItem, Questionnaire } from './fhir-types.ts';
import { EXT, questionnaireUrl } from './fhir-urls.ts';
import { toItem } from './fhir-export-items.ts';
import { encodeFields } from './fhir-typed-json.ts';
import { fingerprints, restoreLinkIds, restoreOriginals } from './fhir-original.ts';

export { getItemType } from './fhir-item-type.ts';

export interface FhirExportOptions {
  /** Modular: includes stay SDC subQuestionnaire references; assembled: fragments are copied in. */
  readonly mode: 'modular' | 'assembled';
  /** Finds an included fragment's pinned version (needed for the assembled export). */
  readonly resolve?: ResolveFragment;
}

const STATUS = { draft: 'draft', review: 'draft', approved: 'active', retired: 'retired' } as const;
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/**
 * Puts back what an import kept: an item unchanged since as it came, else its extensions by URL and
 * other elements by name, on the root or by node id; then the original linkIds of renamed items.
 */
function restoreKept(
  questionnaire: Questionnaire,
  kept: readonly KeptEntry[],
  now: ReadonlyMap<string, string>,
) {
  if (kept.length === 0) return;
  const byLinkId = new Map<string, FhirItem>();
  const stack = [...(questionnaire.item ?? [])];
  while (stack.length > 0) {
    const item = stack.pop()!;
    byLinkId.set(item.linkId, item);
    stack.push(...(item.item ?? []));
  }
  const restored = restoreOriginals(byLinkId, kept, now);
  // The first kept extension of a URL replaces those the export made with it (a kept itemControl ours).
  const replaced = new Set<string>();
  for (const entry of kept) {
    if (entry.what.startsWith('#') || restored.has(entry.where)) continue;
    const target: FhirItem | Questionnaire | undefined =
      entry.where === '' ? questionnaire : byLinkId.get(entry.where);
    if (!target) continue;
    const value: unknown = JSON.parse(entry.json);
    // A kept item type only while the keyword still is of the type it was read as.
    if (entry.what === 'type') {
      const held = KEPT_ITEM_TYPES[String(value)];
      if (held?.includes((target as FhirItem).type)) (target as FhirItem).type = value as FhirItem['type'];
      continue;
    }
    // An item's codes are kept one coding at a time; the resource's code whole.
    if (entry.what === 'code' && entry.where !== '')
      (target as FhirItem).code = [...((target as FhirItem).code ?? []), value as FhirCoding];
    else if (/^https?:/.test(entry.what)) {
      const key = `${entry.where}\n${entry.what}`;
      const own = replaced.has(key)
        ? target.extension
        : target.extension?.filter((e) => e.url !== entry.what);
      replaced.add(key);
      // null: the item had none, so the export's own is left out too.
      target.extension = [...(own ?? []), ...(value === null ? [] : [value as FhirExtension])];
    } else if (value === null) delete target[entry.what];
    else target[entry.what] = value;
  }
  restoreLinkIds(questionnaire.item ?? [], kept);
}

function includedFragments(document: TreeDocument): FragmentRef[] {
  return indexTree(document.nodes).ordered.flatMap(({ node }) => (isKeywordNode(node) ? [] : [node.include]));
}

/**
 * A template or fragment as a FHIR R4 Questionnaire (fhir-mapping.md §7, §9). Each node is an item
 * (linkId = node id) nested under its parent; conditions are enableWhen with enableBehavior always
 * written and disabledDisplay=hidden. A fragment is an SDC modular child (independent-child); a
 * modular template refers to its fragments by subQuestionnaire url|version, an assembled one has
 * them copied in with prefixed linkIds and lists them in assembledFrom. What FHIR has no element
 * for (keyword status, 1177, score bands and sources, the document's log) travels in our extensions,
 * so the import gives back the same document.
 */
export function toQuestionnaire(
  source: TreeDocument,
  sourceCatalog: Catalog,
  options: FhirExportOptions = { mode: 'modular' },
): Questionnaire {
  const includes = includedFragments(source);
  const assembled = options.resolve && assembleDocument(source, sourceCatalog, options.resolve);
  const { document, catalog } =
    options.mode === 'assembled' && assembled ? assembled : { document: source, catalog: sourceCatalog };
  // Conditions find their sources in the assembled document: a template keyword may depend on a
  // keyword of a fragment placed before it (modular: the linkId the assembler will give it).
  const index = indexTree((assembled ?? { document }).document.nodes);
  const definitions = assembled?.catalog ?? catalog;
  // What an earlier import kept goes back where it came from, not into the document extension.
  const { nodes: _nodes, title, description, version, keptFromImport = [], ...documentFields } = document;
  const extension: FhirExtension[] = [{ url: EXT.document, extension: encodeFields({ ...documentFields }) }];
  if (document.kind === 'fragment') {
    extension.push({
      url: EXT.assembleExpectation,
      valueCode: includes.length > 0 && options.mode === 'modular' ? 'assemble-child' : 'independent-child',
    });
  } else if (includes.length > 0 && options.mode === 'modular') {
    extension.push({ url: EXT.assembleExpectation, valueCode: 'assemble-root' });
  }
  if (options.mode === 'assembled') {
    for (const ref of includes)
      extension.push({
        url: EXT.assembledFrom,
        valueCanonical: `${questionnaireUrl(ref.fragmentId)}|${ref.version}`,
      });
  }
  const questionnaire: Questionnaire = {
    resourceType: 'Questionnaire',
    ...(FHIR_ID.test(document.id) && { id: document.id }),
    extension,
    url: questionnaireUrl(document.id),
    version,
    title,
    status: STATUS[document.status],
    language: 'sv',
    date: document.updatedAt,
    ...(description?.trim() && { description }),
  };
  if (document.nodes.length > 0)
    questionnaire.item = document.nodes.map((node) => toItem(node, index, definitions));
  restoreKept(
    questionnaire,
    keptFromImport,
    fingerprints(document.nodes, (id) => definitions.get(id)),
  );
  return questionnaire;
}
