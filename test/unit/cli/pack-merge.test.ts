import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TreeDocument } from '../../../src/domain/model.ts';
import { stableJson } from '../../../src/formats/library-folder.ts';
import { runCli } from '../../helpers/cli.ts';

// unpack, pack and merge-driver refusals, run in this process (so mutation testing sees them):
// each names the file or folder, says why, and leaves what is on disk as it was.

const EXAMPLES = join(import.meta.dirname, '../../../schemas/examples');
const BACKUP = join(EXAMPLES, 'library-file/exempelbibliotek.json');
const PACK_USAGE =
  'Usage: termverkstad unpack LIBRARYFILE FOLDER  or  termverkstad pack FOLDER LIBRARYFILE\n';
const MERGE_USAGE = 'Usage: termverkstad merge-driver BASE MINE THEIRS [PATH] (git: %O %A %B %P)\n';

const scratch = () => mkdtempSync(join(tmpdir(), 'termverkstad-pack-'));
const write = (dir: string, name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const en = (...args: string[]) => runCli(...args, '--lang', 'en');
const backup = () => JSON.parse(readFileSync(BACKUP, 'utf8')) as { documents: TreeDocument[] };

describe('unpack refuses, naming the file, and creates no folder', () => {
  it.each([[[]], [['bibliotek.json']]])('without a file and a folder: the usage (%j)', async (args) => {
    expect(await en('unpack', ...args)).toEqual({ code: 2, stdout: '', stderr: PACK_USAGE });
  });

  it.each([
    ['a missing file', () => join(scratch(), 'nej.json'), 2, 'The file does not exist.'],
    [
      'a fragment file',
      () => join(EXAMPLES, 'fragment-file/exempel-phq9.json'),
      2,
      'The file is not a library file (Back up in the app, or termverkstad pack, makes one).',
    ],
    [
      'a library file that breaks the format',
      () => {
        const wrong = backup() as unknown as { documents: { title: unknown }[] };
        wrong.documents[0]!.title = 7;
        return write(scratch(), 'trasig.json', JSON.stringify(wrong));
      },
      2,
      'The file does not follow the format at "/documents/0/title": must be string.',
    ],
    [
      'a library file with one error',
      () => {
        const wrong = backup();
        wrong.documents[0]!.nodes.push({ id: 'x1', keywordId: 'finns-inte' });
        return write(scratch(), 'fel.json', JSON.stringify(wrong));
      },
      1,
      null,
    ],
  ])('%s', async (_, file, code, why) => {
    const path = file();
    const out = join(scratch(), 'bibliotek');
    const result = await en('unpack', path, out);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    if (why === null)
      expect(result.stderr).toMatch(new RegExp(`^${path}: The file has \\d+ errors?; fix them first`));
    else expect(result.stderr).toBe(`${path}: ${why}\n`);
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });
});

describe('pack refuses, naming the folder, and writes no file', () => {
  it.each([[[]], [['mapp']]])('without a folder and a file: the usage (%j)', async (args) => {
    expect(await en('pack', ...args)).toEqual({ code: 2, stdout: '', stderr: PACK_USAGE });
  });

  it('a folder that does not exist, or is a file', async () => {
    const dir = scratch();
    for (const missing of [join(dir, 'nej'), write(dir, 'fil.json', '{}')]) {
      expect(await en('pack', missing, join(dir, 'ut.json'))).toEqual({
        code: 2,
        stdout: '',
        stderr: `${missing}: There is no folder here; pack reads a library folder.\n`,
      });
    }
    expect(readdirSync(dir)).toEqual(['fil.json']);
  });

  it('a folder without termverkstad.json', async () => {
    const dir = scratch();
    const result = await en('pack', dir, join(dir, 'ut.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${dir}: The folder is not a Termverkstad library (termverkstad.json is missing).\n`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a library folder with a file that is not JSON names that file', async () => {
    const dir = join(scratch(), 'bibliotek');
    expect((await en('unpack', BACKUP, dir)).code).toBe(0);
    const broken = write(join(dir, 'templates'), 'trasig.json', '{"id":');
    const out = join(dir, '..', 'ut.json');
    const result = await en('pack', dir, out);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(`${broken}: `)).toBe(true);
    expect(result.stderr).toContain('JSON');
    expect(readdirSync(join(dir, '..'))).toEqual(['bibliotek']);
  });
});

describe('merge-driver in this process', () => {
  it.each([[[]], [['bas.json']], [['bas.json', 'min.json']]])(
    'needs three files: the usage (%j)',
    async (args) => {
      expect(await en('merge-driver', ...args)).toEqual({ code: 2, stdout: '', stderr: MERGE_USAGE });
    },
  );

  const sides = (change: (mine: TreeDocument, theirs: TreeDocument) => void) => {
    const dir = scratch();
    const document = JSON.parse(
      readFileSync(join(EXAMPLES, 'document/exempel-phq9.json'), 'utf8'),
    ) as TreeDocument;
    const [mine, theirs] = [structuredClone(document), structuredClone(document)];
    change(mine, theirs);
    return {
      base: write(dir, 'bas.json', stableJson(document)),
      mine: write(dir, 'min.json', stableJson(mine)),
      theirs: write(dir, 'deras.json', stableJson(theirs)),
    };
  };

  it('merges two different changes cleanly (exit 0) into MINE', async () => {
    const { base, mine, theirs } = sides((m, t) => {
      m.title = 'Min titel';
      t.description = 'Deras beskrivning';
    });
    expect(await en('merge-driver', base, mine, theirs, 'templates/exempel-phq9.json')).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
    const merged = JSON.parse(readFileSync(mine, 'utf8')) as TreeDocument;
    expect([merged.title, merged.description]).toEqual(['Min titel', 'Deras beskrivning']);
  });

  it('reports each conflict under the path git gives (exit 1), and leaves a conflict file in MINE', async () => {
    const { base, mine, theirs } = sides((m, t) => {
      m.title = 'Min titel';
      t.title = 'Deras titel';
    });
    const result = await en('merge-driver', base, mine, theirs, 'templates/exempel-phq9.json');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^templates\/exempel-phq9\.json: Unresolved conflict from a merge \(.*title.*\)\. Open the library/,
    );
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    const conflict = JSON.parse(readFileSync(mine, 'utf8')) as { format: string; mine: TreeDocument };
    expect(conflict.format).toBe('termverkstad-merge-conflict');
    expect(conflict.mine.title).toBe('Min titel');
    // Without PATH, the line names MINE's file.
    const again = sides((m, t) => {
      m.title = 'A';
      t.title = 'B';
    });
    const unnamed = await en('merge-driver', again.base, again.mine, again.theirs);
    expect(unnamed.stderr.startsWith(`${again.mine}: Unresolved conflict`)).toBe(true);
  });
});
