import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.ts';

const ROOT = join(import.meta.dirname, '../../..');
const VALID = join(ROOT, 'test/fixtures/rules/valid-base.json');
const BROKEN = join(ROOT, 'test/fixtures/rules/CONDITION_SOURCE_MISSING.json');
const LIBRARY = join(ROOT, 'schemas/examples/library-file/exempelbibliotek.json');
const tmp = mkdtempSync(join(tmpdir(), 'termverkstad-messages-'));

const run = runCli;

describe('the command line says what went wrong, in Swedish or English', () => {
  it('usage: --help exits 0, no command exits 2, both print it', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/termverkstad validate/);
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.stdout).toBe(help.stdout);
    expect((await run('--help', '--lang', 'en')).stdout).not.toBe(help.stdout);
  });

  it('a wrong --lang or --from', async () => {
    expect(await run('validate', '--lang', 'de', VALID)).toMatchObject({
      code: 2,
      stderr: '--lang: sv or en, not "de"\n',
    });
    expect(await run('convert', '--from', 'csv', VALID)).toMatchObject({ code: 2, stderr: '--from: fhir\n' });
  });

  it('the wrong number of files', async () => {
    expect((await run('convert', '--to', 'csv')).stderr).toMatch(/^Ange en fil\.\n/);
    expect((await run('convert', '--to', 'csv', VALID, VALID, '--lang', 'en')).stderr).toMatch(
      /^Name one file\.\n/,
    );
    expect((await run('validate')).stderr).toMatch(/^Ange minst en fil\.\n/);
    expect((await run('validate', '--lang', 'en')).stderr).toMatch(/^Name at least one file\.\n/);
  });

  it('an unknown command', async () => {
    expect((await run('publish', VALID)).stderr).toMatch(/^Okänt kommando: publish\n/);
    expect((await run('publish', VALID, '--lang', 'en')).stderr).toMatch(/^Unknown command: publish\n/);
  });

  it('a file that cannot be read, and why', async () => {
    const missing = join(tmp, 'saknas.json');
    expect((await run('validate', missing)).stdout).toBe(`${missing}: kan inte läsas: Filen finns inte.\n`);
    expect((await run('validate', missing, '--lang', 'en')).stdout).toBe(
      `${missing}: cannot be read: The file does not exist.\n`,
    );
    expect((await run('validate', tmp, '--lang', 'en')).stdout).toBe(
      `${tmp}: cannot be read: The folder is not a Termverkstad library (termverkstad.json is missing).\n`,
    );
    expect((await run('validate', '/dev/null', '--lang', 'en')).stdout).toBe(
      '/dev/null: cannot be read: It is not a regular file.\n',
    );
    const utf16 = join(tmp, 'utf16.json');
    writeFileSync(utf16, Buffer.from([0xff, 0xfe, 0x7b, 0x00]));
    expect((await run('validate', utf16)).stdout).toBe(
      `${utf16}: kan inte läsas: Filen är UTF-16; UTF-8 förväntas.\n`,
    );
  });

  it('a summary per file: valid or invalid, with counts, in each language', async () => {
    expect((await run('validate', VALID, '--lang', 'en')).stdout.trim().split('\n').at(-1)).toBe(
      `${VALID}: valid (0 errors, 0 warnings)`,
    );
    const broken = await run('validate', BROKEN);
    expect(broken.stdout.trim().split('\n').at(-1)).toBe(`${BROKEN}: ogiltig (1 fel, 0 varningar)`);
    expect(broken.stdout).toMatch(/: fel CONDITION_SOURCE_MISSING \[[^\]]+\]: /);
  });

  it('convert: --to or --from is needed; a library needs --document, naming the choices', async () => {
    expect((await run('convert', VALID, '--lang', 'en')).stderr).toBe(`${VALID}: Give --to or --from.\n`);
    const noDocument = await run('convert', '--to', 'csv', LIBRARY, '--lang', 'en');
    expect(noDocument.code).toBe(2);
    expect(noDocument.stderr).toMatch(/Give --document with one of: exempel-1177-fragment, .*exempel-phq9/);
    const fixed = await run('convert', '--to', 'csv', BROKEN, '--lang', 'en');
    expect(fixed.stderr).toBe(
      `${BROKEN}: The file has 1 error; fix them first (termverkstad validate shows them).\n`,
    );
  });

  it('convert --from fhir writes the fragment file to --out', async () => {
    const fhir = join(tmp, 'q.json');
    writeFileSync(
      fhir,
      JSON.stringify({
        resourceType: 'Questionnaire',
        id: 'min-blankett',
        item: [{ linkId: 'a', type: 'string', text: 'A' }],
      }),
    );
    const out = join(tmp, 'ut.json');
    const result = await run('convert', '--from', 'fhir', fhir, '--out', out);
    expect(result.code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { format: string; document: { id: string } };
    expect(written).toMatchObject({ format: 'termverkstad-fragment', document: { id: 'min-blankett' } });
  });

  it('convert --from fhir names on stderr, and in --report, what it kept and what it converted', async () => {
    const fhir = join(tmp, 'rapport.json');
    writeFileSync(
      fhir,
      JSON.stringify({
        resourceType: 'Questionnaire',
        status: 'draft',
        publisher: 'Region',
        item: [
          { linkId: 'vikt', type: 'quantity', text: 'Vikt', required: 'true' },
          { linkId: 'ok?', type: 'boolean', text: 'Samtycke' },
        ],
      }),
    );
    const report = join(tmp, 'rapport.report.json');
    const result = await run(
      'convert',
      '--from',
      'fhir',
      fhir,
      '--out',
      join(tmp, 'r.json'),
      '--report',
      report,
    );
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      `${fhir}: vikt: type sparas oförändrat och skrivs tillbaka vid export`,
      `${fhir}: (Questionnaire): publisher sparas oförändrat och skrivs tillbaka vid export`,
      `${fhir}: vikt: required "true" → true`,
      `${fhir}: ok?: linkId ok? → n2`,
      `${fhir}: vikt: quantity → Fritext`,
    ]);
    const written = JSON.parse(readFileSync(report, 'utf8')) as { kept: unknown[]; converted: unknown[] };
    // A boolean held as Ja/Nej is its natural home, no conversion; a repair of invalid R4 is one.
    expect(written.converted).toEqual([
      { where: 'vikt', what: 'required', from: '"true"', to: 'true' },
      { where: 'ok?', what: 'linkId', from: 'ok?', to: 'n2' },
      { where: 'vikt', what: 'type', from: 'quantity', to: 'text' },
    ]);
    expect(written.kept).toHaveLength(2);
  });
});
