import { describe, expect, it } from 'vitest';
import { assembleDocument } from '../../../src/domain/assemble.ts';
import { createCatalog, LIMITS, resolveIn } from '../../../src/domain/index.ts';
import { collectFragments } from '../../../src/domain/library.ts';
import { getChildren, type LibraryFile, type TreeNode } from '../../../src/domain/model.ts';
import { exportDocument } from '../../../src/exchange/export-document.ts';
import { fileWordsIn } from '../../../src/i18n/all-strings.ts';
import { inWords } from '../../../src/i18n/in-words.ts';
import { checkLibrary } from '../../../src/validation/check-document.ts';
import { includeBombLibrary, selfIncludingLibrary } from '../../helpers/include-bomb.ts';

const assembleIn = (library: LibraryFile, documentId: string) => {
  const document = library.documents.find((d) => d.id === documentId)!;
  const fragments = collectFragments({ versions: library.versions });
  return assembleDocument(document, createCatalog(library.keywords), resolveIn(fragments));
};

const countNodes = (nodes: readonly TreeNode[]): number =>
  nodes.reduce((sum, node) => sum + 1 + countNodes(getChildren(node)), 0);

describe('include bombs are assembled only up to the node limit (issue 18, case 2)', () => {
  it('8 levels of 10 includes each stop at the node limit, naming the chain', () => {
    const library = includeBombLibrary({ levels: 8, fanOut: 10 });
    const assembled = assembleIn(library, 'bomb-mall');
    // Each level places a root and ten includes: the node limit is met at the second level from the bottom.
    expect(assembled.stopped).toEqual({
      reason: 'size',
      nodes: LIMITS.nodes + 10,
      chain: ['bomb-7', 'bomb-6', 'bomb-5', 'bomb-4', 'bomb-3', 'bomb-2', 'bomb-1'],
    });
    expect(countNodes(assembled.document.nodes)).toBeLessThanOrEqual(LIMITS.nodes);
  });

  it('at the limit everything is placed; one node more and it stops', () => {
    // 5 includes of a fragment of a fifth of the limit: the limit exactly.
    const library = includeBombLibrary({ levels: 1, fanOut: 5 });
    const fragment = library.documents[0]!;
    const wide = {
      ...fragment,
      nodes: Array.from({ length: LIMITS.nodes / 5 }, (_, i) => ({ id: `n${i}`, keywordId: 'kw-bomb' })),
    };
    const at = {
      ...library,
      documents: [wide, library.documents[1]!],
      versions: [{ ...library.versions[0]!, document: wide }],
    } as LibraryFile;
    const full = assembleIn(at, 'bomb-mall');
    expect(full.stopped).toBeUndefined();
    expect(countNodes(full.document.nodes)).toBe(LIMITS.nodes);
    const template = at.documents[1]!;
    const over = {
      ...at,
      documents: [wide, { ...template, nodes: [...template.nodes, { id: 'extra', keywordId: 'kw-bomb' }] }],
    } as LibraryFile;
    expect(assembleIn(over, 'bomb-mall').stopped).toMatchObject({ reason: 'size', nodes: LIMITS.nodes + 1 });
  });

  it('empty fragments placed by the million stop after the limit of placements', () => {
    const library = includeBombLibrary({ levels: 8, fanOut: 10 });
    const emptied = library.documents.map((d) => (d.id === 'bomb-0' ? { ...d, nodes: [] } : d));
    const versions = library.versions.map((v) =>
      v.documentId === 'bomb-0' ? { ...v, document: { ...v.document, nodes: [] } } : v,
    );
    const assembled = assembleIn({ ...library, documents: emptied, versions }, 'bomb-mall');
    expect(assembled.stopped).toMatchObject({ reason: 'includes' });
  });

  it.each([
    [LIMITS.nodes - 1, undefined],
    [LIMITS.nodes, undefined],
    [LIMITS.nodes + 1, 'includes'],
  ])('%i includes of an empty fragment: stopped %s (the limit of placements)', (count, reason) => {
    const library = includeBombLibrary({ levels: 1, fanOut: 1 });
    const empty = { ...library.documents[0]!, nodes: [] };
    const template = library.documents[1]!;
    const many = {
      ...library,
      documents: [
        empty,
        {
          ...template,
          nodes: Array.from({ length: count }, (_, i) => ({
            id: `i${i}`,
            include: { fragmentId: 'bomb-0', version: '1.0.0' },
          })),
        },
      ],
      versions: [{ ...library.versions[0]!, document: empty }],
    } as LibraryFile;
    expect(assembleIn(many, 'bomb-mall').stopped?.reason).toBe(reason);
  });

  it('a fragment that includes itself stops at once as a cycle', () => {
    const assembled = assembleIn(selfIncludingLibrary(10), 'bomb-self');
    expect(assembled.stopped).toMatchObject({ reason: 'cycle', chain: ['bomb-self', 'bomb-self'] });
  });

  it('validation names the bomb as an error, and a Testfall on it is not played', () => {
    const found = checkLibrary(includeBombLibrary({ levels: 8, fanOut: 10, scenario: true }));
    const bomb = found.filter((d) => d.code === 'INCLUDE_TOO_LARGE' && d.documentId === 'bomb-mall');
    expect(bomb).toHaveLength(1);
    expect(inWords(bomb[0]!, 'sv')).toBe(
      `Med fragmenten infogade blir dokumentet minst ${LIMITS.nodes + 10} sökord (bomb-mall → bomb-7 → bomb-6 → bomb-5 → bomb-4 → bomb-3 → bomb-2 → bomb-1); högst ${LIMITS.nodes} tillåts.`,
    );
    expect(found.some((d) => d.code.startsWith('SCENARIO'))).toBe(false);
    expect(checkLibrary(selfIncludingLibrary(10)).map((d) => d.code)).toContain('INCLUDE_CYCLE');
  });

  it('export refuses the bomb in every format instead of writing it', () => {
    const library = includeBombLibrary({ levels: 8, fanOut: 10 });
    const fragments = collectFragments({ versions: library.versions });
    for (const format of ['fhir', 'fragment', 'csv', 'spec'] as const) {
      const result = exportDocument({
        format,
        fhirMode: 'assembled',
        document: library.documents.find((d) => d.id === 'bomb-mall')!,
        catalog: createCatalog(library.keywords),
        resolve: resolveIn(fragments),
        now: '2026-01-01T00:00:00.000Z',
        words: fileWordsIn('sv'),
      });
      expect(result.ok, format).toBe(false);
      if (!result.ok) expect(result.reason.code, format).toBe('INCLUDE_TOO_LARGE');
    }
  });
});
