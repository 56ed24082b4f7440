import { describe, expect, it } from 'vitest';
import type { AnswerValue, Clause } from '../../../src/domain/index.ts';
import { evaluateClause, evaluateDocument, getScoreBand, isAnswered } from '../../../src/domain/index.ts';
import {
  answersByTerm,
  exampleCatalog,
  exampleDocument,
  exampleKeywordId,
  nodeIdByTerm,
} from '../../helpers/examples.ts';

const clause = (operator: Clause['operator'], value?: string | number): Clause => ({
  source: 's',
  operator,
  ...(value !== undefined && { value }),
});

describe('evaluateClause (FHIR enableWhen semantics)', () => {
  const cases: [Clause, AnswerValue | undefined, boolean][] = [
    [clause('checked'), true, true],
    [clause('checked'), undefined, false],
    [clause('answered'), 'x', true],
    [clause('answered'), '  ', false],
    [clause('answered'), [], false],
    [clause('notAnswered'), undefined, true],
    [clause('notAnswered'), 3, false],
    [clause('equals', 'ja'), 'ja', true],
    [clause('equals', 'ja'), 'nej', false],
    [clause('equals', 'ja'), undefined, false],
    // "!=" holds when unanswered: no answer equals the value.
    [clause('notEquals', 'ja'), undefined, true],
    [clause('notEquals', 'ja'), 'ja', false],
    [clause('notEquals', 'ja'), 'nej', true],
    [clause('includes', 'b'), ['a', 'b'], true],
    [clause('includes', 'c'), ['a', 'b'], false],
    [clause('includes', 'a'), undefined, false],
    [clause('lessThan', 150), 149, true],
    [clause('lessThan', 150), 150, false],
    [clause('lessOrEqual', 150), 150, true],
    [clause('greaterThan', 0), 1, true],
    [clause('greaterThan', 0), 0, false],
    [clause('greaterOrEqual', 10), 10, true],
    [clause('greaterOrEqual', 10), 9.5, false],
    // Order comparisons fail when unanswered or of another type.
    [clause('lessThan', 150), undefined, false],
    [clause('lessThan', 150), '100', false],
    [clause('greaterOrEqual', '2026-01-01'), '2026-02-03', true],
    [clause('lessThan', '2026-01-01'), '2026-02-03', false],
  ];
  it.each(cases)('%j with %j gives %s', (c, value, expected) => {
    expect(evaluateClause(c, value)).toBe(expected);
  });

  it('treats false, empty text and empty selections as unanswered', () => {
    expect([false, '', [], Number.NaN].map(isAnswered)).toEqual([false, false, false, false]);
    expect([true, 'a', ['x'], 0].map(isAnswered)).toEqual([true, true, true, true]);
  });
});

describe('evaluateDocument on the 1177 fragment', () => {
  const doc = exampleDocument('exempel-1177-fragment');
  const visibleTerms = (pairs: Parameters<typeof answersByTerm>[1]) => {
    const { visible } = evaluateDocument(doc, exampleCatalog, answersByTerm(doc, pairs));
    const terms = [
      'Åtgärd',
      'Typ av begränsning',
      'Period från',
      'Tillgängliggörandet avser',
      'Mognadsbedömning gjord',
      'Beslutsdatum',
    ];
    return terms.filter((term) => visible.has(nodeIdByTerm(doc, term)));
  };

  it('shows only the dynamic keyword until Ja is ticked', () => {
    const { visible } = evaluateDocument(doc, exampleCatalog, new Map());
    expect([...visible]).toEqual([nodeIdByTerm(doc, 'Begränsande eller tillgängliggörande åtgärder 1177')]);
  });

  it('unfolds the children on Ja, and cascades through levels', () => {
    expect(visibleTerms([['Begränsande eller tillgängliggörande åtgärder 1177', 'Ja']])).toEqual([
      'Åtgärd',
      'Beslutsdatum',
    ]);
    expect(
      visibleTerms([
        ['Begränsande eller tillgängliggörande åtgärder 1177', 'Ja'],
        ['Åtgärd', 'Begränsning'],
        ['Typ av begränsning', ['Försegling av 1177 journal – viss tidsperiod']],
      ]),
    ).toEqual(['Åtgärd', 'Typ av begränsning', 'Period från', 'Beslutsdatum']);
    expect(
      visibleTerms([
        ['Begränsande eller tillgängliggörande åtgärder 1177', 'Ja'],
        ['Åtgärd', 'Tillgängliggörande'],
        ['Tillgängliggörandet avser', 'Ungdom 13–15 år (egen åtkomst)'],
      ]),
    ).toEqual(['Åtgärd', 'Tillgängliggörandet avser', 'Mognadsbedömning gjord', 'Beslutsdatum']);
  });

  it('folds everything on Nej; hidden answers stay in the answers but leave the values', () => {
    const answers = answersByTerm(doc, [
      ['Begränsande eller tillgängliggörande åtgärder 1177', 'Nej'],
      ['Åtgärd', 'Begränsning'],
      ['Typ av begränsning', ['Försegling av 1177 journal – viss tidsperiod']],
    ]);
    const { visible, values } = evaluateDocument(doc, exampleCatalog, answers);
    expect(visible.size).toBe(1);
    expect(values.has(nodeIdByTerm(doc, 'Åtgärd'))).toBe(false);
    expect(answers.get(nodeIdByTerm(doc, 'Åtgärd'))).toBe('begransning');
  });

  it('a hidden source counts as unanswered', () => {
    // "Mognadsbedömning gjord" depends on "Tillgängliggörandet avser", which hides when Åtgärd changes.
    expect(
      visibleTerms([
        ['Begränsande eller tillgängliggörande åtgärder 1177', 'Ja'],
        ['Åtgärd', 'Begränsning'],
        ['Tillgängliggörandet avser', 'Ungdom 13–15 år (egen åtkomst)'],
      ]),
    ).not.toContain('Mognadsbedömning gjord');
  });
});

describe('scores', () => {
  const phq = exampleDocument('exempel-phq9');
  const phqAnswers = (labels: string[]) =>
    answersByTerm(phq, [
      ['PHQ-9 genomförd', 'Ja'],
      ...labels.map((label, i) => [phq9Term(i + 1), label] as const),
    ]);
  const phq9Term = (n: number) =>
    [
      'PHQ-9 1 Intresse/glädje',
      'PHQ-9 2 Nedstämdhet/hopplöshet',
      'PHQ-9 3 Sömn',
      'PHQ-9 4 Trötthet/energi',
      'PHQ-9 5 Aptit',
      'PHQ-9 6 Självkänsla/skuld',
      'PHQ-9 7 Koncentration',
      'PHQ-9 8 Psykomotorisk förändring',
      'PHQ-9 9 Tankar på död/självskada',
    ][n - 1]!;
  const sumId = () => nodeIdByTerm(phq, 'PHQ-9 summa');

  it('sums PHQ-9 and names the severity band', () => {
    const answers = phqAnswers([
      'Flera dagar',
      'Mer än hälften av dagarna',
      'Nästan varje dag',
      'Flera dagar',
      'Inte alls',
      'Flera dagar',
      'Mer än hälften av dagarna',
      'Inte alls',
      'Inte alls',
    ]);
    const { values, visible } = evaluateDocument(phq, exampleCatalog, answers);
    expect(values.get(sumId())).toBe(10);
    const keyword = exampleCatalog.get(exampleKeywordId('PHQ-9 summa'))!;
    expect(getScoreBand(keyword, 10)).toBe('Måttlig');
    expect([0, 4, 5, 9, 14, 15, 19, 20, 27].map((s) => getScoreBand(keyword, s))).toEqual([
      'Minimal',
      'Minimal',
      'Lindrig',
      'Lindrig',
      'Måttlig',
      'Måttligt svår',
      'Måttligt svår',
      'Svår',
      'Svår',
    ]);
    expect(visible.has(nodeIdByTerm(phq, 'PHQ-9 funktion'))).toBe(true);
    expect(visible.has(nodeIdByTerm(phq, 'Suicidriskbedömning genomförd'))).toBe(false);
  });

  it('asks the function question only when some answer is above zero, and suicide risk when item 9 is', () => {
    const none = evaluateDocument(phq, exampleCatalog, phqAnswers(Array(9).fill('Inte alls') as string[]));
    expect(none.values.get(sumId())).toBe(0);
    expect(none.visible.has(nodeIdByTerm(phq, 'PHQ-9 funktion'))).toBe(false);
    const item9 = evaluateDocument(
      phq,
      exampleCatalog,
      phqAnswers([...(Array(8).fill('Inte alls') as string[]), 'Flera dagar']),
    );
    expect(item9.visible.has(nodeIdByTerm(phq, 'Suicidriskbedömning genomförd'))).toBe(true);
    expect(item9.values.get(sumId())).toBe(1);
  });

  it('AUDIT-C: "Aldrig" hides items 2-3; the action shows at sum 4', () => {
    const doc = exampleDocument('exempel-levnadsvanor');
    const never = evaluateDocument(
      doc,
      exampleCatalog,
      answersByTerm(doc, [['AUDIT-C 1 Dryckesfrekvens', 'Aldrig']]),
    );
    expect(never.visible.has(nodeIdByTerm(doc, 'AUDIT-C 2 Standardglas per tillfälle'))).toBe(false);
    expect(never.values.get(nodeIdByTerm(doc, 'AUDIT-C summa'))).toBe(0);
    const some = evaluateDocument(
      doc,
      exampleCatalog,
      answersByTerm(doc, [
        ['AUDIT-C 1 Dryckesfrekvens', '2–3 gånger i veckan'],
        ['AUDIT-C 2 Standardglas per tillfälle', '3–4'],
        ['AUDIT-C 3 Sex standardglas eller mer', 'Aldrig'],
      ]),
    );
    expect(some.values.get(nodeIdByTerm(doc, 'AUDIT-C summa'))).toBe(4);
    expect(some.visible.has(nodeIdByTerm(doc, 'Åtgärd alkohol'))).toBe(true);
  });

  it('weights a score source by its factor (activity minutes = 2 × exercise + everyday activity)', () => {
    const doc = exampleDocument('exempel-levnadsvanor');
    const low = evaluateDocument(
      doc,
      exampleCatalog,
      answersByTerm(doc, [
        ['Fysisk träning per vecka', '30–59 minuter'],
        ['Vardagsaktiviteter per vecka', '60–89 minuter'],
      ]),
    );
    expect(low.values.get(nodeIdByTerm(doc, 'Aktivitetsminuter per vecka'))).toBe(120);
    expect(low.visible.has(nodeIdByTerm(doc, 'Åtgärd fysisk aktivitet'))).toBe(true);
    const high = evaluateDocument(
      doc,
      exampleCatalog,
      answersByTerm(doc, [['Fysisk träning per vecka', '2 timmar eller mer']]),
    );
    expect(high.values.get(nodeIdByTerm(doc, 'Aktivitetsminuter per vecka'))).toBe(240);
    expect(high.visible.has(nodeIdByTerm(doc, 'Åtgärd fysisk aktivitet'))).toBe(false);
  });

  it('Riskbedömning: a fall opens the DFRI inquiry; multiple-choice scores add up', () => {
    const doc = exampleDocument('exempel-riskbedomning');
    const result = evaluateDocument(
      doc,
      exampleCatalog,
      answersByTerm(doc, [
        ['Fallit senaste året', 'Ja'],
        ['Tidigare fall', 'Ja'],
        ['Läkemedel', ['Diuretika', 'Antidepressiva']],
      ]),
    );
    expect(result.visible.has(nodeIdByTerm(doc, 'Fallriskutredning (DFRI)'))).toBe(true);
    expect(result.values.get(nodeIdByTerm(doc, 'DFRI summa'))).toBe(3);
    expect(result.visible.has(nodeIdByTerm(doc, 'Åtgärder fallprevention'))).toBe(true);
    const noFall = evaluateDocument(
      doc,
      exampleCatalog,
      answersByTerm(doc, [['Fallit senaste året', 'Nej']]),
    );
    expect(noFall.visible.has(nodeIdByTerm(doc, 'Fallriskutredning (DFRI)'))).toBe(false);
  });
});
