import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../src/exchange/export-document.ts';
import { fileWordsIn } from '../../../src/i18n/all-strings.ts';
import { buildTree, heading, number, single, text } from '../../helpers/build-tree.ts';
import { inWords } from '../../../src/i18n/in-words.ts';

const exported = (format: 'csv' | 'spec', t: ReturnType<typeof buildTree>) => {
  const result = exportDocument({
    format,
    document: t.document,
    catalog: t.catalog,
    resolve: () => undefined,
    words: fileWordsIn('sv'),
    now: '2026-12-01T00:00:00Z',
  });
  if (!result.ok) throw new Error(inWords(result.reason, 'en'));
  return result.text;
};

describe('Sökordslista (CSV): what Excel would run is defused, and cells are quoted', () => {
  const t = buildTree(
    [
      heading('Rubrik', [
        text('=HYPERLINK("http://x";"klicka")'),
        text('+1'),
        text('-2'),
        text('@SUM(A1)'),
        text('Tab\tstart'),
        single('Semi;kolon', ['Ja; nej', 'Citat "x"']),
      ]),
    ],
    { title: 'Escaping' },
  );
  const lines = exported('csv', t).split('\r\n');

  it('starts with a byte order mark and the Swedish headings, separated by semicolons', () => {
    expect(lines[0]).toBe('\uFEFFSökväg;Sökord;Typ;Värden;Enhet;Villkor;Koder;Obligatoriskt;Regler');
  });

  it.each([
    ['=HYPERLINK', `;"'=HYPERLINK(""http://x"";""klicka"")";`],
    ['+1', `;"'+1";`],
    ['-2', `;"'-2";`],
    ['@SUM', `;"'@SUM(A1)";`],
  ])('a term starting %s is written as quoted text behind an apostrophe', (start, cell) => {
    const line = lines.find((l) => l.includes(start.slice(1)))!;
    expect(line).toContain(cell);
  });

  it('a term that only contains such a sign is left alone', () => {
    expect(lines.find((l) => l.includes('Tab'))).toContain(';Tab\tstart;');
  });

  it('quotes a cell with the delimiter or quotes, doubling the quotes', () => {
    const line = lines.find((l) => l.includes('Semi'))!;
    expect(line).toContain('"Semi;kolon"');
    expect(line).toContain('"Ja; nej | Citat ""x"""');
  });
});

describe('Sökordslista (CSV): a formula is defused whatever follows it, a line break included (issue 18, case 7)', () => {
  const t = buildTree(
    [
      heading('Rubrik', [
        text('=HYPERLINK("http://x";"klicka")\n'),
        single('Val', ['@SUM(A1)\nrad 2', 'Vanligt']),
        number('Vikt', '+kg\n'),
        text('-1\r\n'),
        text('\tTabb först'),
        text('\rCR först'),
        text('A=B+C-D@E'),
      ]),
    ],
    { title: 'Formler' },
  );
  const csv = exported('csv', t);

  it.each([
    ['a term ending in a line break', `"'=HYPERLINK(""http://x"";""klicka"")\n"`],
    ['a value list whose first value spans two lines', `"'@SUM(A1)\nrad 2 | Vanligt"`],
    ['a unit ending in a line break', `"'+kg\n"`],
    ['a term ending in CR LF', `"'-1\r\n"`],
    ['a term starting with a tab', `"'\tTabb först"`],
    ['a term starting with CR', `"'\rCR först"`],
  ])('%s is written behind an apostrophe', (_what, cell) => {
    expect(csv).toContain(cell);
  });

  it('a term with the signs only after its first character is left alone', () => {
    expect(csv).toContain(';A=B+C-D@E;');
  });
});

describe('Specifikation (utskrift): user text is HTML-escaped everywhere it appears', () => {
  const t = buildTree(
    [
      heading('<script>alert(1)</script>', [
        { ...text('Fält & "citat"'), description: '<img src=x onerror=alert(2)>' },
      ]),
    ],
    { title: '</title><script>alert(3)</script>' },
  );
  const html = exported('spec', t);

  it('no tag from user text survives', () => {
    expect(html).not.toMatch(/<script>|<img|<\/title><script/);
  });

  it('the text is still there, escaped', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Fält &amp; &quot;citat&quot;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain(
      '<title>Specifikation: &lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt;</title>',
    );
  });
});
