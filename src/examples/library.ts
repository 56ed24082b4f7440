import type { FragmentFile, LibraryFile } from '../domain/model.ts';
import { buildExampleDocuments } from './trees.ts';
import { freezeWorkingCopyPins } from '../domain/pins.ts';
import { collectFragments, resolveIn } from '../domain/library.ts';
import { collectIncludedFragments } from '../domain/included-fragments.ts';

const EXPORTED_AT = '2026-11-25T09:00:00Z';

/** The example library as one library file (what the app loads on first start). */
export function buildExampleLibrary(): LibraryFile {
  const documents = buildExampleDocuments();
  const library = {
    keywords: documents.flatMap((d) => d.keywords),
    documents: documents.map((d) => d.document),
    versions: [],
  };
  // The 1177 template pins the fragment's 0.1.0: shipped as a saved version, as every pin must be.
  let n = 0;
  const versions = freezeWorkingCopyPins(library, EXPORTED_AT, (prefix) => `${prefix}-exempel-${++n}`);
  return { format: 'termverkstad-library', formatVersion: 1, exportedAt: EXPORTED_AT, ...library, versions };
}

/**
 * Each example document as a self-contained fragment file: the document, the keywords it uses and
 * the fragment versions it includes (the 1177 template carries the fragment's saved 0.1.0).
 */
export function buildExampleFragmentFiles(): FragmentFile[] {
  const library = buildExampleLibrary();
  const resolve = resolveIn(collectFragments(library));
  return buildExampleDocuments().map(({ document, keywords }) => {
    const fragments = collectIncludedFragments(document, resolve);
    return {
      format: 'termverkstad-fragment',
      formatVersion: 1,
      exportedAt: EXPORTED_AT,
      document,
      keywords: [...keywords],
      ...(fragments.length > 0 && { fragments }),
    };
  });
}
