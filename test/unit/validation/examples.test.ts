import { describe, expect, it } from 'vitest';
import { collectFragments, createCatalog } from '../../../src/domain/index.ts';
import { buildExampleFragmentFiles } from '../../../src/examples/library.ts';
import {
  checkFragmentFile,
  checkLibrary,
  checkStructure,
  checkDocument,
} from '../../../src/validation/index.ts';
import { exampleLibrary } from '../../helpers/examples.ts';

describe('the example library', () => {
  const library = exampleLibrary();

  it('holds the five example trees, all marked as examples with status Utkast', () => {
    expect(library.documents.map((d) => d.title)).toEqual([
      'Begränsande eller tillgängliggörande åtgärder 1177',
      'Mottagningsbesök med åtgärder 1177',
      'Ordination av egenmonitorering – ImagineCare',
      'Levnadsvanor',
      'Riskbedömning fall och trycksår',
      'PHQ-9 depressionsskattning',
    ]);
    expect(library.documents.every((d) => d.example === true && d.status === 'draft')).toBe(true);
  });

  it('passes the schema and every rule with no error and no warning', () => {
    expect(checkStructure.libraryFile(library).ok).toBe(true);
    expect(checkLibrary(library)).toEqual([]);
  });

  it.each(buildExampleFragmentFiles().map((f) => [f.document.title, f] as const))(
    '%s passes as a fragment file',
    (_title, file) => {
      expect(checkStructure.fragmentFile(file).ok).toBe(true);
      expect(checkFragmentFile(file)).toEqual([]);
    },
  );

  it('the 1177 template includes the fragment at its current version, resolved in the library', () => {
    const template = library.documents.find((d) => d.id === 'exempel-mottagningsbesok-1177')!;
    const fragments = collectFragments(library);
    expect(checkDocument(template, { catalog: createCatalog(library.keywords), fragments })).toEqual([]);
    const unresolved = checkDocument(template, {
      catalog: createCatalog(library.keywords),
      fragments: new Map(),
    });
    expect(unresolved.map((d) => d.code)).toEqual(['INCLUDE_NOT_FOUND']);
  });
});
