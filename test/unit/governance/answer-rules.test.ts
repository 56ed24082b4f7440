import { describe, expect, it } from 'vitest';
import { checkAnswers, evaluateDocument, getNoteText, localToday } from '../../../src/domain/index.ts';
import { toQuestionnaire } from '../../../src/formats/fhir-export.ts';
import { fromQuestionnaire } from '../../../src/formats/fhir-import.ts';
import { findQuestionnaireViolations } from '../../../src/formats/fhir-invariants.ts';
import { RULE_EXT, EXT } from '../../../src/formats/fhir-urls.ts';
import { describeRules } from '../../../src/formats/describe-rules.ts';
import { STRINGS } from '../../../src/i18n/all-strings.ts';
import { checkDocument } from '../../../src/validation/index.ts';
import { buildTree, date, number, text } from '../../helpers/build-tree.ts';

const TODAY = '2026-12-01';
const t = buildTree([
  date('Beslutsdatum', { notInFuture: true }),
  date('Återbesök', { notInPast: true }),
  date('Period från', { key: 'fran' }),
  date('Period till', { notBefore: 'fran' }),
  text('Personnummer', { pattern: '\\d{8}-\\d{4}', patternHint: 'ÅÅÅÅMMDD-NNNN' }),
  text('Motivering', { minLength: 10, maxLength: 20 }),
  number('Vikt', 'kg', { min: 1, max: 300 }),
]);
const kinds = (pairs: Parameters<typeof t.answers>[0]) =>
  checkAnswers(t.document, t.catalog, t.answers(pairs), undefined, TODAY).map((p) => p.kind);

describe('answer rules, one below, at and one above each limit', () => {
  it('not in the future: yesterday and today pass, tomorrow does not', () => {
    expect(kinds([['Beslutsdatum', '2026-11-30']])).toEqual([]);
    expect(kinds([['Beslutsdatum', TODAY]])).toEqual([]);
    expect(kinds([['Beslutsdatum', '2026-12-02']])).toEqual(['inFuture']);
  });

  it('not in the past: yesterday does not pass, today and tomorrow do', () => {
    expect(kinds([['Återbesök', '2026-11-30']])).toEqual(['inPast']);
    expect(kinds([['Återbesök', TODAY]])).toEqual([]);
    expect(kinds([['Återbesök', '2026-12-02']])).toEqual([]);
  });

  it('not before another date: the day before fails, the same day and the day after pass', () => {
    const at = (till: string) =>
      checkAnswers(
        t.document,
        t.catalog,
        t.answers([
          ['Period från', '2026-03-10'],
          ['Period till', till],
        ]),
        undefined,
        TODAY,
      );
    expect(at('2026-03-09')).toEqual([
      {
        nodeId: t.node('Period till'),
        kind: 'beforeDate',
        otherTerm: 'Period från',
        otherDate: '2026-03-10',
      },
    ]);
    expect(at('2026-03-10')).toEqual([]);
    expect(at('2026-03-11')).toEqual([]);
    // Without the other date there is nothing to compare with.
    expect(kinds([['Period till', '2000-01-01']])).toEqual([]);
  });

  it('a date that does not exist is that, before any other rule', () => {
    expect(kinds([['Beslutsdatum', '2031-02-30']])).toEqual(['invalidDate']);
  });

  it('text length: 9 is too short, 10 and 20 pass, 21 is too long', () => {
    expect(kinds([['Motivering', 'x'.repeat(9)]])).toEqual(['tooShort']);
    expect(kinds([['Motivering', 'x'.repeat(10)]])).toEqual([]);
    expect(kinds([['Motivering', 'x'.repeat(20)]])).toEqual([]);
    expect(kinds([['Motivering', 'x'.repeat(21)]])).toEqual(['tooLong']);
  });

  it('pattern: the whole answer must match', () => {
    expect(kinds([['Personnummer', '19121212-1212']])).toEqual([]);
    expect(kinds([['Personnummer', '19121212-121']])).toEqual(['patternMismatch']);
    expect(kinds([['Personnummer', 'x19121212-1212']])).toEqual(['patternMismatch']);
    expect(
      checkAnswers(t.document, t.catalog, t.answers([['Personnummer', 'nej']]), undefined, TODAY),
    ).toEqual([{ nodeId: t.node('Personnummer'), kind: 'patternMismatch', hint: 'ÅÅÅÅMMDD-NNNN' }]);
  });

  it('today is the local date', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('Journaltext never writes a value that breaks a rule without a mark', () => {
  it('marks a future decision date, a period ending before it starts, an out-of-range number', () => {
    const answers = t.answers([
      ['Beslutsdatum', '2031-01-01'],
      ['Period från', '2026-03-10'],
      ['Period till', '2026-03-01'],
      ['Vikt', 400],
      ['Motivering', 'Kort'],
      ['Personnummer', 'abc'],
    ]);
    expect(getNoteText(t.document, t.catalog, answers, TODAY).split('\n')).toEqual([
      'Beslutsdatum: 2031-01-01 [KONTROLLERA: datum i framtiden]',
      'Period från: 2026-03-10',
      'Period till: 2026-03-01 [KONTROLLERA: före Period från 2026-03-10]',
      'Personnummer: abc [KONTROLLERA: följer inte formatet ÅÅÅÅMMDD-NNNN]',
      'Motivering: Kort [KONTROLLERA: kortare än 10 tecken]',
      'Vikt: 400 kg [KONTROLLERA: högre än 300 kg]',
    ]);
  });

  it('writes valid values as they are', () => {
    const answers = t.answers([
      ['Beslutsdatum', TODAY],
      ['Vikt', 72],
    ]);
    expect(getNoteText(t.document, t.catalog, answers, TODAY)).toBe(`Beslutsdatum: ${TODAY}\nVikt: 72 kg`);
  });
});

describe('rules in FHIR R4 / SDC', () => {
  const q = toQuestionnaire(t.document, t.catalog);
  const item = (term: string) => q.item!.find((i) => i.text === term)!;

  it('not in the future / past: maxValue / minValue calculated by today()', () => {
    const calculated = {
      extension: [
        {
          url: RULE_EXT.calculatedValue,
          valueExpression: { language: 'text/fhirpath', expression: 'today()' },
        },
      ],
    };
    expect(item('Beslutsdatum').extension).toContainEqual({ url: EXT.maxValue, _valueDate: calculated });
    expect(item('Återbesök').extension).toContainEqual({ url: EXT.minValue, _valueDate: calculated });
    expect(item('Beslutsdatum').extension!.some((e) => e.url === EXT.minValue)).toBe(false);
  });

  it('not before another date: a targetConstraint whose FHIRPath compares with the other item', () => {
    const constraint = item('Period till').extension!.find((e) => e.url === RULE_EXT.targetConstraint)!;
    const part = (url: string) => constraint.extension!.find((e) => e.url === url)!;
    expect(part('key').valueId).toBe(`tv-not-before-${t.node('Period till')}`);
    expect(part('severity').valueCode).toBe('error');
    const other = `%resource.repeat(item).where(linkId='${t.node('Period från')}').answer.value`;
    expect(part('expression').valueExpression).toEqual({
      language: 'text/fhirpath',
      expression: `answer.value.empty() or ${other}.empty() or answer.value.first() >= ${other}.first()`,
    });
    expect(part('human').valueString).toBe('Period till får inte ligga före Period från.');
  });

  it('text: minLength, maxLength, an anchored regex and the pattern in words as entryFormat', () => {
    expect(item('Motivering').maxLength).toBe(20);
    expect(item('Motivering').extension).toContainEqual({ url: RULE_EXT.minLength, valueInteger: 10 });
    expect(item('Personnummer').extension).toContainEqual({
      url: RULE_EXT.regex,
      valueString: '^(?:\\d{8}-\\d{4})$',
    });
    expect(item('Personnummer').extension).toContainEqual({
      url: RULE_EXT.entryFormat,
      valueString: 'ÅÅÅÅMMDD-NNNN',
    });
  });

  it('passes the que invariants and comes back with every rule, nothing kept twice', () => {
    expect(findQuestionnaireViolations(q)).toEqual([]);
    const back = fromQuestionnaire(
      JSON.parse(JSON.stringify(q)) as Record<string, unknown>,
      TODAY + 'T00:00:00Z',
    );
    if (!back.ok) throw new Error('import failed');
    expect(back.kept).toEqual([]);
    const byTerm = new Map(back.file.keywords.map((k) => [k.term, k]));
    expect(byTerm.get('Beslutsdatum')).toMatchObject({ notInFuture: true });
    expect(byTerm.get('Återbesök')).toMatchObject({ notInPast: true });
    expect(byTerm.get('Period till')!.notBefore).toBe(t.keyword('Period från').id);
    expect(byTerm.get('Personnummer')).toMatchObject({
      pattern: '\\d{8}-\\d{4}',
      patternHint: 'ÅÅÅÅMMDD-NNNN',
    });
    expect(byTerm.get('Motivering')).toMatchObject({ minLength: 10, maxLength: 20 });
  });

  it('reads the rule extensions of a foreign Questionnaire (no keyword JSON) onto text and date items', () => {
    const foreign = {
      resourceType: 'Questionnaire',
      status: 'draft',
      item: [
        {
          linkId: 'pnr',
          text: 'Personnummer',
          type: 'string',
          extension: [
            { url: RULE_EXT.regex, valueString: '[0-9]{12}' },
            { url: RULE_EXT.minLength, valueInteger: 12 },
          ],
        },
        {
          linkId: 'd',
          text: 'Datum',
          type: 'date',
          extension: [
            {
              url: EXT.maxValue,
              _valueDate: {
                extension: [{ url: RULE_EXT.calculatedValue, valueExpression: { expression: 'today()' } }],
              },
            },
          ],
        },
      ],
    };
    const back = fromQuestionnaire(foreign, TODAY + 'T00:00:00Z');
    if (!back.ok) throw new Error('import failed');
    const byTerm = new Map(back.file.keywords.map((k) => [k.term, k]));
    expect(byTerm.get('Personnummer')).toMatchObject({ pattern: '[0-9]{12}', minLength: 12 });
    expect(byTerm.get('Datum')).toMatchObject({ notInFuture: true });
    expect(back.kept).toEqual([]);
  });
});

describe('rules in words and in Kontroll', () => {
  it('the specification and CSV describe every rule', () => {
    const words = STRINGS.sv.rules;
    const say = (term: string) => describeRules(t.keyword(term), t.catalog, words);
    expect(say('Beslutsdatum')).toEqual(['får inte ligga i framtiden']);
    expect(say('Återbesök')).toEqual(['får inte ha passerat']);
    expect(say('Period till')).toEqual(['får inte ligga före Period från']);
    expect(say('Personnummer')).toEqual(['formatet ÅÅÅÅMMDD-NNNN']);
    expect(say('Motivering')).toEqual(['minst 10 tecken', 'högst 20 tecken']);
    expect(say('Vikt')).toEqual(['mellan 1 och 300']);
    expect(describeRules(t.keyword('Vikt'), t.catalog, STRINGS.en.rules)).toEqual(['between 1 and 300']);
  });

  it('an open choice says it takes words, and a closed one says nothing', () => {
    const choice = {
      id: 'farg',
      term: 'Färg',
      type: 'singleChoice' as const,
      status: 'active' as const,
      options: [],
    };
    expect(describeRules({ ...choice, openChoice: true }, t.catalog, STRINGS.sv.rules)).toEqual([
      'tar även annat svar i fritext',
    ]);
    expect(describeRules({ ...choice, openChoice: true }, t.catalog, STRINGS.en.rules)).toEqual([
      'also accepts a free-text answer',
    ]);
    expect(describeRules(choice, t.catalog, STRINGS.sv.rules)).toEqual([]);
  });

  it('a rule that can never hold, or leaves only today, is a diagnostic', () => {
    const codes = (spec: Parameters<typeof buildTree>[0]) => {
      const b = buildTree(spec);
      return checkDocument(b.document, { catalog: b.catalog }).map((d) => d.code);
    };
    expect(codes([text('Fri', { minLength: 5, maxLength: 4 })])).toContain('MIN_LENGTH_GREATER_THAN_MAX');
    expect(codes([text('Fri', { minLength: 4, maxLength: 4 })])).not.toContain('MIN_LENGTH_GREATER_THAN_MAX');
    expect(codes([text('Fri', { pattern: '(' })])).toContain('PATTERN_INVALID');
    expect(codes([date('Dag', { notInFuture: true, notInPast: true })])).toContain('DATE_ONLY_TODAY');
    expect(
      codes([
        date('Start', { key: 's', notInPast: true }),
        date('Slut', { notBefore: 's', notInFuture: true }),
      ]),
    ).toContain('DATE_ONLY_TODAY');
    expect(codes([date('Start', { key: 's' }), date('Slut', { notBefore: 's', notInFuture: true })])).toEqual(
      [],
    );
  });
});

it('evaluates without rules in the way: rules never hide or show anything', () => {
  const answers = t.answers([['Beslutsdatum', '2031-01-01']]);
  expect(evaluateDocument(t.document, t.catalog, answers).visible.size).toBe(7);
});
