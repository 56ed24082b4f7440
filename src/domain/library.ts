import type {
  IncludedFragment,
  Keyword,
  LibraryFile,
  SavedVersion,
  TrashEntry,
  TreeDocument,
} from './model.ts';
import { createCatalog, isKeywordNode } from './model.ts';
import type { FrozenFragment, ResolveFragment } from './assemble.ts';
import { includesIn, indexTree } from './tree.ts';
import { compareVersions } from './version-numbers.ts';

/**
 * The library as the editor holds it: keywords and documents by id. Maps, so that ids from an
 * imported file can never reach Object.prototype ("constructor" is a valid id).
 */
export interface LibraryState {
  readonly keywords: ReadonlyMap<string, Keyword>;
  readonly documents: ReadonlyMap<string, TreeDocument>;
  /** Saved versions by their record id: frozen documents with the keywords they used. */
  readonly versions: ReadonlyMap<string, SavedVersion>;
  /** Papperskorg: deleted documents by id, recoverable for 30 days. */
  readonly trash: ReadonlyMap<string, TrashEntry>;
}

/** The editor's state from a library file. */
export function createLibraryState(
  file: Pick<LibraryFile, 'keywords' | 'documents'> & {
    readonly versions?: readonly SavedVersion[];
    readonly trash?: readonly TrashEntry[];
  },
): LibraryState {
  return {
    keywords: new Map(file.keywords.map((keyword) => [keyword.id, keyword])),
    documents: new Map(file.documents.map((document) => [document.id, document])),
    versions: new Map((file.versions ?? []).map((version) => [version.id, version])),
    trash: new Map((file.trash ?? []).map((entry) => [entry.id, entry])),
  };
}

/** A document's saved versions, highest version number first (the latest saved first among equals). */
export function getSavedVersions(state: LibraryState, documentId: string): SavedVersion[] {
  return [...state.versions.values()]
    .filter((version) => version.documentId === documentId)
    .sort((a, b) => compareVersions(b.version, a.version) || b.savedAt.localeCompare(a.savedAt));
}

/** Documents sorted for the library list: by title, the Swedish way. */
export function getSortedDocuments(state: LibraryState): TreeDocument[] {
  const collator = new Intl.Collator('sv');
  return [...state.documents.values()].sort((a, b) => collator.compare(a.title, b.title));
}

/** A term as the catalogue compares terms: case, diacritics and spacing aside ("Åtgärd" = "atgard"). */
export const foldTerm = (term: string) =>
  term
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('sv');

/** A term not yet used among `taken`: "Nytt sökord", then "Nytt sökord 2", ... */
export function getUniqueTerm(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((term) => term.trim().toLocaleLowerCase('sv')));
  if (!used.has(base.toLocaleLowerCase('sv'))) return base;
  for (let n = 2; ; n++) if (!used.has(`${base} ${n}`.toLocaleLowerCase('sv'))) return `${base} ${n}`;
}

/** Where a fragment is included: each template (or fragment) with the include's node and pinned version. */
export interface FragmentUsage {
  readonly documentId: string;
  readonly nodeId: string;
  readonly version: string;
}

/** "Används i": every include of a fragment in the library, in library order. */
export function getFragmentUsages(state: LibraryState, fragmentId: string): FragmentUsage[] {
  const usages: FragmentUsage[] = [];
  for (const document of state.documents.values())
    for (const node of includesIn(document.nodes))
      if (node.include.fragmentId === fragmentId)
        usages.push({ documentId: document.id, nodeId: node.id, version: node.include.version });
  return usages;
}

/** The definitions of the keywords a document places, in first-placement order (missing ones left out). */
export function getPlacedKeywords(document: TreeDocument, catalog: ReadonlyMap<string, Keyword>): Keyword[] {
  const placed = new Map<string, Keyword>();
  for (const { node } of indexTree(document.nodes).ordered) {
    if (!isKeywordNode(node) || placed.has(node.keywordId)) continue;
    const keyword = catalog.get(node.keywordId);
    if (keyword) placed.set(keyword.id, keyword);
  }
  return [...placed.values()];
}

/** Fragments available to includes: fragment id -> version -> the saved version. */
export type FragmentVersions = ReadonlyMap<string, ReadonlyMap<string, FrozenFragment>>;

/**
 * The saved versions of a library's fragments, for include resolution. Only saved versions: a
 * fragment's working copy never reaches the templates that pin it.
 */
export function collectFragments(library: { readonly versions: Iterable<SavedVersion> }): FragmentVersions {
  const fragments = new Map<string, Map<string, FrozenFragment>>();
  for (const saved of library.versions)
    if (saved.document.kind === 'fragment')
      addVersion(fragments, saved.documentId, saved.version, saved.document, saved.keywords);
  return fragments;
}

/** One fragment version into the map, unless that id and number are there already (the first wins). */
function addVersion(
  fragments: Map<string, Map<string, FrozenFragment>>,
  id: string,
  version: string,
  document: TreeDocument,
  keywords: readonly Keyword[],
) {
  const versions = fragments.get(id) ?? new Map<string, FrozenFragment>();
  if (!versions.has(version)) versions.set(version, { document, catalog: createCatalog(keywords) });
  fragments.set(id, versions);
}

/** The fragment versions a file carries (fragment-file `fragments`), for include resolution. */
export function collectCarriedFragments(carried: readonly IncludedFragment[]): FragmentVersions {
  const fragments = new Map<string, Map<string, FrozenFragment>>();
  for (const { document, keywords } of carried)
    addVersion(fragments, document.id, document.version, document, keywords);
  return fragments;
}

/** Both sets of fragment versions; where both have a version, the first's. */
export function mergeFragmentVersions(first: FragmentVersions, second: FragmentVersions): FragmentVersions {
  const merged = new Map<string, Map<string, FrozenFragment>>();
  for (const source of [second, first])
    for (const [id, versions] of source) merged.set(id, new Map([...(merged.get(id) ?? []), ...versions]));
  return merged;
}

/** Include resolution over collected fragments. */
export const resolveIn =
  (fragments: FragmentVersions): ResolveFragment =>
  (ref) =>
    fragments.get(ref.fragmentId)?.get(ref.version);

const resolvers = new WeakMap<ReadonlyMap<string, SavedVersion>, ResolveFragment>();

/** Include resolution over a library's saved versions: one per (immutable) version of the map. */
export function getResolver(versions: ReadonlyMap<string, SavedVersion>): ResolveFragment {
  let resolve = resolvers.get(versions);
  if (!resolve) {
    resolve = resolveIn(collectFragments({ versions: versions.values() }));
    resolvers.set(versions, resolve);
  }
  return resolve;
}
