import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { message } from '../../../src/domain/message.ts';
import { formatReports } from '../../../src/cli/report-formats.ts';
import type { FileReport } from '../../../src/cli/validate.ts';
import { createDiagnostic } from '../../../src/validation/diagnostics.ts';

// Each output format of `termverkstad validate --format`, written directly (the CLI tests run it in a
// process of its own, which mutation testing cannot see): escaping, severities, counts.
const REPORTS: FileReport[] = [
  {
    file: 'mallar/a,b:c%.json',
    status: 'checked',
    kind: 'fragment',
    errors: 1,
    warnings: 1,
    diagnostics: [
      {
        ...createDiagnostic(
          'SCHEMA_INVALID',
          { path: '/document/title', detail: 'x', rule: 'required', value: '<50% & "mer">' },
          { path: '/document/title' },
        ),
        line: 3,
      },
      {
        ...createDiagnostic(
          'VALUE_SET_NOT_EXPANDED',
          { term: 'Färg', valueSet: 'http://x/vs' },
          { nodeId: 'n1' },
        ),
        line: 7,
      },
    ],
  },
  { file: "trasig\u0001'.json", status: 'refused', message: message('CLI_NOT_A_LIBRARY_FILE', {}) },
  { file: 'ren.json', status: 'checked', kind: 'library', errors: 0, warnings: 0, diagnostics: [] },
];

const SCHEMA_TEXT = 'Filen följer inte formatet vid "/document/title": fältet "<50% & "mer">" saknas.';
const VALUE_SET_TEXT =
  '"Färg": Värdena kommer från ValueSet "http://x/vs", som inte finns här; förhandsgranskningen kan inte visa dem, exporten anger den som förut.';
const REFUSED_TEXT =
  'Filen är ingen biblioteksfil (Säkerhetskopiera i appen eller termverkstad pack gör en).';

describe('validate --format', () => {
  it('github: one annotation per finding, property and data escaped as the runner expects, then the summaries', () => {
    expect(formatReports(REPORTS, 'github', 'sv').split('\n')).toEqual([
      `::error file=mallar/a%2Cb%3Ac%25.json,line=3,title=SCHEMA_INVALID::${SCHEMA_TEXT.replace('%', '%25')}`,
      `::warning file=mallar/a%2Cb%3Ac%25.json,line=7,title=VALUE_SET_NOT_EXPANDED::${VALUE_SET_TEXT}`,
      `::error file=trasig\u0001'.json,line=1,title=CLI_NOT_A_LIBRARY_FILE::${REFUSED_TEXT}`,
      'mallar/a,b:c%.json: ogiltig (1 fel, 1 varning)',
      'ren.json: giltig (0 fel, 0 varningar)',
      '',
    ]);
    // A line break or carriage return in a file's name cannot end the command early.
    const odd: FileReport = {
      file: 'a\r\nb.json',
      status: 'refused',
      message: message('CLI_NOT_A_FOLDER', {}),
    };
    expect(formatReports([odd], 'github', 'en')).toBe(
      '::error file=a%0D%0Ab.json,line=1,title=CLI_NOT_A_FOLDER::There is no folder here; pack reads a library folder.\n',
    );
  });

  it('gitlab: code quality entries, errors major and warnings minor, each with a stable fingerprint', () => {
    const entries = JSON.parse(formatReports(REPORTS, 'gitlab', 'sv')) as {
      description: string;
      check_name: string;
      fingerprint: string;
      severity: string;
      location: { path: string; lines: { begin: number } };
    }[];
    expect(entries.map(({ fingerprint: _, ...rest }) => rest)).toEqual([
      {
        description: `SCHEMA_INVALID: ${SCHEMA_TEXT}`,
        check_name: 'SCHEMA_INVALID',
        severity: 'major',
        location: { path: 'mallar/a,b:c%.json', lines: { begin: 3 } },
      },
      {
        description: `VALUE_SET_NOT_EXPANDED: ${VALUE_SET_TEXT}`,
        check_name: 'VALUE_SET_NOT_EXPANDED',
        severity: 'minor',
        location: { path: 'mallar/a,b:c%.json', lines: { begin: 7 } },
      },
      {
        description: `CLI_NOT_A_LIBRARY_FILE: ${REFUSED_TEXT}`,
        check_name: 'CLI_NOT_A_LIBRARY_FILE',
        severity: 'major',
        location: { path: "trasig\u0001'.json", lines: { begin: 1 } },
      },
    ]);
    // The same finding keeps its fingerprint from run to run; GitLab compares them between pipelines.
    const sha = createHash('sha256')
      .update(`mallar/a,b:c%.json\n3\nSCHEMA_INVALID\n${SCHEMA_TEXT}`)
      .digest('hex');
    expect(entries[0]!.fingerprint).toBe(sha);
    expect(new Set(entries.map((e) => e.fingerprint)).size).toBe(3);
    expect(formatReports([REPORTS[2]!], 'gitlab', 'sv')).toBe('[]\n');
  });

  it('junit: one case per file, errors as failures (warnings not), XML escaped and control characters left out', () => {
    const xmlText = (text: string) =>
      text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    expect(formatReports(REPORTS, 'junit', 'sv')).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="termverkstad validate" tests="3" failures="2">',
        '  <testsuite name="termverkstad validate" tests="3" failures="2">',
        '    <testcase classname="termverkstad.validate" name="mallar/a,b:c%.json">',
        `      <failure message="SCHEMA_INVALID: ${xmlText(SCHEMA_TEXT)}" type="SCHEMA_INVALID">mallar/a,b:c%.json:3: ${xmlText(SCHEMA_TEXT)}</failure>`,
        '    </testcase>',
        '    <testcase classname="termverkstad.validate" name="trasig&apos;.json">',
        `      <failure message="CLI_NOT_A_LIBRARY_FILE: ${REFUSED_TEXT}" type="CLI_NOT_A_LIBRARY_FILE">trasig&apos;.json:1: ${REFUSED_TEXT}</failure>`,
        '    </testcase>',
        '    <testcase classname="termverkstad.validate" name="ren.json"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
    expect(xmlText(SCHEMA_TEXT)).toContain('&lt;50% &amp; &quot;mer&quot;&gt;');
  });

  it('text and json: the same words as a terminal shows, and the codes for scripts', () => {
    expect(formatReports([REPORTS[2]!], 'text', 'en')).toBe('ren.json: valid (0 errors, 0 warnings)\n');
    const json = JSON.parse(formatReports([REPORTS[2]!, REPORTS[1]!], 'json', 'en')) as {
      files: { file: string; status: string; message?: { code: string; sv: string; en: string } }[];
    };
    expect(json.files.map((f) => [f.file, f.status, f.message?.code])).toEqual([
      ['ren.json', 'checked', undefined],
      ["trasig\u0001'.json", 'refused', 'CLI_NOT_A_LIBRARY_FILE'],
    ]);
    expect(json.files[1]!.message?.sv).toBe(REFUSED_TEXT);
  });
});
