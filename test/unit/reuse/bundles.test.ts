import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../src/commands/index.ts';
import {
  collectFragments,
  createLibraryState,
  getResolver,
  type LibraryState,
} from '../../../src/domain/index.ts';
import type { FragmentFile, LibraryFile } from '../../../src/domain/model.ts';
import { exportDocument } from '../../../src/exchange/export-document.ts';
import { checkImport } from '../../../src/exchange/import-file.ts';
import { fileWordsIn } from '../../../src/i18n/all-strings.ts';
import { buildExampleLibrary } from '../../../src/examples/library.ts';
import { checkFileText } from '../../../src/validation/index.ts';
import { runCli } from '../../helpers/cli.ts';
import { createTestContext } from '../../helpers/editor.ts';

const TEMPLATE = 'exempel-mottagningsbesok-1177';
const FRAGMENT = 'exempel-1177-fragment';
const tmp = mkdtempSync(join(tmpdir(), 'termverkstad-bundle-'));

/** The 1177 template exported from a library, as Exportera does it. */
const exportFrom = (state: LibraryState, format: 'fragment' | 'fhir') =>
  exportDocument({
    format,
    document: state.documents.get(TEMPLATE)!,
    catalog: state.keywords,
    resolve: getResolver(state.versions),
    fhirMode: 'modular',
    words: fileWordsIn('sv'),
    now: '2026-12-01T00:00:00.000Z',
  });

/** The 1177 template exported as Fragment (JSON) from the example library. */
function exportTemplate(library: LibraryFile = buildExampleLibrary()): FragmentFile {
  const result = exportFrom(createLibraryState(library), 'fragment');
  if (!result.ok) throw new Error(result.reason.code);
  return JSON.parse(result.text) as FragmentFile;
}
const withoutBundle = (file: FragmentFile): FragmentFile => {
  const { fragments: _omit, ...rest } = file;
  return rest;
};
const EMPTY = createLibraryState({ keywords: [], documents: [], versions: [] });

describe('a template travels with the fragment versions it includes', () => {
  it('the exported file carries the pinned version, frozen with its keywords, and passes the checks alone', () => {
    const file = exportTemplate();
    expect(file.fragments?.map((f) => [f.document.id, f.document.version])).toEqual([[FRAGMENT, '0.1.0']]);
    expect(file.fragments![0]!.keywords.length).toBe(29);
    const text = JSON.stringify(file);
    const checked = checkFileText(text, text.length);
    expect(checked).toMatchObject({ ok: true, kind: 'fragment', diagnostics: [] });
  });

  it('imports into an empty library with nothing missing: the fragment, its saved version and keywords come too', () => {
    const text = JSON.stringify(exportTemplate());
    const checked = checkImport(
      text,
      text.length,
      'nu',
      collectFragments({ versions: EMPTY.versions.values() }),
    );
    if (!checked.ok) throw new Error(checked.reason.code);
    expect(checked.missing).toEqual([]);
    expect(checked.diagnostics).toEqual([]);
    const result = importDocument(EMPTY, { file: checked.file, mode: 'add' }, createTestContext());
    if (!result.ok) throw new Error(result.refusal);
    const library = produce(EMPTY, result.change.recipe);
    expect([...library.documents.keys()].sort()).toEqual([FRAGMENT, TEMPLATE].sort());
    expect([...library.versions.values()].map((v) => [v.documentId, v.version])).toEqual([
      [FRAGMENT, '0.1.0'],
    ]);
    // Nothing is missing in the library it went into.
    const back = exportFrom(library, 'fragment');
    expect(back.ok && (JSON.parse(back.text) as FragmentFile).fragments?.length).toBe(1);
  });

  it('without its bundle, the import names the missing fragment before anything is written', () => {
    const text = JSON.stringify(withoutBundle(exportTemplate()));
    const checked = checkImport(
      text,
      text.length,
      'nu',
      collectFragments({ versions: EMPTY.versions.values() }),
    );
    expect(checked.ok && checked.missing).toEqual([{ fragmentId: FRAGMENT, version: '0.1.0' }]);
    expect(checked.ok && checked.diagnostics.map((d) => d.code)).toEqual(['INCLUDE_NOT_FOUND']);
    // A library that has the version resolves it.
    const library = createLibraryState(buildExampleLibrary());
    const there = checkImport(
      text,
      text.length,
      'nu',
      collectFragments({ versions: library.versions.values() }),
    );
    expect(there.ok && there.missing).toEqual([]);
  });

  it('a fragment version the library already has is not added again', () => {
    const library = createLibraryState(buildExampleLibrary());
    const file = {
      ...exportTemplate(),
      document: { ...exportTemplate().document, id: 'kopia', title: 'Kopia' },
    };
    const result = importDocument(library, { file, mode: 'add' }, createTestContext());
    if (!result.ok) throw new Error(result.refusal);
    const after = produce(library, result.change.recipe);
    expect(after.versions.size).toBe(library.versions.size);
    expect(after.documents.get(FRAGMENT)).toBe(library.documents.get(FRAGMENT));
  });
});

describe('the command line', () => {
  const save = (name: string, file: FragmentFile) => {
    const path = join(tmp, name);
    writeFileSync(path, JSON.stringify(file));
    return path;
  };

  it('validate reports a missing include as an error; the bundle passes', async () => {
    const bare = await runCli('validate', '--json', save('bar.json', withoutBundle(exportTemplate())));
    expect(bare.code).toBe(1);
    expect(bare.stdout).toContain('"code": "INCLUDE_NOT_FOUND"');
    expect((await runCli('validate', save('bundle.json', exportTemplate()))).code).toBe(0);
  });

  it('convert --assembled exits 1 naming the missing fragment, and copies it in from a bundle', async () => {
    const bare = await runCli(
      'convert',
      '--to',
      'fhir',
      '--assembled',
      save('bar2.json', withoutBundle(exportTemplate())),
    );
    expect(bare.code).toBe(1);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/Fragmentet "exempel-1177-fragment" version "0\.1\.0" saknas/);
    const out = join(tmp, 'q.json');
    const ok = await runCli(
      'convert',
      '--to',
      'fhir',
      '--assembled',
      '--out',
      out,
      save('bundle2.json', exportTemplate()),
    );
    expect(ok.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('"linkId": "mall1177-inkludera-fragment.atg1177-atgard"');
  });
});

describe('FHIR: the modular form travels as a Bundle of Questionnaires', () => {
  const library = createLibraryState(buildExampleLibrary());
  const exported = exportFrom(library, 'fhir');

  it('holds the template, then the fragment version its subQuestionnaire reference names', () => {
    if (!exported.ok) throw new Error(exported.reason.code);
    expect(exported.fileName).toBe('mottagningsbesok-med-atgarder-1177.bundle.json');
    const bundle = JSON.parse(exported.text) as {
      resourceType: string;
      type: string;
      entry: {
        resource: {
          url: string;
          version: string;
          item: { item?: { extension?: { valueCanonical?: string }[] }[] }[];
        };
      }[];
    };
    expect([bundle.resourceType, bundle.type, bundle.entry.length]).toEqual(['Bundle', 'collection', 2]);
    const [template, fragment] = bundle.entry.map((e) => e.resource);
    const reference = template!.item[0]!.item![0]!.extension![0]!.valueCanonical;
    expect(reference).toBe(`${fragment!.url}|${fragment!.version}`);
  });

  it('imports back with the fragment version it carries; a Bundle without a Questionnaire is refused', () => {
    if (!exported.ok) throw new Error(exported.reason.code);
    const checked = checkImport(exported.text, exported.text.length, 'nu');
    expect(checked.ok && checked.missing).toEqual([]);
    expect(checked.ok && checked.file.fragments?.map((f) => [f.document.id, f.document.version])).toEqual([
      [FRAGMENT, '0.1.0'],
    ]);
    const empty = JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [] });
    expect(checkImport(empty, empty.length, 'nu')).toMatchObject({
      ok: false,
      reason: { code: 'FHIR_BUNDLE_WITHOUT_QUESTIONNAIRE' },
    });
  });
});
