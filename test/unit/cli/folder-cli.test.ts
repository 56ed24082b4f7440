import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TreeDocument } from '../../../src/domain/model.ts';
import { stableJson } from '../../../src/formats/library-folder.ts';
import { formatReports } from '../../../src/cli/report-formats.ts';
import type { FileReport } from '../../../src/cli/validate.ts';
import { createDiagnostic } from '../../../src/validation/index.ts';
import { runCli } from '../../helpers/cli.ts';
import { writeExampleLibraryFolder } from '../../helpers/library-folder.ts';

const hostile = 'Rad 1\nrad 2, 100% <b>&"\'</b>: slut\u0007';
const report: FileReport = {
  file: 'mapp/templates/a,b:c.json',
  status: 'checked',
  kind: 'folder',
  errors: 1,
  warnings: 1,
  diagnostics: [
    { ...createDiagnostic('FOLDER_WRONG_PATH', { expected: hostile }), line: 7 },
    { ...createDiagnostic('FOLDER_UNKNOWN_FILE', {}), line: 1 },
  ],
};
const refused: FileReport = {
  file: 'mapp/trasig.json',
  status: 'refused',
  message: { code: 'FILE_NOT_JSON', params: { detail: 'Unexpected end' } },
};

describe('validate --format', () => {
  it('github: one workflow command per finding, data and properties escaped as the runner reads them', () => {
    const out = formatReports([report, refused], 'github', 'en').split('\n');
    expect(out[0]).toBe(
      '::error file=mapp/templates/a%2Cb%3Ac.json,line=7,title=FOLDER_WRONG_PATH::The content belongs in Rad 1%0Arad 2, 100%25 <b>&"\'</b>: slut\u0007; move the file there.',
    );
    expect(out[1]).toBe(
      '::warning file=mapp/templates/a%2Cb%3Ac.json,line=1,title=FOLDER_UNKNOWN_FILE::The file is not part of the library layout and is not read (see README.md in the folder).',
    );
    expect(out[2]).toMatch(/^::error file=mapp\/trasig.json,line=1,title=FILE_NOT_JSON::/);
    expect(out[3]).toBe('mapp/templates/a,b:c.json: invalid (1 error, 1 warning)');
  });

  it('gitlab: a code quality report with path, line, severity and a stable fingerprint', () => {
    const entries = JSON.parse(formatReports([report, refused], 'gitlab', 'sv')) as {
      check_name: string;
      severity: string;
      fingerprint: string;
      location: { path: string; lines: { begin: number } };
    }[];
    expect(entries.map((e) => [e.check_name, e.severity, e.location.path, e.location.lines.begin])).toEqual([
      ['FOLDER_WRONG_PATH', 'major', 'mapp/templates/a,b:c.json', 7],
      ['FOLDER_UNKNOWN_FILE', 'minor', 'mapp/templates/a,b:c.json', 1],
      ['FILE_NOT_JSON', 'major', 'mapp/trasig.json', 1],
    ]);
    expect(entries[0]!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const again = JSON.parse(formatReports([report], 'gitlab', 'sv')) as typeof entries;
    expect(again[0]!.fingerprint).toBe(entries[0]!.fingerprint);
  });

  it('junit: a test case per file, errors as failures, text escaped for XML and control characters dropped', () => {
    const xml = formatReports([report, refused], 'junit', 'en');
    expect(xml).toContain('<testsuites name="termverkstad validate" tests="2" failures="2">');
    expect(xml).toContain(
      '<failure message="FOLDER_WRONG_PATH: The content belongs in Rad 1\nrad 2, 100% &lt;b&gt;&amp;&quot;&apos;&lt;/b&gt;: slut; move the file there." type="FOLDER_WRONG_PATH">',
    );
    expect(xml).not.toContain('\u0007');
    expect(xml).not.toContain('FOLDER_UNKNOWN_FILE'); // warnings are not failures
    const clean = formatReports([{ ...report, errors: 0, warnings: 0, diagnostics: [] }], 'junit', 'en');
    expect(clean).toContain('failures="0"');
    expect(clean).toContain('<testcase classname="termverkstad.validate" name="mapp/templates/a,b:c.json"/>');
  });

  it('refuses an unknown format with exit 2', async () => {
    const result = await runCli('validate', '--format', 'sarif', 'x.json');
    expect(result).toMatchObject({ code: 2, stderr: '--format: text, json, github, gitlab, junit\n' });
  });
});

describe('validate DIR', () => {
  it('says a clean folder is valid, and names the file of each finding relative to the folder named', async () => {
    const dir = writeExampleLibraryFolder();
    const clean = await runCli('validate', dir);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain(`${dir}/termverkstad.json: giltig (0 fel`);
    writeFileSync(join(dir, 'templates', 'trasig.json'), '{"id": ');
    const broken = await runCli('validate', '--format', 'github', dir);
    expect(broken.code).toBe(2);
    expect(broken.stdout).toContain(`::error file=${dir}/templates/trasig.json,line=1,title=FILE_NOT_JSON::`);
  });

  it('refuses a folder that is not a library with exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'termverkstad-empty-'));
    const result = await runCli('validate', '--lang', 'en', dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('termverkstad.json is missing');
  });
});

describe('diff', () => {
  it('says per document and keyword what changed, in words with the impact, from folders and git revisions', async () => {
    const dir = writeExampleLibraryFolder();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git(
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.invalid',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      'tom',
    );
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-m', 'bibliotek');
    const path = join(dir, 'templates', 'exempel-phq9.json');
    const document = JSON.parse(readFileSync(path, 'utf8')) as TreeDocument;
    document.nodes[0] = { ...document.nodes[0]!, required: true };
    writeFileSync(path, stableJson(document));
    const groupPath = join(dir, 'keywords', 'yesNo.json');
    const group = JSON.parse(readFileSync(groupPath, 'utf8')) as { keywords: { term: string }[] };
    const oldTerm = group.keywords[0]!.term;
    group.keywords[0]!.term = 'Nytt namn';
    writeFileSync(groupPath, stableJson(group));

    // Run from inside the repository, as a CI job does: in a process of its own started there
    // (a test worker thread cannot change its folder), from the source as the tests run it.
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href,
        '--input-type=module',
        '-e',
        `import { main } from ${JSON.stringify(pathToFileURL(resolve('src/cli/main.ts')).href)};
         process.exitCode = await main(process.argv.slice(1), process.stdout, process.stderr);`,
        'diff',
        '--lang',
        'en',
        'HEAD:',
        '.',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    const result = { code: run.status, stdout: run.stdout, stderr: run.stderr };
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '## Template "PHQ-9 depressionsskattning" (templates/exempel-phq9.json): changed',
    );
    expect(result.stdout).toContain('## Keyword catalogue');
    expect(result.stdout).toContain(`"${oldTerm}" → "Nytt namn"`);
    expect(result.stdout).not.toContain('exempel-levnadsvanor.json'); // unchanged documents are not listed
    const none = await runCli('diff', '--lang', 'en', dir, dir);
    expect(none.stdout).toBe('No changes.\n');
  });

  it('names a side it cannot read, with exit 2', async () => {
    const result = await runCli('diff', '--lang', 'en', 'finns-inte.json', 'inte-heller.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^finns-inte.json: /);
  });
});

describe('merge-driver', () => {
  it('needs three files (exit 2), and merges files that are not ours as text with git merge-file', async () => {
    expect((await runCli('merge-driver', 'a')).code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'termverkstad-text-merge-'));
    const [o, a, b] = ['o.md', 'a.md', 'b.md'].map((name) => join(dir, name)) as [string, string, string];
    writeFileSync(o, 'ett\ntvå\ntre\n');
    writeFileSync(a, 'ETT\ntvå\ntre\n');
    writeFileSync(b, 'ett\ntvå\nTRE\n');
    expect((await runCli('merge-driver', o, a, b, 'README.md')).code).toBe(0);
    expect(readFileSync(a, 'utf8')).toBe('ETT\ntvå\nTRE\n');
  });
});

describe('unpack and pack', () => {
  const BACKUP = join(import.meta.dirname, '../../../schemas/examples/library-file/exempelbibliotek.json');

  it('turns a backup into a valid library folder and back, with every record the same', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'termverkstad-unpack-')), 'bibliotek');
    expect(await runCli('unpack', BACKUP, dir)).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(dir, 'termverkstad.json'), 'utf8')).toBe(
      '{\n  "format": "termverkstad-folder",\n  "formatVersion": 1\n}\n',
    );
    expect((await runCli('validate', dir)).code).toBe(0);
    const out = join(dir, '..', 'tillbaka.json');
    expect(await runCli('pack', dir, out)).toMatchObject({ code: 0, stderr: '' });
    const [before, after] = [BACKUP, out].map(
      (f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown[]>,
    );
    const ids = (records: unknown[]) => (records as { id: string }[]).map((r) => r.id).sort();
    for (const key of ['keywords', 'documents', 'versions'])
      expect(ids(after![key]!), key).toEqual(ids(before![key]!));
    expect(after!.documents).toEqual(expect.arrayContaining(before!.documents!));
  });

  it('refuses a folder that already has files, and writes nothing into it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'termverkstad-unpack-full-'));
    writeFileSync(join(dir, 'annat.txt'), 'mitt');
    const result = await runCli('unpack', '--lang', 'en', BACKUP, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${dir}: The folder already has files; choose an empty folder so that nothing is overwritten.\n`,
    );
    expect(readdirSync(dir)).toEqual(['annat.txt']);
  });
});
