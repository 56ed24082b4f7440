import { describe, expect, it } from 'vitest';
import type { Keyword, TreeDocument } from '../../../src/domain/model.ts';
import { stableJson, toFolderFiles, type FolderFile } from '../../../src/formats/library-folder.ts';
import { mergeFileTexts } from '../../../src/formats/library-merge.ts';
import { checkFolder, type FolderCheck } from '../../../src/validation/index.ts';
import { exampleLibraryRecords } from '../../helpers/library-folder.ts';

// checkFolder's paths the folder round trips do not take: the manifest's format, conflict files,
// keyword groups with a broken or misplaced keyword, versions and trash entries, report order.

const FILES = toFolderFiles(exampleLibraryRecords());
const PHQ9 = 'templates/exempel-phq9.json';
const text = (path: string) => FILES.find((f) => f.path === path)!.text;
const replaced = (files: readonly FolderFile[], path: string, content: string | undefined) => [
  ...files.filter((f) => f.path !== path),
  ...(content === undefined ? [] : [{ path, text: content }]),
];
const checked = (files: readonly FolderFile[]) => {
  const result: FolderCheck = checkFolder(files);
  if (!result.ok) throw new Error('refused');
  return result;
};
/** Each reported file's findings as "CODE@line", in report order. */
const findings = (result: FolderCheck & { ok: true }) =>
  Object.fromEntries(
    result.files.map((f) => [
      f.file,
      f.status === 'checked'
        ? f.diagnostics.map((d) => `${d.code}@${d.line}`)
        : [`refused:${f.message.code}`],
    ]),
  );

describe('the manifest', () => {
  it.each([
    ['another format', { format: 'annat', formatVersion: 1 }, { format: 'annat', version: '1' }],
    [
      'a newer version',
      { format: 'termverkstad-folder', formatVersion: 2 },
      { format: 'termverkstad-folder', version: '2' },
    ],
    ['no version', { format: 'termverkstad-folder' }, { format: 'termverkstad-folder', version: 'null' }],
    ['a format that is no string', { format: 7, formatVersion: 1 }, { format: '', version: '1' }],
    [
      'an overlong format',
      { format: 'x'.repeat(81), formatVersion: 1 },
      { format: 'x'.repeat(80), version: '1' },
    ],
  ])('refuses %s, naming what it found and what it knows', (_, manifest, found) => {
    expect(checkFolder(replaced(FILES, 'termverkstad.json', JSON.stringify(manifest)))).toEqual({
      ok: false,
      refusal: {
        code: 'FILE_FORMAT_VERSION',
        params: { ...found, known: 'termverkstad-folder 1' },
      },
    });
  });

  it('refuses a manifest that is not JSON', () => {
    expect(checkFolder(replaced(FILES, 'termverkstad.json', '{'))).toMatchObject({
      ok: false,
      refusal: { code: 'FILE_NOT_JSON' },
    });
  });
});

describe('a conflict file left by a merge', () => {
  const edit = (change: (d: TreeDocument) => void) => {
    const document = JSON.parse(text(PHQ9)) as TreeDocument;
    change(document);
    return stableJson(document);
  };

  it('reports each conflict on its line, and checks the rest with the local side standing in', () => {
    const merged = mergeFileTexts(
      text(PHQ9),
      edit((d) => (d.title = 'Min')),
      edit((d) => (d.title = 'Deras')),
    );
    if (!merged.ok) throw new Error('not merged');
    const result = checked(replaced(FILES, PHQ9, merged.text));
    const report = result.files.find((f) => f.file === PHQ9);
    if (report?.status !== 'checked') throw new Error('not checked');
    expect(report.diagnostics.map((d) => [d.code, d.params])).toEqual([
      ['MERGE_CONFLICT', { kind: 'field', at: '', field: 'title' }],
    ]);
    expect(result.library.documents.find((d) => d.id === 'exempel-phq9')?.title).toBe('Min');
  });

  it('names the node a node conflict is about', () => {
    const merged = mergeFileTexts(
      text(PHQ9),
      edit((d) => (d.nodes[0] = { ...d.nodes[0]!, required: true })),
      edit((d) => (d.nodes[0] = { ...d.nodes[0]!, required: false })),
    );
    if (!merged.ok) throw new Error('not merged');
    const node = (JSON.parse(text(PHQ9)) as TreeDocument).nodes[0]!;
    const report = checked(replaced(FILES, PHQ9, merged.text)).files.find((f) => f.file === PHQ9);
    if (report?.status !== 'checked') throw new Error('not checked');
    expect(report.diagnostics.filter((d) => d.code === 'MERGE_CONFLICT').map((d) => d.params)).toEqual([
      { kind: 'field', at: node.id, field: 'required' },
    ]);
  });

  it('leaves a conflicted version file out of the library, still naming the conflict', () => {
    const path = FILES.find((f) => f.path.startsWith('versions/'))!.path;
    const version = JSON.parse(text(path)) as { note?: string };
    const merged = mergeFileTexts(
      text(path),
      stableJson({ ...version, note: 'Min' }),
      stableJson({ ...version, note: 'Deras' }),
    );
    if (!merged.ok) throw new Error('not merged');
    const result = checked(replaced(FILES, path, merged.text));
    expect(findings(result)[path]?.map((f) => f.split('@')[0])).toEqual(['MERGE_CONFLICT']);
    expect(result.library.versions).toEqual([]);
  });
});

describe('keyword group files', () => {
  const group = (type: string) => JSON.parse(text(`keywords/${type}.json`)) as { keywords: Keyword[] };

  it('reports a broken keyword at its index and line, and keeps the others', () => {
    const yesNo = group('yesNo');
    (yesNo.keywords[1] as unknown as { term: unknown }).term = 7;
    const content = stableJson(yesNo);
    const result = checked(replaced(FILES, 'keywords/yesNo.json', content));
    const report = result.files.find((f) => f.file === 'keywords/yesNo.json');
    if (report?.status !== 'checked') throw new Error('not checked');
    const broken = report.diagnostics.find((d) => d.code === 'SCHEMA_INVALID')!;
    expect(broken.path).toBe('/keywords/1/term');
    expect(broken.params.path).toBe('/keywords/1/term');
    expect(content.split('\n')[broken.line - 1]).toContain('"term": 7');
    const ids = new Set(result.library.keywords.map((k) => k.id));
    expect(ids.has(yesNo.keywords[0]!.id)).toBe(true);
    expect(ids.has(yesNo.keywords[1]!.id)).toBe(false);
  });

  it('reports a keyword whose whole entry is not an object at the entry', () => {
    const yesNo = group('yesNo');
    (yesNo.keywords as unknown[]).push('inte ett sökord');
    const report = checked(replaced(FILES, 'keywords/yesNo.json', stableJson(yesNo))).files.find(
      (f) => f.file === 'keywords/yesNo.json',
    );
    if (report?.status !== 'checked') throw new Error('not checked');
    expect(report.diagnostics.map((d) => d.path)).toContain(`/keywords/${yesNo.keywords.length - 1}`);
  });

  it('a keyword in the wrong type file: where it belongs, on its line; twice: a duplicate', () => {
    const yesNo = group('yesNo');
    const text_ = group('text');
    const moved = text_.keywords[0]!;
    yesNo.keywords.push(moved);
    const content = stableJson(yesNo);
    const result = checked(replaced(FILES, 'keywords/yesNo.json', content));
    const report = result.files.find((f) => f.file === 'keywords/yesNo.json');
    if (report?.status !== 'checked') throw new Error('not checked');
    const wrong = report.diagnostics.filter((d) => d.code === 'FOLDER_WRONG_PATH');
    expect(wrong.map((d) => d.params.expected)).toEqual(['keywords/text.json']);
    expect(content.split('\n')[wrong[0]!.line - 1]).toContain(`"id": "${moved.id}"`);
    // The same keyword is in keywords/text.json too: the later file (by path) names the first.
    const duplicate = report.diagnostics.find((d) => d.code === 'FOLDER_DUPLICATE_ID');
    expect(duplicate?.params).toEqual({ id: moved.id, other: 'keywords/text.json' });
    expect(result.library.keywords.filter((k) => k.id === moved.id)).toHaveLength(1);
  });
});

describe('versions and trash entries', () => {
  const versionPath = FILES.find((f) => f.path.startsWith('versions/'))!.path;

  it('a version file in the wrong place says where it belongs, and is still read', () => {
    const misplaced = `${versionPath.split('/').slice(0, 2).join('/')}/9.9.9_fel.json`;
    const result = checked(replaced(replaced(FILES, versionPath, undefined), misplaced, text(versionPath)));
    expect(findings(result)[misplaced]).toEqual(['FOLDER_WRONG_PATH@1']);
    expect(result.files.find((f) => f.file === misplaced)).toMatchObject({
      diagnostics: [{ params: { expected: versionPath } }],
    });
    expect(result.library.versions).toHaveLength(1);
  });

  it('a version file that breaks the format is reported and left out', () => {
    const broken = { ...(JSON.parse(text(versionPath)) as object), version: 7 };
    const result = checked(replaced(FILES, versionPath, stableJson(broken)));
    const line =
      stableJson(broken)
        .split('\n')
        .findIndex((l) => l.includes('"version": 7')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(findings(result)[versionPath]).toEqual([`SCHEMA_INVALID@${line}`]);
    expect(result.library.versions).toEqual([]);
  });

  const document = JSON.parse(text(PHQ9)) as TreeDocument;
  const entry = { id: document.id, document, deletedAt: '2026-12-01T10:00:00Z', by: 'Anna' };

  it('reads a trash entry into the library; none gives no trash at all', () => {
    expect('trash' in checked(FILES).library).toBe(false);
    const result = checked(
      replaced(replaced(FILES, PHQ9, undefined), `trash/${document.id}.json`, stableJson(entry)),
    );
    expect(result.library.trash).toEqual([entry]);
    expect(findings(result)[`trash/${document.id}.json`]).toEqual([]);
  });

  it('a trash entry in the wrong place, twice, or broken', () => {
    let files = replaced(FILES, PHQ9, undefined);
    files = replaced(files, 'trash/fel.json', stableJson(entry));
    files = replaced(files, `trash/${document.id}.json`, stableJson(entry));
    files = replaced(files, 'trash/trasig.json', stableJson({ ...entry, id: 'trasig', deletedAt: 7 }));
    const result = checked(files);
    const found = findings(result);
    expect(found[`trash/${document.id}.json`]).toEqual([]);
    expect(found['trash/fel.json']).toEqual(['FOLDER_WRONG_PATH@1', 'FOLDER_DUPLICATE_ID@2']);
    expect(found['trash/trasig.json']?.map((f) => f.split('@')[0])).toEqual(['SCHEMA_INVALID']);
    expect(result.library.trash).toEqual([entry]);
  });
});

describe('the report', () => {
  it('lists files in path order, whatever order they came in, and leaves README and unknown top-level files out', () => {
    const files = [...FILES].reverse().concat([{ path: 'anteckningar.json', text: '{}' }]);
    const result = checked(files);
    const names = result.files.map((f) => f.file);
    expect(names).toEqual([...names].sort());
    expect(names).toContain('termverkstad.json');
    expect(names).not.toContain('README.md');
    expect(names).not.toContain('anteckningar.json');
    expect(names).toHaveLength(FILES.length - 1);
  });

  it('a file in a library folder that is not a record of ours is named; a file that is not JSON is refused', () => {
    const result = checked(
      replaced(replaced(FILES, 'templates/anteckning.md', '# x'), 'fragments/trasig.json', '{"id":'),
    );
    const found = findings(result);
    expect(found['templates/anteckning.md']).toEqual(['FOLDER_UNKNOWN_FILE@1']);
    expect(found['fragments/trasig.json']).toEqual(['refused:FILE_NOT_JSON']);
  });

  it('names an unknown file only inside the record folders, not one elsewhere that has their name in its path', () => {
    const result = checked(
      replaced(replaced(FILES, 'docs/keywords/anteckning.md', '# x'), 'trash/anteckning.txt', 'x'),
    );
    const found = findings(result);
    expect(found['trash/anteckning.txt']).toEqual(['FOLDER_UNKNOWN_FILE@1']);
    expect(found['docs/keywords/anteckning.md']).toBeUndefined();
  });
});
