import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Keyword, TreeDocument } from '../../../src/domain/model.ts';
import { stableJson } from '../../../src/formats/library-folder.ts';
import { runCli } from '../../helpers/cli.ts';
import { writeExampleLibraryFolder } from '../../helpers/library-folder.ts';

// `termverkstad diff` between two folders or files, run in this process so that mutation testing
// sees what it covers (the git-revision case runs in a process of its own in folder-cli.test.ts).

const EXAMPLES = join(import.meta.dirname, '../../../schemas/examples');
const PHQ9 = 'templates/exempel-phq9.json';

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const edit = <T>(path: string, change: (value: T) => void) => {
  const value = readJson<T>(path);
  change(value);
  writeFileSync(path, stableJson(value));
};

describe('diff between two library folders', () => {
  it('names each changed field of a document and each changed keyword node, in either language', async () => {
    const [before, after] = [writeExampleLibraryFolder(), writeExampleLibraryFolder()];
    edit<TreeDocument>(join(after, PHQ9), (d) => {
      d.title = 'PHQ-9 ny';
      d.description = 'Ny';
      d.status = 'review';
      d.version = '1.1.0';
      d.nodes[0] = { ...d.nodes[0]!, required: true };
    });
    const en = await runCli('diff', '--lang', 'en', before, after);
    expect(en).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        `## Template "PHQ-9 ny" (${PHQ9}): changed`,
        '',
        '- Title: "PHQ-9 depressionsskattning" → "PHQ-9 ny"',
        '- Description: "Nio frågor, summa med svårighetsgrad och funktionsfråga." → "Ny"',
        '- Status: "Draft" → "In review"',
        '- Version: "0.1.0" → "1.1.0"',
        '- Breaking: templates that use it must be reviewed.',
        '- Changed: Skattning (required)',
        '  - Required now (breaking)',
        '',
      ].join('\n'),
    });
    const sv = await runCli('diff', '--lang', 'sv', before, after);
    expect(sv.stdout.split('\n').slice(0, 6)).toEqual([
      `## Mall "PHQ-9 ny" (${PHQ9}): ändrad`,
      '',
      '- Titel: "PHQ-9 depressionsskattning" → "PHQ-9 ny"',
      '- Beskrivning: "Nio frågor, summa med svårighetsgrad och funktionsfråga." → "Ny"',
      '- Status: "Utkast" → "Granskas"',
      '- Version: "0.1.0" → "1.1.0"',
    ]);
  });

  it('lists a document that only changed its fields, without node lines', async () => {
    const [before, after] = [writeExampleLibraryFolder(), writeExampleLibraryFolder()];
    edit<TreeDocument>(join(after, PHQ9), (d) => {
      d.version = '0.2.0';
    });
    expect((await runCli('diff', '--lang', 'en', before, after)).stdout).toBe(
      `## Template "PHQ-9 depressionsskattning" (${PHQ9}): changed\n\n- Version: "0.1.0" → "0.2.0"\n`,
    );
  });

  it('lists an added and a removed document by heading only', async () => {
    const [before, after] = [writeExampleLibraryFolder(), writeExampleLibraryFolder()];
    const copy = readJson<TreeDocument>(join(after, PHQ9));
    rmSync(join(after, PHQ9));
    const added = { ...copy, id: 'phq9-kopia', title: 'PHQ-9 kopia' };
    writeFileSync(join(after, 'templates/phq9-kopia.json'), stableJson(added));
    const result = await runCli('diff', '--lang', 'en', before, after);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        '## Template "PHQ-9 kopia" (templates/phq9-kopia.json): added',
        '',
        `## Template "PHQ-9 depressionsskattning" (${PHQ9}): removed`,
        '',
      ].join('\n'),
    );
  });

  it('lists a renamed and an added keyword under the catalogue, and in the documents that use it', async () => {
    const [before, after] = [writeExampleLibraryFolder(), writeExampleLibraryFolder()];
    const term = 'Begränsande eller tillgängliggörande åtgärder 1177';
    edit<{ keywords: Keyword[] }>(join(after, 'keywords/yesNo.json'), (group) => {
      group.keywords.find((k) => k.term === term)!.term = 'Nytt namn';
    });
    edit<{ keywords: Keyword[] }>(join(after, 'keywords/heading.json'), (group) => {
      group.keywords.push({ ...group.keywords[0]!, id: 'zz-ny-rubrik', term: 'Ny rubrik' });
    });
    const renamed = ['- Changed: Nytt namn (term)', `  - Term: "${term}" → "Nytt namn" (text only)`];
    expect(await runCli('diff', '--lang', 'en', before, after)).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        `## Fragment "${term}" (fragments/exempel-1177-fragment.json): changed`,
        '',
        '- Only texts have changed.',
        ...renamed,
        '',
        '## Keyword catalogue',
        '',
        ...renamed,
        '- Added: Ny rubrik',
        '',
      ].join('\n'),
    });
  });

  it('says there is no change when the two sides hold the same library', async () => {
    const dir = writeExampleLibraryFolder();
    expect(await runCli('diff', '--lang', 'sv', dir, writeExampleLibraryFolder())).toEqual({
      code: 0,
      stdout: 'Inga ändringar.\n',
      stderr: '',
    });
  });
});

describe('diff between two files', () => {
  it('compares a backup with itself as no change, and two fragment files by their document', async () => {
    const backup = join(EXAMPLES, 'library-file/exempelbibliotek.json');
    expect((await runCli('diff', '--lang', 'en', backup, backup)).stdout).toBe('No changes.\n');
    const dir = mkdtempSync(join(tmpdir(), 'termverkstad-diff-files-'));
    const fragment = readJson<{ document: TreeDocument }>(join(EXAMPLES, 'fragment-file/exempel-phq9.json'));
    const changed = join(dir, 'ny.json');
    fragment.document.title = 'PHQ-9 ändrad';
    writeFileSync(changed, JSON.stringify(fragment));
    const result = await runCli(
      'diff',
      '--lang',
      'en',
      join(EXAMPLES, 'fragment-file/exempel-phq9.json'),
      changed,
    );
    expect(result.stdout).toBe(
      `## Template "PHQ-9 ändrad" (${PHQ9}): changed\n\n- Title: "PHQ-9 depressionsskattning" → "PHQ-9 ändrad"\n`,
    );
  });
});

describe('diff refuses with exit 2, naming the side', () => {
  const dir = mkdtempSync(join(tmpdir(), 'termverkstad-diff-bad-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const valid = join(EXAMPLES, 'fragment-file/exempel-phq9.json');

  it.each([
    ['no sides', []],
    ['one side', [valid]],
  ])('%s: the usage', async (_, args) => {
    expect(await runCli('diff', '--lang', 'en', ...args)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Usage: termverkstad diff OLD NEW (files, folders or git revisions as REV:PATH)\n',
    });
  });

  it('a missing file, first or second', async () => {
    const missing = join(dir, 'finns-inte.json');
    for (const args of [
      [missing, valid],
      [valid, missing],
    ]) {
      const result = await runCli('diff', '--lang', 'en', ...args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`^${missing}: .*(not found|does not exist|missing)`, 'i'));
    }
  });

  it('a file that is not JSON, and JSON that is no library file', async () => {
    const broken = file('trasig.json', '{"format":');
    const patient = file('patient.json', '{"resourceType":"Patient"}');
    for (const bad of [broken, patient]) {
      const result = await runCli('diff', '--lang', 'en', valid, bad);
      expect(result.code).toBe(2);
      expect(result.stderr.startsWith(`${bad}: `)).toBe(true);
      expect(result.stderr.length).toBeGreaterThan(bad.length + 10);
    }
  });

  it('a folder that is not a library', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'termverkstad-diff-empty-'));
    const result = await runCli('diff', '--lang', 'en', empty, valid);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${empty}: `);
    expect(result.stderr).toContain('termverkstad.json is missing');
  });
});
