import Papa from 'papaparse';
import type { Coding, KeywordListRow, KeywordType } from '../domain/model.ts';
import { hasOwnOptions } from '../domain/keyword-types.ts';
import { LIMITS } from '../domain/limits.ts';
import { message } from '../domain/message.ts';
import type { CsvHeadings } from './keyword-csv.ts';
import { CODE_SYSTEM_URIS } from './fhir-urls.ts';
import type { FormatMessage } from './format-messages.ts';
import { TERM_MAX_LENGTH } from './term-outline.ts';

/** One keyword as a row of the list gives it, and the row's line (the headings are line 1). */
export interface CsvKeyword extends KeywordListRow {
  readonly line: number;
}

export interface CsvRead {
  readonly keywords: readonly CsvKeyword[];
  /** What is wrong, by line and column; a list with problems is not imported at all. */
  readonly problems: readonly FormatMessage[];
}

const SYSTEMS = Object.keys(CODE_SYSTEM_URIS) as Coding['system'][];

/** A cell as typed: Excel's formula guard (a leading ' before = + - @) taken off, spaces trimmed. */
const cell = (value: string | undefined) => (value ?? '').trim().replace(/^'(?=[=+\-@])/, '');

/** "KVÅ AU118" or "SNOMED CT 27113001 Kroppsvikt": the system by its name, the code, the text. */
function readCoding(text: string): Coding | undefined {
  const system = SYSTEMS.find((name) => text.startsWith(`${name} `));
  if (!system) return undefined;
  const [code, ...display] = text
    .slice(system.length + 1)
    .trim()
    .split(/\s+/);
  if (!code) return undefined;
  return display.length > 0 ? { system, code, display: display.join(' ') } : { system, code };
}

/**
 * Reads "Sökordslista (CSV)" as the app writes it (or a hand-made sheet with the same headings, in
 * Swedish or English; semicolons or commas): one keyword per row by Sökord and Typ, with Värden
 * ("A | B (2)": a score in brackets), Enhet and Koder. Sökväg, Visas när and Obligatoriskt describe
 * a tree and are not read. Every problem is named by line and column.
 */
export function readKeywordCsv(
  text: string,
  headingSets: readonly CsvHeadings[],
  typeByName: ReadonlyMap<string, KeywordType>,
): CsvRead {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: '',
    skipEmptyLines: 'greedy',
  });
  const [head = [], ...rows] = parsed.data;
  const headings = head.map(cell);
  const columnOf = (pick: (h: CsvHeadings) => string) => {
    for (const set of headingSets) {
      const at = headings.indexOf(pick(set));
      if (at >= 0) return { at, name: headings[at]! };
    }
    return undefined;
  };
  const term = columnOf((h) => h.term);
  const type = columnOf((h) => h.type);
  if (!term || !type) {
    const name = headingSets[0] ? (term ? headingSets[0].type : headingSets[0].term) : '';
    return { keywords: [], problems: [message('CSV_MISSING_COLUMN', { column: name })] };
  }
  if (rows.length > LIMITS.keywordListRows) {
    return {
      keywords: [],
      problems: [message('CSV_TOO_MANY_ROWS', { count: rows.length, limit: LIMITS.keywordListRows })],
    };
  }
  const values = columnOf((h) => h.values);
  const unit = columnOf((h) => h.unit);
  const codes = columnOf((h) => h.codes);
  const keywords: CsvKeyword[] = [];
  const problems: FormatMessage[] = [];
  rows.forEach((row, i) => {
    const line = i + 2;
    const problem = (code: FormatMessage['code'], column: string, value = '') =>
      problems.push(message(code, { line, column, value: value.slice(0, 80) }));
    const termText = cell(row[term.at]);
    if (termText === '') return void problem('CSV_EMPTY_TERM', term.name);
    if (termText.length > TERM_MAX_LENGTH) return void problem('CSV_TERM_TOO_LONG', term.name);
    const typeText = cell(row[type.at]);
    const keywordType = typeByName.get(typeText);
    if (!keywordType) return void problem('CSV_UNKNOWN_TYPE', type.name, typeText);
    const listed = values
      ? cell(row[values.at])
          .split('|')
          .map((v) => v.trim())
          .filter(Boolean)
      : [];
    const options = hasOwnOptions(keywordType)
      ? listed.map((value) => {
          const scored = /^(.*\S)\s+\((-?\d+)\)$/.exec(value);
          return scored ? { label: scored[1]!, score: Number(scored[2]) } : { label: value };
        })
      : [];
    const codings: Coding[] = [];
    for (const entry of codes
      ? cell(row[codes.at])
          .split('|')
          .map((c) => c.trim())
          .filter(Boolean)
      : []) {
      // "Värde: KVÅ AU118" codes a value; only the keyword's own codes are read here.
      if (/^[^:]+: /.test(entry) && !SYSTEMS.some((s) => entry.startsWith(`${s} `))) continue;
      const coding = readCoding(entry);
      if (coding) codings.push(coding);
      else problem('CSV_UNKNOWN_CODE_SYSTEM', codes!.name, entry);
    }
    const unitText = unit ? cell(row[unit.at]) : '';
    keywords.push({
      line,
      term: termText,
      type: keywordType,
      values: options,
      unit: unitText === '' ? undefined : unitText,
      codes: codings,
    });
  });
  return { keywords, problems };
}
