/**
 * Datum och tid (dateTime): its answer, its conditions, its rules, its note line and its FHIR item,
 * each at its edges.
 */
import { describe, expect, it } from 'vitest';
import {
  checkAnswers,
  evaluateClause,
  getClauseProblem,
  getNoteText,
  isValidDateTime,
} from '../../../src/domain/index.ts';
import type { Clause, Operator } from '../../../src/domain/model.ts';
import { changeKeywordType } from '../../../src/commands/index.ts';
import { toQuestionnaire } from '../../../src/formats/fhir-export.ts';
import { fromQuestionnaire } from '../../../src/formats/fhir-import.ts';
import type { FhirItem } from '../../../src/formats/fhir-types.ts';
import { inWords } from '../../../src/i18n/in-words.ts';
import { buildTree, dateTime, heading } from '../../helpers/build-tree.ts';
import { createTestContext } from '../../helpers/editor.ts';

const clause = (operator: Operator, value?: string): Clause =>
  value === undefined ? { source: 'x', operator } : { source: 'x', operator, value };

describe('a Datum och tid answer', () => {
  it.each([
    ['2026-02-03T00:00', true],
    ['2026-02-03T23:59', true],
    ['2026-02-03T24:00', false],
    ['2026-02-03T23:60', false],
    ['2026-02-03T9:05', false],
    ['2028-02-29T12:00', true],
    ['2026-02-29T12:00', false],
    ['2026-02-03T', false],
    ['T14:30', false],
    ['2026-02-03', false],
    ['2026-02-03T14:30T10:00', false],
    ['2026-02-03T14:30:00', false],
  ])('%s is valid: %s', (text, valid) => {
    expect(isValidDateTime(text)).toBe(valid);
  });
});

describe('a condition on Datum och tid', () => {
  const tidpunkt = buildTree([dateTime('Tidpunkt')]).keyword('Tidpunkt');

  it.each([
    ['2026', true],
    ['2026-02', true],
    ['2026-02-03', true],
    ['2026-02-03T10:00:00Z', true],
    ['2026-02-03T10:00:00.250+01:00', true],
    // FHIR gives a time its zone; a local time of day cannot be written to enableWhen.
    ['2026-02-03T10:00:00', false],
    ['2026-02-03T10:00', false],
    ['3 februari', false],
  ])('compares with %s: allowed %s', (value, allowed) => {
    expect(getClauseProblem(clause('greaterOrEqual', value), tidpunkt) === undefined).toBe(allowed);
  });

  it('refuses a number, and takes the operators of an ordered value', () => {
    expect(getClauseProblem({ source: 'x', operator: 'equals', value: 3 }, tidpunkt)?.code).toBe(
      'CONDITION_VALUE_WRONG_TYPE',
    );
    expect(getClauseProblem(clause('includes', '2026'), tidpunkt)?.code).toBe(
      'CONDITION_OPERATOR_NOT_ALLOWED',
    );
    expect(getClauseProblem(clause('answered'), tidpunkt)).toBeUndefined();
  });

  // 14:30 on 3 February, local time: the form's answer.
  const answer = '2026-02-03T14:30';
  it.each([
    ['equals', '2026-02-03', true],
    ['equals', '2026-02-04', false],
    ['notEquals', '2026-02-03', false],
    ['equals', '2026-02', true],
    ['greaterOrEqual', '2026-02-03', true],
    ['greaterThan', '2026-02-03', false],
    ['greaterThan', '2026-02-02', true],
    ['lessOrEqual', '2026-02-03', true],
    ['lessThan', '2026-02-03', false],
    ['lessThan', '2026-02-04', true],
  ] as const)('%s %s holds on that day at 14:30: %s (the day decides)', (operator, value, holds) => {
    expect(evaluateClause(clause(operator, value), answer)).toBe(holds);
  });

  it('compares with an instant as instants, whatever the zone', () => {
    const sameInstant = new Date(2026, 1, 3, 14, 30).toISOString();
    const minuteLater = new Date(2026, 1, 3, 14, 31).toISOString();
    expect(evaluateClause(clause('equals', sameInstant), answer)).toBe(true);
    expect(evaluateClause(clause('lessThan', minuteLater), answer)).toBe(true);
    expect(evaluateClause(clause('greaterOrEqual', minuteLater), answer)).toBe(false);
    expect(evaluateClause(clause('equals', '2026-02-03Tnonsense'), answer)).toBe(false);
    expect(evaluateClause(clause('greaterOrEqual', '2026-02-03Tnonsense'), answer)).toBe(false);
  });

  it('leaves a date answer compared as before (a partial date is not equal to a day in it)', () => {
    expect(evaluateClause(clause('equals', '2026-02'), '2026-02-03')).toBe(false);
    expect(evaluateClause(clause('greaterThan', '2026-02'), '2026-02-03')).toBe(true);
  });
});

describe('the answer check and the note', () => {
  const t = buildTree([
    heading('Åtgärd', [
      dateTime('Tidpunkt', { notInFuture: true }),
      dateTime('Omprövas', { notInPast: true }),
    ]),
  ]);
  const today = '2026-02-03';
  const problems = (pairs: readonly (readonly [string, string])[]) =>
    checkAnswers(t.document, t.catalog, t.answers(pairs), undefined, today).map((p) => p.kind);

  it('names a half-written or impossible answer', () => {
    expect(problems([['Tidpunkt', '2026-02-03T']])).toEqual(['invalidDateTime']);
    expect(problems([['Tidpunkt', '2026-02-30T10:00']])).toEqual(['invalidDateTime']);
    expect(problems([['Tidpunkt', '2026-02-03T10:00']])).toEqual([]);
  });

  it('judges "not in the future / past" by the day: today at any time passes, one day over does not', () => {
    expect(problems([['Tidpunkt', '2026-02-03T23:59']])).toEqual([]);
    expect(problems([['Tidpunkt', '2026-02-04T00:00']])).toEqual(['inFuture']);
    expect(problems([['Omprövas', '2026-02-03T00:00']])).toEqual([]);
    expect(problems([['Omprövas', '2026-02-02T23:59']])).toEqual(['inPast']);
  });

  it('writes the day and time as Swedish records do, and marks a broken answer', () => {
    const note = (pairs: readonly (readonly [string, string])[]) =>
      getNoteText(t.document, t.catalog, t.answers(pairs), today);
    expect(note([['Tidpunkt', '2026-02-03T14:30']])).toBe('Åtgärd\n  Tidpunkt: 2026-02-03 14:30');
    expect(note([['Tidpunkt', '2026-02-03T']])).toBe(
      'Åtgärd\n  Tidpunkt: 2026-02-03  [KONTROLLERA: datum eller klockslag finns inte]',
    );
  });
});

describe('Datum och tid in FHIR', () => {
  const t = buildTree([
    heading('Åtgärd', [
      dateTime('Tidpunkt', { notInFuture: true }),
      dateTime('Omprövas', { notInPast: true }),
    ]),
  ]);
  const exported = JSON.parse(JSON.stringify(toQuestionnaire(t.document, t.catalog))) as {
    item: FhirItem[];
  };
  const item = (term: string) => exported.item[0]!.item!.find((i) => i.text === term)!;

  it('is a dateTime item whose bounds are calculated as now()', () => {
    expect(item('Tidpunkt').type).toBe('dateTime');
    expect(item('Tidpunkt').extension).toContainEqual({
      url: 'http://hl7.org/fhir/StructureDefinition/maxValue',
      _valueDateTime: {
        extension: [
          {
            url: 'http://hl7.org/fhir/StructureDefinition/cqf-calculatedValue',
            valueExpression: { language: 'text/fhirpath', expression: 'now()' },
          },
        ],
      },
    });
    expect(item('Omprövas').extension?.some((e) => e.url.endsWith('/minValue'))).toBe(true);
    expect(item('Omprövas').extension?.some((e) => e.url.endsWith('/maxValue'))).toBe(false);
  });

  it('comes back with its rules, and a foreign dateTime with a now() bound reads the same', () => {
    const back = fromQuestionnaire(structuredClone(exported), 'x');
    if (!back.ok) throw new Error(inWords(back.problem, 'en'));
    const byTerm = new Map(back.file.keywords.map((k) => [k.term, k]));
    expect(byTerm.get('Tidpunkt')).toMatchObject({ type: 'dateTime', notInFuture: true });
    expect(byTerm.get('Tidpunkt')?.notInPast).toBeUndefined();
    expect(byTerm.get('Omprövas')).toMatchObject({ type: 'dateTime', notInPast: true });
  });
});

describe('changing Datum ⇄ Datum och tid', () => {
  const build = (type: 'date' | 'dateTime', value: string) =>
    buildTree([
      {
        term: 'Beslut',
        type,
        children: [
          {
            term: 'Omprövning',
            type: 'text',
            when: { behavior: 'all', clauses: [{ operator: 'greaterOrEqual', value }] },
          },
        ],
      },
    ]);
  const change = (t: ReturnType<typeof build>, type: 'date' | 'dateTime' | 'number') =>
    changeKeywordType(t.state, { keywordId: t.keyword('Beslut').id, type }, createTestContext());

  it('keeps a condition comparing with a day, both ways', () => {
    expect(change(build('date', '2026-02-03'), 'dateTime').ok).toBe(true);
    expect(change(build('dateTime', '2026-02-03'), 'date').ok).toBe(true);
  });

  it('refuses when the condition has a time, or the new type compares no days', () => {
    expect(change(build('dateTime', '2026-02-03T10:00:00Z'), 'date')).toMatchObject({
      ok: false,
      refusal: 'breaksCondition',
    });
    expect(change(build('date', '2026-02-03'), 'number')).toMatchObject({
      ok: false,
      refusal: 'breaksCondition',
    });
  });
});
