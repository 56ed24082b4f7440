import type { Catalog, FragmentFile, Keyword, TreeDocument } from '../domain/model.ts';
import { isKeywordNode } from '../domain/model.ts';
import { indexTree } from '../domain/tree.ts';

/**
 * "Fragment (JSON)": the document with the definition of every keyword it places, self-contained,
 * with format name and version. The caller validates it before writing (validation/structural).
 */
export function toFragmentFile(document: TreeDocument, catalog: Catalog, exportedAt: string): FragmentFile {
  const keywords = new Map<string, Keyword>();
  for (const { node } of indexTree(document.nodes).ordered) {
    if (!isKeywordNode(node)) continue;
    const keyword = catalog.get(node.keywordId);
    if (keyword) keywords.set(keyword.id, keyword);
  }
  return {
    format: 'termverkstad-fragment',
    formatVersion: 1,
    exportedAt,
    document,
    keywords: [...keywords.values()],
  };
}
