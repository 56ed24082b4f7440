import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TreeDocument } from '../../../src/domain/model.ts';
import {
  classifyPath,
  stableJson,
  toFolderFiles,
  type FolderFile,
} from '../../../src/formats/library-folder.ts';
import {
  mergeFileTexts,
  resolveConflictFile,
  type ConflictFile,
} from '../../../src/formats/library-merge.ts';
import { checkFolder, lineOf } from '../../../src/validation/index.ts';
import { exampleLibraryRecords } from '../../helpers/library-folder.ts';

/** Reverses the key order of every object, to show the writer does not depend on it. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  );
}

/** The hunks `git diff` shows between two texts (real git, no context lines). */
function hunks(before: string, after: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'termverkstad-hunks-'));
  writeFileSync(join(dir, 'a.json'), before);
  writeFileSync(join(dir, 'b.json'), after);
  const diff = spawnSync('git', ['diff', '--no-index', '-U0', 'a.json', 'b.json'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return diff.stdout.split('\n').filter((line) => line.startsWith('@@'));
}

const fileOf = (files: readonly FolderFile[], path: string) => files.find((f) => f.path === path)!;
const withFile = (files: readonly FolderFile[], path: string, text: string | undefined) => [
  ...files.filter((f) => f.path !== path),
  ...(text === undefined ? [] : [{ path, text }]),
];

describe('the library folder layout', () => {
  it('writes byte-identical files for the same library, whatever the key order in memory', () => {
    const files = toFolderFiles(exampleLibraryRecords());
    const again = toFolderFiles(
      reversedKeys(exampleLibraryRecords()) as ReturnType<typeof exampleLibraryRecords>,
    );
    expect(again).toEqual(files);
    expect(files.map((f) => f.path).slice(0, 3)).toEqual([
      'termverkstad.json',
      'README.md',
      'keywords/heading.json',
    ]);
    for (const file of files) {
      expect(file.text.endsWith('\n')).toBe(true);
      expect(file.text).not.toContain('\r');
    }
    const template = fileOf(files, 'templates/exempel-phq9.json').text;
    expect(template.split('\n').slice(0, 3)).toEqual([
      '{',
      '  "id": "exempel-phq9",',
      '  "kind": "template",',
    ]);
    // A node's own fields come before its children.
    const parsed = JSON.parse(template) as TreeDocument;
    expect(Object.keys(parsed.nodes[0]!).at(-1)).toBe('children');
  });

  it('turns one node change into one one-line hunk, and one keyword change into one hunk in its group', () => {
    const before = exampleLibraryRecords();
    const after = structuredClone(before);
    const phq9 = after.documents.find((d) => d.id === 'exempel-phq9')!;
    (phq9.nodes[0] as { required?: boolean }).required = true;
    // Immutably, as the editor changes it: a saved version holding the keyword keeps the old one.
    const changedId = after.keywords.find((k) => k.type === 'yesNo')!.id;
    after.keywords = after.keywords.map((k) =>
      k.id === changedId ? { ...k, term: `${k.term} (ändrad)` } : k,
    );
    const [a, b] = [toFolderFiles(before), toFolderFiles(after)];
    const changed = b.filter((file) => fileOf(a, file.path)?.text !== file.text).map((f) => f.path);
    expect(changed).toEqual(['keywords/yesNo.json', 'templates/exempel-phq9.json']);
    expect(hunks(fileOf(a, 'keywords/yesNo.json').text, fileOf(b, 'keywords/yesNo.json').text)).toHaveLength(
      1,
    );
    const templateHunks = hunks(
      fileOf(a, 'templates/exempel-phq9.json').text,
      fileOf(b, 'templates/exempel-phq9.json').text,
    );
    expect(templateHunks).toHaveLength(1);
    expect(templateHunks[0]).toMatch(/^@@ -\d+,0 \+\d+ @@/); // one line added, none removed
  });

  it.each([
    ['termverkstad.json', 'manifest'],
    ['README.md', 'readme'],
    ['keywords/yesNo.json', 'keywords'],
    ['templates/a-1.json', 'document'],
    ['fragments/a-1.json', 'document'],
    ['versions/a-1/1.0.0_v-2.json', 'version'],
    ['trash/a-1.json', 'trash'],
    ['templates/a/b.json', 'other'],
    ['templates/a.txt', 'other'],
    [`templates/${'x'.repeat(65)}.json`, 'other'],
    [`templates/${'x'.repeat(64)}.json`, 'document'],
    ['../templates/a.json', 'other'],
  ])('reads %s as %s', (path, kind) => {
    expect(classifyPath(path).kind).toBe(kind);
  });
});

describe('checkFolder', () => {
  const files = toFolderFiles(exampleLibraryRecords());

  it('finds nothing wrong in the example library written as a folder', () => {
    const result = checkFolder(files);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.library.documents).toHaveLength(6);
    const errors = result.files.flatMap((f): unknown[] =>
      f.status === 'checked' ? f.diagnostics.filter((d) => d.severity === 'error') : [f],
    );
    expect(errors).toEqual([]);
  });

  it('refuses a folder without termverkstad.json', () => {
    expect(checkFolder(withFile(files, 'termverkstad.json', undefined))).toMatchObject({
      ok: false,
      refusal: { code: 'FOLDER_NOT_LIBRARY' },
    });
  });

  it('names each file-level problem in its file, on its line', () => {
    const phq9 = JSON.parse(fileOf(files, 'templates/exempel-phq9.json').text) as TreeDocument;
    const copy = stableJson({ ...phq9 });
    const broken = stableJson({ ...phq9, id: 'exempel-levnadsvanor' });
    let changed = withFile(files, 'templates/kopia.json', copy); // the same id in a second file
    changed = withFile(changed, 'templates/exempel-phq9.json', broken); // content of another id
    changed = withFile(changed, 'templates/anteckning.txt.json.bak', 'x');
    changed = withFile(
      changed,
      'fragments/ful.json',
      JSON.stringify(JSON.parse(fileOf(files, 'fragments/exempel-1177-fragment.json').text)),
    );
    const result = checkFolder(changed);
    if (!result.ok) throw new Error('refused');
    const codes = Object.fromEntries(
      result.files.map((f) => [
        f.file,
        f.status === 'checked' ? f.diagnostics.map((d) => `${d.code}@${d.line}`) : [],
      ]),
    );
    expect(codes['templates/kopia.json']).toEqual(['FOLDER_WRONG_PATH@2']);
    expect(codes['templates/exempel-phq9.json']).toEqual(['FOLDER_WRONG_PATH@2', 'FOLDER_DUPLICATE_ID@2']);
    expect(codes['templates/anteckning.txt.json.bak']).toEqual(['FOLDER_UNKNOWN_FILE@1']);
    expect(codes['fragments/ful.json']).toEqual([
      'FOLDER_NOT_CANONICAL@1',
      'FOLDER_WRONG_PATH@1',
      'FOLDER_DUPLICATE_ID@1',
    ]);
  });

  it('checks across files: a node using a keyword that no group file has is reported on its line', () => {
    const group = JSON.parse(fileOf(files, 'keywords/yesNo.json').text) as { keywords: { id: string }[] };
    const gone = group.keywords.shift()!;
    const result = checkFolder(withFile(files, 'keywords/yesNo.json', stableJson(group)));
    if (!result.ok) throw new Error('refused');
    const findings = result.files.flatMap((f) =>
      f.status === 'checked'
        ? f.diagnostics.filter((d) => d.code === 'UNKNOWN_KEYWORD').map((d) => ({ file: f.file, d }))
        : [],
    );
    expect(findings.length).toBeGreaterThan(0);
    for (const { file, d } of findings) {
      expect(d.params.keywordId).toBe(gone.id);
      const lines = fileOf(files, file).text.split('\n');
      expect(lines[d.line - 1]).toContain(`"id": "${d.nodeId}"`);
    }
  });

  it('reports a schema error on the line of the field', () => {
    const text = fileOf(files, 'templates/exempel-phq9.json').text.replace(
      '"status": "draft"',
      '"status": "klar"',
    );
    const result = checkFolder(withFile(files, 'templates/exempel-phq9.json', text));
    if (!result.ok) throw new Error('refused');
    const report = result.files.find((f) => f.file === 'templates/exempel-phq9.json');
    if (report?.status !== 'checked') throw new Error('not checked');
    const [first] = report.diagnostics;
    expect(first?.code).toBe('SCHEMA_INVALID');
    expect(text.split('\n')[first!.line - 1]).toContain('"status": "klar"');
  });
});

describe('lineOf', () => {
  const text = '{\n  "a": [\n    { "id": "x.y" },\n    { "id": "xzy" }\n  ]\n}\n';
  it('finds an id literally (a dot in an id is no wildcard), a pointer, and falls back to line 1', () => {
    expect(lineOf(text, { id: 'xzy' })).toBe(4);
    expect(lineOf(text, { id: 'x.y' })).toBe(3);
    expect(lineOf(text, { id: 'nope' })).toBe(1);
    expect(lineOf(text, { pointer: '/a/1/id' })).toBe(4);
    expect(lineOf(text, { pointer: '/a/1/missing' })).toBe(4);
    expect(lineOf(text, { pointer: '/' })).toBe(1);
  });

  it('finds a pointer past skipped subtrees that hold the same names, escaped names, and nested arrays', () => {
    const nested = [
      '{',
      '  "x": { "a": [[1, { "a": [0, 1] }]], "b": 2 },',
      '  "a": [',
      '    [0, 1],',
      '    {',
      '      "b/c": { "d~e": 3 },',
      '      "f": [',
      '        7,',
      '        8',
      '      ]',
      '    }',
      '  ]',
      '}',
    ].join('\n');
    expect(lineOf(nested, { pointer: '/a/1/b~1c/d~0e' })).toBe(6);
    expect(lineOf(nested, { pointer: '/a/1/f/1' })).toBe(9);
    expect(lineOf(nested, { pointer: '/a/1/f' })).toBe(7);
    expect(lineOf(nested, { pointer: '/a/0/1' })).toBe(4);
    expect(lineOf(nested, { pointer: '/a/1/missing/deeper' })).toBe(5);
    expect(lineOf(nested, { pointer: '/x/b' })).toBe(2);
    expect(lineOf(nested, { pointer: '/nothing' })).toBe(1);
  });

  it('takes a part as an array index only when it is all digits, and a property keeps its own line', () => {
    const mixed = [
      '{',
      '  "m": {',
      '    "1a": 1,',
      '    "a1": 2',
      '  },',
      '  "list": [',
      ...Array.from({ length: 11 }, (_, i) => `    ${i}${i < 10 ? ',' : ''}`),
      '  ],',
      '  "late":',
      '    { "x": 1 }',
      '}',
    ].join('\n');
    expect(lineOf(mixed, { pointer: '/m/1a' })).toBe(3);
    expect(lineOf(mixed, { pointer: '/m/a1' })).toBe(4);
    expect(lineOf(mixed, { pointer: '/list/10' })).toBe(17);
    expect(lineOf(mixed, { pointer: '/list/2' })).toBe(9);
    // The name's line, not the line where its value (an object of the same depth) begins.
    expect(lineOf(mixed, { pointer: '/late' })).toBe(19);
  });
});

describe('merging one file three ways', () => {
  const base = fileOf(toFolderFiles(exampleLibraryRecords()), 'templates/exempel-phq9.json').text;
  const edit = (change: (d: TreeDocument) => void) => {
    const document = JSON.parse(base) as TreeDocument;
    change(document);
    return stableJson(document);
  };

  it('gives the merged file when the edits do not collide, a conflict file when they do', () => {
    const clean = mergeFileTexts(
      base,
      edit((d) => (d.title = 'Min')),
      edit((d) => (d.description = 'Deras')),
    );
    expect(clean).toMatchObject({ ok: true, conflicts: [] });
    if (!clean.ok) return;
    expect(JSON.parse(clean.text)).toMatchObject({ title: 'Min', description: 'Deras' });

    const clash = mergeFileTexts(
      base,
      edit((d) => (d.title = 'Min')),
      edit((d) => (d.title = 'Deras')),
    );
    if (!clash.ok) throw new Error('not merged');
    const file = JSON.parse(clash.text) as ConflictFile;
    expect(file.format).toBe('termverkstad-merge-conflict');
    expect(resolveConflictFile(file, new Map([['document:title', 'theirs']]))).toMatchObject({
      conflicts: [],
      merged: { title: 'Deras' },
    });
  });

  it('leaves files that are not ours, or a conflict already, to the text merge', () => {
    expect(mergeFileTexts('# a\n', '# b\n', '# c\n')).toEqual({ ok: false });
    const clash = mergeFileTexts(
      base,
      edit((d) => (d.title = 'A')),
      edit((d) => (d.title = 'B')),
    );
    if (!clash.ok) throw new Error('not merged');
    expect(mergeFileTexts(base, clash.text, base)).toEqual({ ok: false });
  });

  it('merges keyword group files keyword by keyword, sorted by id', () => {
    const group = fileOf(toFolderFiles(exampleLibraryRecords()), 'keywords/yesNo.json').text;
    const change = (index: number, term: string) => {
      const parsed = JSON.parse(group) as { keywords: { term: string }[] };
      parsed.keywords[index]!.term = term;
      return stableJson(parsed);
    };
    const merged = mergeFileTexts(group, change(0, 'Första'), change(1, 'Andra'));
    if (!merged.ok) throw new Error('not merged');
    const terms = (JSON.parse(merged.text) as { keywords: { term: string }[] }).keywords.map((k) => k.term);
    expect(terms.slice(0, 2)).toEqual(['Första', 'Andra']);
    expect(execFileSync('git', ['--version'], { encoding: 'utf8' })).toMatch(/^git version/);
  });
});
