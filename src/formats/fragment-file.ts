import type { Catalog, FragmentFile, TreeDocument } from '../domain/model.ts';
import { getPlacedKeywords } from '../domain/library.ts';

/**
 * "Fragment (JSON)": the document with the definition of every keyword it places, self-contained,
 * with format name and version. The caller validates it before writing (validation/structural).
 */
export function toFragmentFile(document: TreeDocument, catalog: Catalog, exportedAt: string): FragmentFile {
  return {
    format: 'termverkstad-fragment',
    formatVersion: 1,
    exportedAt,
    document,
    keywords: getPlacedKeywords(document, catalog),
  };
}
