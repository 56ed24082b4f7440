import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readFolder } from '../../../src/cli/folder.ts';
import { LIMITS } from '../../../src/domain/limits.ts';
import { runCli } from '../../helpers/cli.ts';

// What convert and validate say when a file cannot be read or written, run in this process (the
// same cases through bin/termverkstad.mjs are in cli.test.ts): exit 2, the path, the reason.

const EXAMPLES = join(import.meta.dirname, '../../../schemas/examples');
const FRAGMENT = join(EXAMPLES, 'fragment-file/exempel-phq9.json');
const LIBRARY = join(EXAMPLES, 'library-file/exempelbibliotek.json');
const scratch = () => mkdtempSync(join(tmpdir(), 'termverkstad-refuse-'));
const en = (...args: string[]) => runCli(...args, '--lang', 'en');

describe('convert cannot read or write', () => {
  it('a folder or a FIFO given as the file: not a regular file', async () => {
    const dir = scratch();
    const fifo = join(dir, 'rör.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const file of [dir, fifo])
      expect(await en('convert', '--to', 'csv', file)).toEqual({
        code: 2,
        stdout: '',
        stderr: `${file}: It is not a regular file.\n`,
      });
  });

  it('--out or --report into a folder that does not exist: CLI_WRITE_FAILED, nothing written', async () => {
    const dir = scratch();
    const out = join(dir, 'saknas', 'ut.json');
    expect(await en('convert', '--to', 'fhir', '--out', out, FRAGMENT)).toEqual({
      code: 2,
      stdout: '',
      stderr: `${FRAGMENT}: ${out} could not be written (ENOENT); a file already there is untouched.\n`,
    });
    const fhir = join(dir, 'q.json');
    expect((await en('convert', '--to', 'fhir', '--out', fhir, FRAGMENT)).code).toBe(0);
    const report = join(dir, 'saknas', 'rapport.json');
    const result = await en('convert', '--from', 'fhir', '--report', report, fhir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${fhir}: ${report} could not be written (ENOENT); a file already there is untouched.\n`,
    );
    expect(readdirSync(dir)).toEqual(['q.json']);
  });

  it('--from fhir writes the fragment named by its id, and the report when asked', async () => {
    const dir = scratch();
    const fhir = join(dir, 'q.json');
    expect((await en('convert', '--to', 'fhir', '--out', fhir, FRAGMENT)).code).toBe(0);
    const [out, report] = [join(dir, 'ut.json'), join(dir, 'rapport.json')];
    const result = await en('convert', '--from', 'fhir', '--out', out, '--report', report, fhir);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'termverkstad-fragment' });
    expect(Object.keys(JSON.parse(readFileSync(report, 'utf8')) as object).sort()).toEqual([
      'converted',
      'kept',
    ]);
  });

  it('a file that breaks the format: exit 1 with where; a library without --document: exit 2 with the ids', async () => {
    const dir = scratch();
    const fragment = JSON.parse(readFileSync(FRAGMENT, 'utf8')) as { document: { title: unknown } };
    fragment.document.title = 7;
    const broken = join(dir, 'trasig.json');
    writeFileSync(broken, JSON.stringify(fragment));
    expect(await en('convert', '--to', 'csv', broken)).toEqual({
      code: 1,
      stdout: '',
      stderr: `${broken}: The file does not follow the format at "/document/title": must be string.\n`,
    });
    const library = await en('convert', '--to', 'csv', LIBRARY);
    expect(library.code).toBe(2);
    expect(library.stderr).toMatch(
      /Give --document with one of: (exempel-[a-z0-9-]+, )+exempel-[a-z0-9-]+\.\n$/,
    );
    const one = await en('convert', '--to', 'csv', '--document', 'exempel-phq9', LIBRARY);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('PHQ-9');
  });
});

describe('validate reports what it cannot read', () => {
  it('a folder with an unreadable file names it and exits 2', async () => {
    const dir = join(scratch(), 'bibliotek');
    expect((await en('unpack', LIBRARY, dir)).code).toBe(0);
    writeFileSync(join(dir, 'templates', 'latin1.json'), Uint8Array.of(0x7b, 0xe5, 0x7d));
    const result = await en('validate', dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      `${dir}/templates/latin1.json: cannot be read: The file is not valid UTF-8 text.`,
    );
    // A file one byte over the limit is refused before it is read (a sparse file: no disk used).
    const large = join(scratch(), 'stor.json');
    writeFileSync(large, '');
    truncateSync(large, LIMITS.libraryFileBytes + 1);
    const tooLarge = await en('validate', large);
    expect(tooLarge.code).toBe(2);
    expect(tooLarge.stdout).toMatch(
      /^.*stor\.json: cannot be read: The file is 26,214,401 bytes; the limit is 26,214,400 bytes\.\n$/,
    );
  });
});

describe('readFolder', () => {
  it('reads .json and .md files in name order, skipping hidden folders, node_modules, links and other files', async () => {
    const root = scratch();
    for (const folder of ['b', 'a', '.git', 'node_modules', 'x.json']) mkdirSync(join(root, folder));
    for (const [path, text] of [
      ['b/2.json', '2'],
      ['a/1.md', '1'],
      ['a/0.json', '0'],
      ['.git/config.json', 'dold'],
      ['node_modules/p.json', 'paket'],
      ['x.json/inne.json', 'i mapp'],
      ['anteckning.txt', 'text'],
      ['halv.jsonx', 'nej'],
      ['.dold.json', 'dold fil'],
    ] as const)
      writeFileSync(join(root, path), text);
    symlinkSync(join(root, 'a/0.json'), join(root, 'länk.json'));
    const { files, unreadable } = await readFolder(root);
    expect(files.map((f) => [f.path, f.text])).toEqual([
      ['.dold.json', 'dold fil'],
      ['a/0.json', '0'],
      ['a/1.md', '1'],
      ['b/2.json', '2'],
      ['x.json/inne.json', 'i mapp'],
    ]);
    expect(unreadable).toEqual([]);
  });

  it('stops at its file limit, counting unreadable files too', async () => {
    const root = scratch();
    for (const name of ['a.json', 'b.json', 'c.json', 'd.json']) writeFileSync(join(root, name), name);
    writeFileSync(join(root, 'a0.json'), Uint8Array.of(0xff));
    const read = await readFolder(root, 3);
    expect(read.unreadable.map((u) => u.path)).toEqual(['a0.json']);
    expect(read.files.map((f) => f.path)).toEqual(['a.json', 'b.json']);
    expect((await readFolder(root, 5)).files).toHaveLength(4);
  });
});
