import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { importKeywordList, planKeywordList } from '../../../src/commands/index.ts';
import { createCatalog, createLibraryState } from '../../../src/domain/index.ts';
import { readKeywordCsv } from '../../../src/formats/keyword-csv-import.ts';
import { toKeywordCsv } from '../../../src/formats/keyword-csv.ts';
import { getKeywordRows } from '../../../src/formats/keyword-rows.ts';
import { fileWordsIn } from '../../../src/i18n/all-strings.ts';
import { KEYWORD_TYPE_BY_NAME } from '../../../src/i18n/file-words.ts';
import { inWords } from '../../../src/i18n/in-words.ts';
import { buildTree, heading, number, single, text } from '../../helpers/build-tree.ts';
import { createTestContext } from '../../helpers/editor.ts';

const HEADINGS = [fileWordsIn('sv').csv, fileWordsIn('en').csv];
const read = (csv: string) => readKeywordCsv(csv, HEADINGS, KEYWORD_TYPE_BY_NAME);
const problems = (csv: string) => read(csv).problems.map((p) => inWords(p, 'sv'));
const SV = 'Sökväg;Sökord;Typ;Värden;Enhet;Visas när;Koder;Obligatoriskt';

describe('reading a keyword list (CSV)', () => {
  it('reads back what Sökordslista (CSV) writes: terms, types, values with scores, units and codes', () => {
    const t = buildTree([
      heading('Bedömning', [
        single(
          'Smärta',
          [
            ['Ingen', 0],
            ['Svår', 3],
          ],
          { codes: [{ system: 'KVÅ', code: 'AU118' }] },
        ),
        number('Vikt', 'kg'),
        text('=SUMMA(A1)'),
      ]),
    ]);
    const csv = toKeywordCsv(
      getKeywordRows(t.document, t.catalog, fileWordsIn('sv').list),
      fileWordsIn('sv').csv,
    );
    const { keywords, problems: found } = read(csv);
    expect(found).toEqual([]);
    expect(
      keywords.map(({ term, type, values, unit, codes }) => ({ term, type, values, unit, codes })),
    ).toEqual([
      { term: 'Bedömning', type: 'heading', values: [], unit: undefined, codes: [] },
      {
        term: 'Smärta',
        type: 'singleChoice',
        values: [
          { label: 'Ingen', score: 0 },
          { label: 'Svår', score: 3 },
        ],
        unit: undefined,
        codes: [{ system: 'KVÅ', code: 'AU118' }],
      },
      { term: 'Vikt', type: 'number', values: [], unit: 'kg', codes: [] },
      // The formula guard the export adds is taken off again.
      { term: '=SUMMA(A1)', type: 'text', values: [], unit: undefined, codes: [] },
    ]);
    expect(keywords.map((k) => k.line)).toEqual([2, 3, 4, 5]);
  });

  it('takes a hand-made sheet: English headings, commas, no BOM, only the columns it needs', () => {
    const { keywords, problems: found } = read('Keyword,Type,Values\nSmoking,Single choice,Never | Daily\n');
    expect(found).toEqual([]);
    expect(keywords).toMatchObject([
      { term: 'Smoking', type: 'singleChoice', values: [{ label: 'Never' }, { label: 'Daily' }] },
    ]);
  });

  it('names every bad row by line and column, and a missing column', () => {
    expect(problems(`${SV}\n;;Fritext;;;;;\n;Vikt;Tal;;;;;\n;Längd;Tal;;;;Okänt 123;\n`)).toEqual([
      'Rad 2, kolumn "Sökord": sökordet saknar term.',
      'Rad 3, kolumn "Typ": okänd typ "Tal".',
      'Rad 4, kolumn "Typ": okänd typ "Tal".',
    ]);
    expect(problems(`${SV}\n;Längd;Numeriskt;;cm;;Okänt 123;\n`)).toEqual([
      'Rad 2, kolumn "Koder": "Okänt 123" börjar inte med ett känt kodsystem (KVÅ, SNOMED CT, ICF, ICD-10-SE, Cosmic, Lokal).',
    ]);
    expect(problems('Term;Sort\nA;B\n')).toEqual([
      'Listan saknar kolumnen "Sökord" (rad 1 ska ha rubrikerna).',
    ]);
    expect(problems('Sökord;Sort\nA;B\n')).toEqual([
      'Listan saknar kolumnen "Typ" (rad 1 ska ha rubrikerna).',
    ]);
  });

  it('20,000 rows are read; 20,001 are refused as a whole', () => {
    const rows = (n: number) =>
      `Sökord;Typ\n${Array.from({ length: n }, (_, i) => `Sökord ${i};Fritext`).join('\n')}\n`;
    expect(read(rows(19_999)).keywords).toHaveLength(19_999);
    expect(read(rows(20_000))).toMatchObject({ problems: [] });
    expect(read(rows(20_000)).keywords).toHaveLength(20_000);
    expect(problems(rows(20_001))).toEqual(['Listan har 20001 rader; högst 20000 läses in åt gången.']);
  });

  it('a term of 10,000 characters is read; 10,001 is named', () => {
    expect(problems(`Sökord;Typ\n${'a'.repeat(10000)};Fritext\n`)).toEqual([]);
    expect(problems(`Sökord;Typ\n${'a'.repeat(10001)};Fritext\n`)).toEqual([
      'Rad 2, kolumn "Sökord": termen är längre än 10 000 tecken.',
    ]);
  });
});

describe('planning and importing a keyword list', () => {
  const t = buildTree([single('Rökning', ['Aldrig', 'Dagligen']), number('Vikt', 'kg')]);
  const state = createLibraryState({ keywords: [...t.keywords], documents: [t.document] });
  const context = createTestContext();

  it('updates a keyword of the same term and type (adding values, never removing), creates the rest as Föreslaget', () => {
    const { keywords } = read(
      'Sökord;Typ;Värden;Enhet\nrökning;Envalslista;Dagligen (2) | Ibland;\nVikt;Numeriskt;;kg\nSömn;Fritext;;\n',
    );
    const plan = planKeywordList(state, keywords, context.createId);
    expect(plan.unchanged).toBe(1);
    expect(plan.updated).toEqual([
      {
        ...t.keyword('Rökning'),
        options: [
          t.keyword('Rökning').options![0],
          { ...t.keyword('Rökning').options![1], score: 2 },
          { id: expect.any(String) as string, label: 'Ibland' },
        ],
      },
    ]);
    expect(plan.created).toMatchObject([{ term: 'Sömn', type: 'text', status: 'proposed' }]);
    const result = importKeywordList(plan);
    if (!result.ok) throw new Error(result.refusal);
    const after = produce(state, result.change.recipe);
    expect(after.keywords.size).toBe(state.keywords.size + 1);
    expect(createCatalog([...after.keywords.values()]).get(t.keyword('Rökning').id)!.options).toHaveLength(3);
  });

  it('a list that changes nothing is refused as nothing to do', () => {
    const { keywords } = read('Sökord;Typ;Värden;Enhet\nVikt;Numeriskt;;kg\n');
    expect(importKeywordList(planKeywordList(state, keywords, context.createId))).toMatchObject({
      ok: false,
      refusal: 'nothingToDo',
    });
  });
});
