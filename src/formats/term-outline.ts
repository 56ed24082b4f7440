import type { KeywordType, PastedTerm } from '../domain/model.ts';
import { hasOwnOptions } from '../domain/keyword-types.ts';

/** One line of a pasted list of terms (its level from 0, the term, type and values if given). */
export type OutlineEntry = PastedTerm;

export type OutlineParse =
  | { readonly ok: true; readonly entries: readonly OutlineEntry[] }
  | { readonly ok: false; readonly line: number; readonly problem: 'tooLong' };

/** The longest term a keyword can have (the schema's Label). */
export const TERM_MAX_LENGTH = 10000;

const BULLET = /^(?:[-*•·–]|\d{1,3}[.)])(?:\s+|$)/;
// "… – visas när …", as a copied subtree's list writes a condition (either language).
const CONDITION = /\s+[–-]\s+(?:visas när|shown when)\s.*$/;
const SCORED = /^(.*\S) \((-?\d+(?:[.,]\d+)?)\)$/;

/** Splits "Term (Envalslista: A, B (2))" into the term, the type and its values, when the type is known. */
function splitTypeAndValues(
  text: string,
  typeOf: ReadonlyMap<string, KeywordType>,
): Pick<OutlineEntry, 'term' | 'type' | 'values'> {
  if (text.endsWith(')')) {
    for (const [label, type] of typeOf) {
      const at = text.indexOf(` (${label}`);
      const after = text.charAt(at + label.length + 2);
      const endsThere = after === ')' && at + label.length + 3 === text.length;
      if (at <= 0 || (!endsThere && after !== ':')) continue;
      const list = after === ':' ? text.slice(at + label.length + 3, -1).trim() : '';
      const values = hasOwnOptions(type)
        ? list
            .split(', ')
            .filter((value) => value.trim() !== '')
            .map((value) => {
              const scored = SCORED.exec(value.trim());
              return scored
                ? { label: scored[1]!, score: Number(scored[2]!.replace(',', '.')) }
                : { label: value.trim() };
            })
        : [];
      return { term: text.slice(0, at).trim(), type, values };
    }
  }
  return { term: text.trim(), type: undefined, values: [] };
}

/**
 * Reads a list of terms pasted from an e-mail, a document or a spreadsheet: one keyword per line,
 * deeper indentation (tabs, spaces or empty cells) for keywords below; bullets and numbering are
 * dropped. The list a copied subtree gives is read back with its types and values; a term without
 * a known type is left for the caller to default. Only the first cell of a spreadsheet row counts,
 * unless the second names a type.
 */
export function parseTermOutline(text: string, typeOf: ReadonlyMap<string, KeywordType>): OutlineParse {
  const entries: OutlineEntry[] = [];
  const indents: number[] = [];
  const lines = text.split(/\r?\n/);
  for (const [number, line] of lines.entries()) {
    const content = line.trimStart();
    if (content.trim() === '') continue;
    const indent = [...line.slice(0, line.length - content.length)].reduce(
      (width, c) => width + (c === '\t' ? 4 : 1),
      0,
    );
    const [first = '', second = ''] = content
      .split('\t')
      .map((cell) => cell.trim())
      .filter((cell) => cell !== '');
    const main = first.replace(BULLET, '').replace(CONDITION, '');
    if (main.length > TERM_MAX_LENGTH) return { ok: false, line: number + 1, problem: 'tooLong' };
    const parsed = splitTypeAndValues(main, typeOf);
    if (parsed.term === '') continue;
    while (indents.length > 0 && indent < indents.at(-1)!) indents.pop();
    if (indents.length === 0 || indent > indents.at(-1)!) indents.push(indent);
    entries.push({ ...parsed, type: parsed.type ?? typeOf.get(second), depth: indents.length - 1 });
  }
  return { ok: true, entries };
}
