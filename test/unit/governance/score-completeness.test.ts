import { describe, expect, it } from 'vitest';
import { evaluateDocument, getNoteText, formatScore, NOTE_SCORE_WORDS } from '../../../src/domain/index.ts';
import { buildTree, heading, score, single, yesNo, type NodeSpec } from '../../helpers/build-tree.ts';

const PHQ_OPTIONS = [
  ['Inte alls', 0],
  ['Flera dagar', 1],
  ['Mer än hälften av dagarna', 2],
  ['Nästan varje dag', 3],
] as const;
const PHQ_BANDS = [
  [0, 4, 'Minimal'],
  [5, 9, 'Lindrig'],
  [10, 14, 'Måttlig'],
  [15, 19, 'Måttligt svår'],
  [20, 27, 'Svår'],
] as const;
const items = (n: number) => Array.from({ length: n }, (_, i) => `Fråga ${i + 1}`);

function phq9(extra: Partial<NodeSpec> = {}) {
  return buildTree([
    heading('PHQ-9', [
      ...items(9).map((term, i) => single(term, PHQ_OPTIONS, { key: `q${i + 1}` })),
      score(
        'PHQ-9 summa',
        items(9).map((_, i) => `q${i + 1}`),
        { bands: PHQ_BANDS, ...extra },
      ),
    ]),
  ]);
}

const answerFirst = (t: ReturnType<typeof phq9>, n: number, label = 'Nästan varje dag') =>
  t.answers(items(n).map((term) => [term, label] as const));

describe('a score with unanswered visible items is incomplete and gets no band', () => {
  it('PHQ-9 with 2 of 9 answered: the sum so far, "ofullständig: 2 av 9 besvarade", no band', () => {
    const t = phq9();
    const evaluation = evaluateDocument(t.document, t.catalog, answerFirst(t, 2));
    const status = evaluation.scores.get(t.node('PHQ-9 summa'))!;
    expect(status).toEqual({ items: 9, answered: 2, complete: false, result: 6, prorated: false });
    expect(formatScore(t.keyword('PHQ-9 summa'), status, NOTE_SCORE_WORDS)).toBe(
      '6 (ofullständig: 2 av 9 besvarade)',
    );
    expect(getNoteText(t.document, t.catalog, answerFirst(t, 2))).toContain(
      'PHQ-9 summa: 6 (ofullständig: 2 av 9 besvarade)',
    );
  });

  it('PHQ-9 with 8 of 9 answered is still incomplete; with 9 of 9 it is complete and banded', () => {
    const t = phq9();
    expect(getNoteText(t.document, t.catalog, answerFirst(t, 8, 'Flera dagar'))).toContain(
      'PHQ-9 summa: 8 (ofullständig: 8 av 9 besvarade)',
    );
    expect(getNoteText(t.document, t.catalog, answerFirst(t, 9, 'Flera dagar'))).toContain(
      'PHQ-9 summa: 9 (Lindrig)',
    );
    expect(getNoteText(t.document, t.catalog, answerFirst(t, 9))).toContain('PHQ-9 summa: 27 (Svår)');
  });

  it('no answer at all: no sum and nothing written', () => {
    const t = phq9();
    const evaluation = evaluateDocument(t.document, t.catalog, new Map());
    expect(evaluation.scores.get(t.node('PHQ-9 summa'))).toEqual({
      items: 9,
      answered: 0,
      complete: false,
      result: undefined,
      prorated: false,
    });
    expect(getNoteText(t.document, t.catalog, new Map())).toBe('');
  });

  it('a missing-items rule: at most 2 missing, prorated (round(sum × 9 ÷ answered)); one more is incomplete', () => {
    const t = phq9({ missingItems: { max: 2, prorate: true } });
    // 7 answered × 2 = 14 → 14 × 9 / 7 = 18 (Måttligt svår); the band is of the prorated sum.
    const seven = evaluateDocument(t.document, t.catalog, answerFirst(t, 7, 'Mer än hälften av dagarna'));
    expect(seven.scores.get(t.node('PHQ-9 summa'))).toEqual({
      items: 9,
      answered: 7,
      complete: true,
      result: 18,
      prorated: true,
    });
    expect(getNoteText(t.document, t.catalog, answerFirst(t, 7, 'Mer än hälften av dagarna'))).toContain(
      'PHQ-9 summa: 18 (Måttligt svår; 2 av 9 saknas, proraterat)',
    );
    expect(getNoteText(t.document, t.catalog, answerFirst(t, 8, 'Flera dagar'))).toContain(
      'PHQ-9 summa: 9 (Lindrig; 1 av 9 saknas, proraterat)',
    );
    expect(getNoteText(t.document, t.catalog, answerFirst(t, 6, 'Flera dagar'))).toContain(
      'PHQ-9 summa: 6 (ofullständig: 6 av 9 besvarade)',
    );
  });

  it('a missing-items rule without prorating keeps the plain sum and says what is missing', () => {
    const t = phq9({ missingItems: { max: 1 } });
    expect(getNoteText(t.document, t.catalog, answerFirst(t, 8, 'Flera dagar'))).toContain(
      'PHQ-9 summa: 8 (Lindrig; 1 av 9 saknas)',
    );
  });
});

describe('AUDIT-C-like and Norton-like sums', () => {
  it('AUDIT-C: only visible items count; a folded question is not missing', () => {
    const t = buildTree([
      yesNo('Dricker alkohol', {}, [
        single(
          'Hur ofta',
          [
            ['Aldrig', 0],
            ['Varje vecka', 3],
          ],
          { key: 'a1', when: { behavior: 'all', clauses: [{ operator: 'equals', value: 'Ja' }] } },
        ),
        single(
          'Hur mycket',
          [
            ['1–2', 0],
            ['3–4', 1],
          ],
          { key: 'a2', when: { behavior: 'all', clauses: [{ operator: 'equals', value: 'Ja' }] } },
        ),
      ]),
      score('AUDIT-C summa', ['a1', 'a2'], {
        bands: [
          [0, 3, 'Låg risk'],
          [4, 12, 'Riskbruk'],
        ],
      }),
    ]);
    // "Nej": both questions are folded, nothing is missing, but there is no sum either.
    const no = evaluateDocument(t.document, t.catalog, t.answers([['Dricker alkohol', 'Nej']]));
    expect(no.scores.get(t.node('AUDIT-C summa'))).toMatchObject({
      items: 0,
      answered: 0,
      result: undefined,
    });
    const one = t.answers([
      ['Dricker alkohol', 'Ja'],
      ['Hur ofta', 'Varje vecka'],
    ]);
    expect(getNoteText(t.document, t.catalog, one)).toContain(
      'AUDIT-C summa: 3 (ofullständig: 1 av 2 besvarade)',
    );
    const both = t.answers([
      ['Dricker alkohol', 'Ja'],
      ['Hur ofta', 'Varje vecka'],
      ['Hur mycket', '3–4'],
    ]);
    expect(getNoteText(t.document, t.catalog, both)).toContain('AUDIT-C summa: 4 (Riskbruk)');
  });

  it('Norton: a lower sum is worse; complete at 5 of 5, incomplete at 4 of 5', () => {
    const levels = [
      ['1', 1],
      ['2', 2],
      ['3', 3],
      ['4', 4],
    ] as const;
    const terms = ['Psykisk status', 'Fysisk aktivitet', 'Rörlighet', 'Födointag', 'Inkontinens'];
    const t = buildTree([
      ...terms.map((term, i) => single(term, levels, { key: `n${i}` })),
      score(
        'Norton summa',
        terms.map((_, i) => `n${i}`),
        {
          bands: [
            [5, 14, 'Risk för trycksår'],
            [15, 20, 'Ingen förhöjd risk'],
          ],
        },
      ),
    ]);
    const four = t.answers(terms.slice(0, 4).map((term) => [term, '3'] as const));
    expect(getNoteText(t.document, t.catalog, four)).toContain(
      'Norton summa: 12 (ofullständig: 4 av 5 besvarade)',
    );
    const five = t.answers(terms.map((term) => [term, '3'] as const));
    expect(getNoteText(t.document, t.catalog, five)).toContain('Norton summa: 15 (Ingen förhöjd risk)');
    const low = t.answers(terms.map((term) => [term, '2'] as const));
    expect(getNoteText(t.document, t.catalog, low)).toContain('Norton summa: 10 (Risk för trycksår)');
  });
});
