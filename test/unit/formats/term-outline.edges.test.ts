import { describe, expect, it } from 'vitest';
import { KEYWORD_TYPE_BY_NAME } from '../../../src/i18n/file-words.ts';
import { parseTermOutline } from '../../../src/formats/term-outline.ts';

const parse = (text: string) => parseTermOutline(text, KEYWORD_TYPE_BY_NAME);
const entries = (text: string) => {
  const result = parse(text);
  if (!result.ok) throw new Error(`refused at line ${result.line}`);
  return result.entries.map((e) => [
    e.depth,
    e.term,
    e.type,
    e.values.map((v) => (v.score === undefined ? v.label : `${v.label}=${v.score}`)).join('|'),
  ]);
};

describe('a pasted list of terms, at its edges', () => {
  it('reads a type and its values only in "Term (Typ)" or "Term (Typ: A, B)" at the end of the line', () => {
    expect(entries('Vikt (Numeriskt)')).toEqual([[0, 'Vikt', 'number', '']]);
    expect(entries('Val (Envalslista: A, B (2), C (1,5))')).toEqual([
      [0, 'Val', 'singleChoice', 'A|B=2|C=1.5'],
    ]);
    expect(entries('Val (Envalslista: A, , B)')).toEqual([[0, 'Val', 'singleChoice', 'A|B']]);
    expect(entries('Val (Envalslistan)')).toEqual([[0, 'Val (Envalslistan)', undefined, '']]);
    expect(entries('(Numeriskt)')).toEqual([[0, '(Numeriskt)', undefined, '']]);
    expect(entries('Vikt (Numeriskt) i kg')).toEqual([[0, 'Vikt (Numeriskt) i kg', undefined, '']]);
    expect(entries('Kryss (Ja-kryss: Ja)')).toEqual([[0, 'Kryss', 'check', '']]);
    expect(entries('  Vikt  (Numeriskt)')).toEqual([[0, 'Vikt', 'number', '']]);
    expect(entries('Weight (Number)')).toEqual([[0, 'Weight', 'number', '']]);
  });

  it('takes the type from a second spreadsheet cell, and ignores the rest', () => {
    expect(entries('Vikt\tNumeriskt\tkg')).toEqual([[0, 'Vikt', 'number', '']]);
    expect(entries('Vikt\t\tkg')).toEqual([[0, 'Vikt', undefined, '']]);
    expect(entries('\tVikt\tDatum')).toEqual([[0, 'Vikt', 'date', '']]);
  });

  it('levels follow indentation: deeper is a child, back out to any earlier level, a tab is four spaces', () => {
    expect(entries('A\n  B\n    C\n  D\nE\n\tF\n    G')).toEqual([
      [0, 'A', undefined, ''],
      [1, 'B', undefined, ''],
      [2, 'C', undefined, ''],
      [1, 'D', undefined, ''],
      [0, 'E', undefined, ''],
      [1, 'F', undefined, ''],
      [1, 'G', undefined, ''],
    ]);
    // Indented less than the level above but more than the one before: it joins the shallower one.
    expect(entries('A\n    B\n  C').map((e) => e[0])).toEqual([0, 1, 1]);
  });

  it('skips empty and blank lines, and lines that are only a bullet', () => {
    expect(entries('\n  \nA\r\n\r\n- \nB').map((e) => e[1])).toEqual(['A', 'B']);
  });

  it('refuses a line longer than a term may be, naming the line', () => {
    expect(parse(`A\n${'x'.repeat(10000)}`)).toMatchObject({ ok: true });
    expect(parse(`A\n${'x'.repeat(10001)}`)).toEqual({ ok: false, line: 2, problem: 'tooLong' });
  });
});
