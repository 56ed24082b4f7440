import Papa from 'papaparse';
import type { KeywordRow } from './keyword-rows.ts';

/** Column headings, per language. */
export interface CsvHeadings {
  readonly path: string;
  readonly term: string;
  readonly type: string;
  readonly values: string;
  readonly unit: string;
  readonly condition: string;
  readonly codes: string;
  readonly required: string;
  readonly rules: string;
  readonly yes: string;
}

/**
 * "Sökordslista (CSV)": one row per placed keyword, as a Swedish Excel opens it: UTF-8 with a byte
 * order mark, semicolons, CRLF. Papa Parse quotes what needs quoting and defuses cells that Excel
 * would run as formulas (=, +, -, @, tab or CR first).
 */
// Whatever follows the first character: Papa's own pattern (/^[=+\-@\t\r].*$/) stops at a line
// break, so "=HYPERLINK(…)⏎" went through (issue 18, case 7).
const FORMULA_START = /^[=+\-@\t\r]/;

export function toKeywordCsv(rows: readonly KeywordRow[], headings: CsvHeadings): string {
  const data = rows.map((row) => [
    row.path.join(' > '),
    row.keyword.term,
    row.type,
    row.values.join(' | '),
    row.keyword.unit ?? '',
    row.condition,
    row.codes.join(' | '),
    row.required ? headings.yes : '',
    row.rules.join(' | '),
  ]);
  const fields = [
    headings.path,
    headings.term,
    headings.type,
    headings.values,
    headings.unit,
    headings.condition,
    headings.codes,
    headings.required,
    headings.rules,
  ];
  return `\uFEFF${Papa.unparse({ fields, data }, { delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA_START })}\r\n`;
}
