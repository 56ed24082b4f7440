import type { KeywordType } from '../domain/model.ts';
import type { LibraryState } from '../domain/library.ts';
import type { MergeConflict } from '../domain/merge.ts';
import {
  documentPath,
  keywordFilePaths,
  keywordGroupFiles,
  stableJson,
  trashPath,
  versionPath,
  type FolderFile,
} from '../formats/library-folder.ts';
import type { ConflictFile } from '../formats/library-merge.ts';
import type { LibraryChanges } from './library-repository.ts';
import type { Collision } from './folder-store.ts';

/** The files a set of changes touches, with their new text ('' = remove the file). */
export function filesForChanges(
  changes: LibraryChanges,
  before: LibraryState,
  after: LibraryState,
): FolderFile[] {
  const files = new Map<string, string>();
  const types = new Set<KeywordType>();
  for (const keyword of changes.keywords) {
    types.add(keyword.type);
    const old = before.keywords.get(keyword.id);
    if (old) types.add(old.type);
  }
  for (const id of changes.removedKeywords) {
    const old = before.keywords.get(id);
    if (old) types.add(old.type);
  }
  if (types.size > 0) {
    // A type's files may change layout (one file, or shards above KEYWORD_SHARD_ABOVE): the files
    // it had that it no longer has are removed.
    const had = keywordFilePaths(before.keywords.values());
    const groups = new Map(keywordGroupFiles(after.keywords.values()).map((f) => [f.path, f.text]));
    const has = keywordFilePaths(after.keywords.values());
    for (const type of types) {
      for (const path of had.get(type) ?? []) files.set(path, groups.get(path) ?? '');
      for (const path of has.get(type) ?? []) files.set(path, groups.get(path)!);
    }
  }
  for (const document of changes.documents) {
    const old = before.documents.get(document.id);
    if (old && old.kind !== document.kind) files.set(documentPath(old), '');
    files.set(documentPath(document), stableJson(document));
  }
  for (const id of changes.removedDocuments) files.set(documentPath(before.documents.get(id)!), '');
  for (const version of changes.versions) files.set(versionPath(version), stableJson(version));
  for (const id of changes.removedVersions) files.set(versionPath(before.versions.get(id)!), '');
  for (const entry of changes.trash) files.set(trashPath(entry), stableJson(entry));
  for (const id of changes.removedTrash) files.set(trashPath(before.trash.get(id)!), '');
  return [...files].map(([path, text]) => ({ path, text }));
}

/** A collision where one side removed the file: a conflict over the whole file. */
export function removalConflict(collision: Collision): ConflictFile {
  const side = (text: string) => (text === '' ? null : (JSON.parse(text) as unknown));
  const conflict: MergeConflict = {
    id: 'file',
    kind: collision.mine === '' || collision.theirs === '' ? 'removed-changed' : 'field',
    field: 'file',
    mine: side(collision.mine),
    theirs: side(collision.theirs),
  };
  return {
    format: 'termverkstad-merge-conflict',
    formatVersion: 1,
    record: 'whole',
    conflicts: [conflict],
    base: collision.base === '' ? null : (JSON.parse(collision.base) as unknown),
    mine: conflict.mine,
    theirs: conflict.theirs,
  };
}
