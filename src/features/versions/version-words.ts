import type { LibraryState } from '../../domain/library.ts';
import type { SavedVersion, TreeDocument } from '../../domain/model.ts';
import { compareDocuments, type DocumentDiff } from '../../domain/versions.ts';
import type { Strings } from '../../i18n/strings.ts';

/** A comparison as sentences: what was added, removed and changed, and whether it breaks. */
export function describeDiff(diff: DocumentDiff, t: Strings['versions']): string[] {
  if (diff.changes.length === 0) return [t.noChanges];
  const lines = diff.changes.map((change) => {
    if (change.kind === 'added') return t.added(change.term);
    if (change.kind === 'removed') return t.removed(change.term);
    return t.changed(change.term, change.fields.map((field) => t.fields[field]).join(', '));
  });
  if (diff.breaking) lines.unshift(t.breaking);
  else if (diff.textsOnly) lines.unshift(t.textsOnly);
  return lines;
}

/** The user's name for the change log, remembered in this browser. */
export const NAME_KEY = 'termverkstad:name';
export const rememberedName = () => globalThis.localStorage?.getItem(NAME_KEY) ?? '';
export const rememberName = (name: string) => globalThis.localStorage?.setItem(NAME_KEY, name.trim());

/** The comparison of a saved version with the document as it is now. */
export function diffWithCurrent(
  version: SavedVersion,
  document: TreeDocument,
  library: LibraryState,
): DocumentDiff {
  return compareDocuments(
    { document: version.document, catalog: new Map(version.keywords.map((k) => [k.id, k])) },
    { document, catalog: library.keywords },
  );
}
