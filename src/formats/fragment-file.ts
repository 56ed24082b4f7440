import type { ResolveFragment } from '../domain/assemble.ts';
import type { Catalog, FragmentFile, TreeDocument } from '../domain/model.ts';
import { getPlacedKeywords } from '../domain/library.ts';
import { collectIncludedFragments } from '../domain/included-fragments.ts';

/**
 * "Fragment (JSON)": the document with the definition of every keyword it places, self-contained,
 * with format name and version; with `resolve`, also every fragment version it includes, so a
 * template travels with its fragments. The caller validates it before writing.
 */
export function toFragmentFile(
  document: TreeDocument,
  catalog: Catalog,
  exportedAt: string,
  resolve?: ResolveFragment,
): FragmentFile {
  const fragments = resolve ? collectIncludedFragments(document, resolve) : [];
  return {
    format: 'termverkstad-fragment',
    formatVersion: 1,
    exportedAt,
    document,
    keywords: getPlacedKeywords(document, catalog),
    ...(fragments.length > 0 && { fragments }),
  };
}
