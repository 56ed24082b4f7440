/**
 * Include bombs (issue 18, case 2): small files whose includes multiply when assembled. Levels of
 * fragments, each including the one below `fanOut` times (the first holds one keyword), under one
 * template; or one fragment whose saved version includes itself. Raw library files, as an attacker
 * would write them.
 */
import type { LibraryFile } from '../../src/domain/model.ts';

const AT = '2026-01-01T00:00:00.000Z';
const KEYWORD = { id: 'kw-bomb', term: 'Bomb', type: 'text', status: 'active' } as const;

const documentOf = (id: string, kind: 'fragment' | 'template', nodes: unknown[], extra: object = {}) => ({
  id,
  kind,
  title: id,
  version: '1.0.0',
  status: 'draft',
  nodes,
  changeLog: [],
  createdAt: AT,
  updatedAt: AT,
  ...extra,
});

/** A fragment has one root: a keyword with the includes under it. */
const rootOver = (children: unknown[]) => [{ id: 'rot', keywordId: KEYWORD.id, children }];

const includes = (fragmentId: string, count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    include: { fragmentId, version: '1.0.0' },
  }));

export function includeBombLibrary(options: {
  readonly levels: number;
  readonly fanOut: number;
  /** A Testfall on the template: played on the assembled document. */
  readonly scenario?: boolean;
}): LibraryFile {
  const fragments = Array.from({ length: options.levels }, (_, level) =>
    documentOf(
      `bomb-${level}`,
      'fragment',
      level === 0
        ? [{ id: 'n', keywordId: KEYWORD.id }]
        : rootOver(includes(`bomb-${level - 1}`, options.fanOut, `i${level}`)),
    ),
  );
  const top = `bomb-${options.levels - 1}`;
  const template = documentOf('bomb-mall', 'template', includes(top, options.fanOut, 'top'), {
    ...(options.scenario
      ? {
          scenarios: [
            { id: 's1', name: 'Testfall', answers: [], expected: { visible: [], note: '' }, savedAt: AT },
          ],
        }
      : {}),
  });
  return {
    format: 'termverkstad-library',
    formatVersion: 1,
    exportedAt: AT,
    keywords: [KEYWORD],
    documents: [...fragments, template],
    versions: fragments.map((document) => ({
      id: `v-${document.id}`,
      documentId: document.id,
      version: '1.0.0',
      savedAt: AT,
      document,
      keywords: [KEYWORD],
    })),
  } as unknown as LibraryFile;
}

/** One fragment whose saved version includes itself `fanOut` times. */
export function selfIncludingLibrary(fanOut: number): LibraryFile {
  const fragment = documentOf('bomb-self', 'fragment', rootOver(includes('bomb-self', fanOut, 'self')));
  return {
    format: 'termverkstad-library',
    formatVersion: 1,
    exportedAt: AT,
    keywords: [KEYWORD],
    documents: [fragment],
    versions: [
      {
        id: 'v-self',
        documentId: 'bomb-self',
        version: '1.0.0',
        savedAt: AT,
        document: fragment,
        keywords: [KEYWORD],
      },
    ],
  } as unknown as LibraryFile;
}
