import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { includeBombLibrary, selfIncludingLibrary } from '../../helpers/include-bomb.ts';
import type { FragmentFile } from '../../../src/domain/model.ts';
import { FILE_RULE_CODES, SEVERITY_BY_CODE } from '../../../src/validation/index.ts';

const ROOT = join(import.meta.dirname, '../../..');
const EXAMPLES = join(ROOT, 'schemas/examples');
const RULE_FIXTURES = join(ROOT, 'test/fixtures/rules');

const run = runCli;

const tmp = mkdtempSync(join(tmpdir(), 'termverkstad-cli-'));
const tmpFile = (name: string, content: string | Uint8Array) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

describe('termverkstad validate', () => {
  const shipped = ['fragment-file', 'library-file'].flatMap((folder) =>
    readdirSync(join(EXAMPLES, folder)).map((file) => join(EXAMPLES, folder, file)),
  );

  it('accepts every shipped example: exit 0, "giltig", no findings', async () => {
    const result = await run('validate', ...shipped);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual(
      shipped.map((file) => `${file}: giltig (0 fel, 0 varningar)`),
    );
  });

  it.each(FILE_RULE_CODES)(
    'rejects the %s fixture with that code and the right exit status',
    async (code) => {
      const result = await run('validate', '--json', join(RULE_FIXTURES, `${code}.json`));
      const report = (JSON.parse(result.stdout) as { files: [{ diagnostics: { code: string }[] }] }).files[0];
      expect(report.diagnostics.map((d) => d.code)).toContain(code);
      expect(result.code).toBe(SEVERITY_BY_CODE[code] === 'error' ? 1 : 0);
    },
  );

  it('prints findings as lines with severity, code, place and message, in Swedish or English', async () => {
    const file = join(RULE_FIXTURES, 'CONDITION_SOURCE_LATER.json');
    const sv = await run('validate', file);
    expect(sv.stdout).toContain(
      `${file}: fel CONDITION_SOURCE_LATER [bas-vikt]: Villkoret för "Vikt" hänvisar till "Datum för åtgärd", som kommer senare i mallen.`,
    );
    expect(sv.stdout).toContain(`${file}: ogiltig (1 fel, 0 varningar)`);
    const en = await run('validate', '--lang', 'en', file);
    expect(en.stdout).toContain(
      'error CONDITION_SOURCE_LATER [bas-vikt]: The condition of "Vikt" refers to "Datum för åtgärd"',
    );
  });

  it.each([
    ['not JSON', '{"format": ', 'inte giltig JSON'],
    ['wrong root', '[1, 2]', 'ett JSON-objekt överst'],
    ['unknown format', '{"format":"excel"}', 'Okänt filformat ("excel")'],
    ['unknown version', '{"format":"termverkstad-fragment","formatVersion":99}', 'version 99 stöds inte'],
    ['too deep', '['.repeat(100) + ']'.repeat(100), 'djupare än 64 nivåer'],
    ['__proto__ key', '{"__proto__":{"x":1}}', 'otillåtna nyckeln "__proto__"'],
    [
      'constructor key',
      '{"format":"termverkstad-fragment","constructor":{}}',
      'otillåtna nyckeln "constructor"',
    ],
  ])('refuses %s with one line and exit 2', async (_name, content, message) => {
    const file = tmpFile('bad.json', content);
    const result = await run('validate', file);
    expect(result.code).toBe(2);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toContain(`${file}: kan inte läsas: `);
    expect(result.stdout).toContain(message);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a 50 MB file by its size, without reading it', async () => {
    const file = join(tmp, 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, 50 * 1024 * 1024);
    const started = performance.now();
    const result = await run('validate', file);
    expect(result).toMatchObject({ code: 2 });
    expect(result.stdout).toBe(`${file}: kan inte läsas: Filen är 50,0 MB; högst 25,0 MB tillåts.\n`);
    // A sparse 50 MB file: refusing it must not depend on reading it (generous bound, not a benchmark).
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('says so when a file is missing, and gives usage for a wrong command', async () => {
    expect(await run('validate', join(tmp, 'nope.json'))).toMatchObject({
      code: 2,
      stdout: `${join(tmp, 'nope.json')}: kan inte läsas: Filen finns inte.\n`,
    });
    expect(await run('validera', 'x')).toMatchObject({ code: 2 });
    expect((await run('validera', 'x')).stderr).toContain('Okänt kommando: validera');
    expect(await run('validate', '--bogus', 'x')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--bogus'") as unknown,
    });
  });

  it('runs as a real command through bin/termverkstad.mjs', () => {
    const ok = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/termverkstad.mjs'), 'validate', '--lang', 'en', shipped[0]!],
      { encoding: 'utf8' },
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(`${shipped[0]}: valid (0 errors, 0 warnings)\n`);
    const bad = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/termverkstad.mjs'), 'validate', join(RULE_FIXTURES, 'UNKNOWN_KEYWORD.json')],
      {
        encoding: 'utf8',
      },
    );
    expect(bad.status).toBe(1);
  });

  it('writes control characters from a file as visible escapes: a term cannot rewrite the terminal (issue 18, case 11)', async () => {
    const base = JSON.parse(readFileSync(join(RULE_FIXTURES, 'valid-base.json'), 'utf8')) as FragmentFile;
    const hostileTerm = 'Plan\u001b[2K\r/x.json: giltig (0 fel)\u0007\n::error ::injected:';
    const keyword = base.keywords.find((k) => k.type === 'text')!;
    (keyword as { term: string }).term = hostileTerm;
    const file = tmpFile('control.json', JSON.stringify(base));
    const result = await run('validate', file);
    // No control character but the line breaks between findings.
    expect([...result.stdout].filter((c) => c !== '\n' && c.charCodeAt(0) < 0x20)).toEqual([]);
    expect(result.stdout).toContain(
      'Plan\\u001b[2K\\u000d/x.json: giltig (0 fel)\\u0007\\u000a::error ::injected:',
    );
    // In a CI log (github) the term's line break does not start a workflow command of its own.
    const github = await run('validate', '--format', 'github', file);
    expect(github.stdout.split('\n').filter((line) => line.startsWith('::error ::injected'))).toEqual([]);
  });

  it('convert --out writes the whole file or nothing: a failed write leaves the old file and no part behind (issue 18, case 9)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'termverkstad-out-'));
    const out = join(folder, 'ut.json');
    writeFileSync(out, 'den gamla filen\n');
    // A file size limit of 2 KB: the export is larger, so the write fails half way (EFBIG).
    const limited = spawnSync(
      'bash',
      [
        '-c',
        `ulimit -f 2; exec "$0" "$@"`,
        process.execPath,
        join(ROOT, 'bin/termverkstad.mjs'),
        'convert',
        '--to',
        'fhir',
        '--out',
        out,
        shipped[0]!,
      ],
      { encoding: 'utf8' },
    );
    expect(limited.status).toBe(2);
    expect(limited.stderr).toContain(`${out} kunde inte skrivas (EFBIG); en fil som fanns där är orörd.`);
    expect(readFileSync(out, 'utf8')).toBe('den gamla filen\n');
    expect(readdirSync(folder)).toEqual(['ut.json']);
    const written = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/termverkstad.mjs'), 'convert', '--to', 'fhir', '--out', out, shipped[0]!],
      { encoding: 'utf8' },
    );
    expect(written.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('"resourceType": "Questionnaire"');
    expect(readdirSync(folder)).toEqual(['ut.json']);
  });

  it('refuses a FIFO as input at once instead of waiting for a writer (issue 18, case 18)', () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'termverkstad-fifo-')), 'rör.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const result = spawnSync(process.execPath, [join(ROOT, 'bin/termverkstad.mjs'), 'validate', fifo], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe(`${fifo}: kan inte läsas: Det är ingen vanlig fil.\n`);
  });

  it('refuses include bombs: exit 1, naming the chain, with nothing converted', async () => {
    const bomb = tmpFile(
      'bomb.json',
      JSON.stringify(includeBombLibrary({ levels: 8, fanOut: 10, scenario: true })),
    );
    const checked = await run('validate', '--lang', 'en', bomb);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(
      'error INCLUDE_TOO_LARGE [bomb-mall]: With its fragments in place the document has at least 25010 keywords (bomb-mall → bomb-7 → bomb-6',
    );
    const self = tmpFile('self.json', JSON.stringify(selfIncludingLibrary(10)));
    expect((await run('validate', '--lang', 'en', self)).stdout).toContain(
      'The fragments include each other in a loop',
    );
    const converted = await run('convert', '--to', 'fhir', '--document', 'bomb-mall', bomb);
    expect(converted.code).toBe(1);
    expect(converted.stdout).toBe('');
  });

  it('runs nothing from the folder it is started in: a hostile tsconfig.json, package.json and node_modules are ignored', () => {
    const folder = mkdtempSync(join(tmpdir(), 'termverkstad-hostile-'));
    const marker = join(folder, 'RAN');
    const evil = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');`;
    const evilModule = `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(marker)}, 'ran'); export default {};`;
    writeFileSync(join(folder, 'evil.cjs'), evil);
    writeFileSync(join(folder, 'evil.mjs'), evilModule);
    writeFileSync(join(folder, 'evil.ts'), evilModule);
    // What a tool that resolves from the working folder would pick up (tsx did: issue 18, case 1).
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '*': ['./evil.ts'] } } }),
    );
    writeFileSync(
      join(folder, 'package.json'),
      JSON.stringify({
        type: 'module',
        main: 'evil.mjs',
        imports: { '#*': './evil.mjs' },
        exports: './evil.mjs',
      }),
    );
    for (const name of [
      'dexie',
      'ajv',
      'papaparse',
      'jsonc-parser',
      'immer',
      'nanoid',
      'tsx',
      'typescript',
    ]) {
      const dir = join(folder, 'node_modules', name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify({ name, main: 'index.js', exports: './index.js' }),
      );
      writeFileSync(join(dir, 'index.js'), evil);
    }
    const file = join(folder, 'mall.json');
    copyFileSync(shipped[0]!, file);
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'bin/termverkstad.mjs'), ...args], {
        cwd: folder,
        encoding: 'utf8',
        env: { PATH: process.env.PATH },
      });
    expect(cli('validate', '--lang', 'en', 'mall.json')).toMatchObject({
      status: 0,
      stdout: 'mall.json: valid (0 errors, 0 warnings)\n',
    });
    expect(cli('convert', '--to', 'fhir', '--out', 'ut.json', 'mall.json').status).toBe(0);
    expect(cli('convert', '--to', 'csv', 'mall.json').status).toBe(0);
    expect(cli('--help').status).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(readFileSync(join(folder, 'ut.json'), 'utf8')).toContain('"resourceType": "Questionnaire"');
  });
});

describe('termverkstad convert', () => {
  const fragmentFiles = readdirSync(join(EXAMPLES, 'fragment-file')).map((file) =>
    join(EXAMPLES, 'fragment-file', file),
  );
  const libraryFile = join(EXAMPLES, 'library-file/exempelbibliotek.json');
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as FragmentFile;
  const sortById = <T extends { id: string }>(items: readonly T[]) =>
    [...items].sort((a, b) => a.id.localeCompare(b.id));

  it.each(fragmentFiles)(
    '%s goes to every format, and back from FHIR and fragment JSON without loss',
    async (file) => {
      const original = read(file);
      const fhirPath = join(tmp, 'q.json');
      expect(await run('convert', '--to', 'fhir', '--out', fhirPath, file)).toMatchObject({
        code: 0,
        stdout: '',
      });
      // A template that includes fragments goes out as a Bundle: it and the versions it includes.
      const resourceType = original.fragments ? 'Bundle' : 'Questionnaire';
      expect(JSON.parse(readFileSync(fhirPath, 'utf8'))).toMatchObject({ resourceType });
      const back = await run('convert', '--from', 'fhir', fhirPath);
      expect(back.code).toBe(0);
      const fromFhir = JSON.parse(back.stdout) as FragmentFile;
      expect(fromFhir.document).toEqual(original.document);
      expect(sortById(fromFhir.keywords)).toEqual(sortById(original.keywords));
      expect(fromFhir.fragments?.map((f) => [f.document, sortById(f.keywords)])).toEqual(
        original.fragments?.map((f) => [f.document, sortById(f.keywords)]),
      );

      const fragment = await run('convert', '--to', 'fragment', file);
      expect(fragment.code).toBe(0);
      const again = JSON.parse(fragment.stdout) as FragmentFile;
      expect(again.document).toEqual(original.document);
      expect(sortById(again.keywords)).toEqual(sortById(original.keywords));

      const csv = await run('convert', '--to', 'csv', file);
      expect(csv.code).toBe(0);
      expect(csv.stdout.startsWith('\uFEFFSökväg;Sökord;Typ;')).toBe(true);
      const spec = await run('convert', '--to', 'spec', file);
      expect(spec.code).toBe(0);
      expect(spec.stdout).toContain(`<h1>Specifikation: ${original.document.title}</h1>`);
    },
  );

  it('a template in a library is assembled with its fragment; refusals say why, with exit 1 or 2', async () => {
    const csv = await run(
      'convert',
      '--to',
      'csv',
      '--document',
      'exempel-mottagningsbesok-1177',
      libraryFile,
    );
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain(
      'Utförda åtgärder;Begränsande eller tillgängliggörande åtgärder 1177;Ja/Nej;',
    );
    const assembled = await run(
      'convert',
      '--to',
      'fhir',
      '--assembled',
      '--document',
      'exempel-mottagningsbesok-1177',
      libraryFile,
    );
    expect(assembled.stdout).toContain('sdc-questionnaire-assembledFrom');
    expect(await run('convert', '--to', 'csv', libraryFile)).toMatchObject({ code: 2 });
    expect((await run('convert', '--to', 'pdf', libraryFile)).stderr).toBe(
      '--to: fragment, fhir, spec, csv\n',
    );
    const broken = await run('convert', '--to', 'fhir', join(RULE_FIXTURES, 'CONDITION_SOURCE_MISSING.json'));
    expect(broken).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Filen har 1 fel; rätta dem först') as string,
    });
    const patient = tmpFile('patient.json', '{"resourceType":"Patient"}');
    expect((await run('convert', '--from', 'fhir', patient)).stderr).toBe(
      `${patient}: FHIR-resursen är av typen "Patient"; bara Questionnaire kan importeras.\n`,
    );
  });
});
