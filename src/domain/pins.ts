import type { Keyword, SavedVersion, TreeDocument } from './model.ts';
import { isKeywordNode } from './model.ts';
import { createCatalog } from './model.ts';
import { getPlacedKeywords } from './library.ts';
import { indexTree } from './tree.ts';

/**
 * Libraries from before includes resolved to saved versions only could pin the number a fragment's
 * working copy carried, with no saved version of it. Such pins are frozen once, as they are when
 * read: a saved version of the working copy under that number (noted as made automatically).
 * Returns the versions to add; none when every pin has its saved version.
 */
export function freezeWorkingCopyPins(
  library: {
    readonly keywords: readonly Keyword[];
    readonly documents: readonly TreeDocument[];
    readonly versions: readonly SavedVersion[];
  },
  now: string,
  createId: (prefix: string) => string,
): SavedVersion[] {
  const saved = new Set(library.versions.map((v) => `${v.documentId}\n${v.version}`));
  const catalog = createCatalog(library.keywords);
  const added: SavedVersion[] = [];
  for (const document of library.documents) {
    for (const { node } of indexTree(document.nodes).ordered) {
      if (isKeywordNode(node)) continue;
      const { fragmentId, version } = node.include;
      const fragment = library.documents.find((d) => d.id === fragmentId && d.kind === 'fragment');
      const key = `${fragmentId}\n${version}`;
      if (!fragment || fragment.version !== version || saved.has(key)) continue;
      saved.add(key);
      added.push({
        id: createId('version'),
        documentId: fragmentId,
        version,
        savedAt: now,
        note: 'Sparad automatiskt: mallar använde arbetskopian med det här numret.',
        document: fragment,
        keywords: getPlacedKeywords(fragment, catalog),
      });
    }
  }
  return added;
}
