import { createHash } from 'node:crypto';
import { message } from '../domain/message.ts';
import { inWords } from './cli-words.ts';
import { formatReportText, toJsonReport, type FileReport, type Language } from './validate.ts';

/** How `validate` prints its findings: for people, for scripts, or as a CI system shows them. */
export const REPORT_FORMATS = ['text', 'json', 'github', 'gitlab', 'junit'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly text: string;
}

/** Every finding of the reports, a file that could not be read as an error on its line 1. */
function findings(reports: readonly FileReport[], language: Language): Finding[] {
  return reports.flatMap((report): Finding[] =>
    report.status === 'refused'
      ? [
          {
            file: report.file,
            line: 1,
            severity: 'error',
            code: report.message.code,
            text: inWords(report.message, language),
          },
        ]
      : report.diagnostics.map((d) => ({
          file: report.file,
          line: d.line,
          severity: d.severity,
          code: d.code,
          text: inWords(d, language),
        })),
  );
}

// GitHub workflow commands: data and property values are escaped as the runner expects.
const ghData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const ghProperty = (text: string) => ghData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

const xml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .split('')
    // Control characters XML 1.0 cannot carry at all (tab, LF and CR it can).
    .filter((c) => c >= ' ' || c === '\t' || c === '\n' || c === '\r')
    .join('');

/** The reports in the chosen format, ending with a newline. */
export function formatReports(
  reports: readonly FileReport[],
  format: ReportFormat,
  language: Language,
): string {
  switch (format) {
    case 'text':
      return `${reports.map((r) => formatReportText(r, language)).join('\n')}\n`;
    case 'json':
      return `${JSON.stringify({ files: reports.map(toJsonReport) }, null, 2)}\n`;
    case 'github':
      // One annotation per finding (https://docs.github.com/actions: workflow commands), then the summary.
      return `${[
        ...findings(reports, language).map(
          (f) =>
            `::${f.severity} file=${ghProperty(f.file)},line=${f.line},title=${ghProperty(f.code)}::${ghData(f.text)}`,
        ),
        ...reports.filter((r) => r.status === 'checked').map((r) => summary(r, language)),
      ].join('\n')}\n`;
    case 'gitlab':
      // GitLab's code quality report: merge requests show each entry on its file and line.
      return `${JSON.stringify(
        findings(reports, language).map((f) => ({
          description: `${f.code}: ${f.text}`,
          check_name: f.code,
          fingerprint: createHash('sha256')
            .update(`${f.file}\n${f.line}\n${f.code}\n${f.text}`)
            .digest('hex'),
          severity: f.severity === 'error' ? 'major' : 'minor',
          location: { path: f.file, lines: { begin: f.line } },
        })),
        null,
        2,
      )}\n`;
    case 'junit': {
      // JUnit XML, which GitLab, Jenkins and Azure DevOps show as test results: one case per file.
      const all = findings(reports, language);
      const cases = reports.map((report) => {
        const own = all.filter((f) => f.file === report.file && f.severity === 'error');
        const failures = own
          .map(
            (f) =>
              `      <failure message="${xml(`${f.code}: ${f.text}`)}" type="${xml(f.code)}">${xml(`${f.file}:${f.line}: ${f.text}`)}</failure>`,
          )
          .join('\n');
        const name = xml(report.file);
        return own.length === 0
          ? `    <testcase classname="termverkstad.validate" name="${name}"/>`
          : `    <testcase classname="termverkstad.validate" name="${name}">\n${failures}\n    </testcase>`;
      });
      const failed = reports.filter((r) =>
        all.some((f) => f.file === r.file && f.severity === 'error'),
      ).length;
      return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="termverkstad validate" tests="${reports.length}" failures="${failed}">`,
        `  <testsuite name="termverkstad validate" tests="${reports.length}" failures="${failed}">`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n');
    }
  }
}

function summary(report: FileReport & { status: 'checked' }, language: Language): string {
  const { errors, warnings } = report;
  return inWords(message('CLI_SUMMARY', { file: report.file, errors, warnings }), language);
}
