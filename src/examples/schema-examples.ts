import type { FragmentFile, LibraryFile } from '../domain/model.ts';

/** One file of schemas/examples/, by path relative to that folder. */
export interface ExampleFile {
  readonly path: string;
  readonly content: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The example files each schema ships, cut from the example library: the folder name is the
 * schema's file name without ".schema.json".
 */
export function getExampleFiles(library: LibraryFile, fragmentFiles: readonly FragmentFile[]): ExampleFile[] {
  const files: ExampleFile[] = [{ path: 'library-file/exempelbibliotek.json', content: json(library) }];
  for (const file of fragmentFiles) {
    files.push({ path: `fragment-file/${file.document.id}.json`, content: json(file) });
  }
  const phq9 = library.documents.find((d) => d.id === 'exempel-phq9');
  if (phq9) files.push({ path: 'document/exempel-phq9.json', content: json(phq9) });
  const fragment = library.documents.find((d) => d.kind === 'fragment');
  const [root] = fragment?.nodes ?? [];
  if (root) files.push({ path: 'node/atgarder-1177.json', content: json(root) });
  const rootKeyword = root && 'keywordId' in root ? root.keywordId : '';
  for (const id of [rootKeyword, 'kw-phq9-phq-9-summa', 'kw-imagine-blodtryck-larmgrans-systoliskt-ovre']) {
    const keyword = library.keywords.find((k) => k.id === id);
    if (keyword) files.push({ path: `keyword/${id}.json`, content: json(keyword) });
  }
  return files;
}
