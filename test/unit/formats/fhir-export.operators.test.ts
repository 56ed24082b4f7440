import { describe, expect, it } from 'vitest';
import type { Operator } from '../../../src/domain/model.ts';
import { toQuestionnaire, getItemType } from '../../../src/formats/fhir-export.ts';
import type { FhirItem } from '../../../src/formats/fhir-types.ts';
import { fromQuestionnaire } from '../../../src/formats/fhir-import.ts';
import { YES_NO_SYSTEM } from '../../../src/formats/fhir-urls.ts';
import { buildTree, everyTypeSpec, text, type ClauseSpec, type NodeSpec } from '../../helpers/build-tree.ts';
import { inWords } from '../../../src/i18n/in-words.ts';

/** Every item of a questionnaire, by linkId. */
function itemsOf(items: readonly FhirItem[] | undefined, out = new Map<string, FhirItem>()) {
  for (const item of items ?? []) {
    out.set(item.linkId, item);
    itemsOf(item.item, out);
  }
  return out;
}

/** The tree of every type, and after it one text keyword per clause, conditioned on it. */
function withClauses(clauses: readonly (readonly [string, ClauseSpec])[]) {
  const dependents: NodeSpec[] = clauses.map(([name, clause]) =>
    text(name, { when: { behavior: 'all', clauses: [clause] } }),
  );
  const t = buildTree([...everyTypeSpec(), ...dependents]);
  const items = itemsOf(toQuestionnaire(t.document, t.catalog).item);
  const enableWhen = (name: string) => items.get(t.node(name))!.enableWhen;
  return { t, items, enableWhen };
}
const on = (source: string, operator: Operator, value?: string | number): ClauseSpec => ({
  operator,
  source,
  ...(value !== undefined && { value }),
});

describe('FHIR export: each operator as enableWhen', () => {
  const { t, enableWhen } = withClauses([
    ['Om kryss', on('kryss', 'checked')],
    ['Om ja', on('janej', 'equals', 'Ja')],
    ['Om inte nej', on('janej', 'notEquals', 'Nej')],
    ['Om A', on('enval', 'equals', 'A')],
    ['Om C ingår', on('flerval', 'includes', 'C')],
    ['Om tal under', on('tal', 'lessThan', 5)],
    ['Om tal högst', on('tal', 'lessOrEqual', 5)],
    ['Om tal över', on('tal', 'greaterThan', 5)],
    ['Om tal minst', on('tal', 'greaterOrEqual', 5.5)],
    ['Om besvarad', on('fri', 'answered')],
    ['Om obesvarad', on('fri', 'notAnswered')],
    ['Om summa', on('summa', 'greaterThan', 2)],
    ['Om från dag', on('tidpunkt', 'greaterOrEqual', '2026-02-03')],
    ['Om före ögonblick', on('tidpunkt', 'lessThan', '2026-02-03T10:00:00+01:00')],
  ]);
  const question = (term: string) => t.node(term);

  it.each([
    ['Om kryss', { operator: '=', answerBoolean: true }, 'Kryss'],
    ['Om besvarad', { operator: 'exists', answerBoolean: true }, 'Fri'],
    ['Om obesvarad', { operator: 'exists', answerBoolean: false }, 'Fri'],
    ['Om tal under', { operator: '<', answerDecimal: 5 }, 'Tal'],
    ['Om tal högst', { operator: '<=', answerDecimal: 5 }, 'Tal'],
    ['Om tal över', { operator: '>', answerDecimal: 5 }, 'Tal'],
    ['Om tal minst', { operator: '>=', answerDecimal: 5.5 }, 'Tal'],
    ['Om summa', { operator: '>', answerDecimal: 2 }, 'Summa'],
    ['Om från dag', { operator: '>=', answerDateTime: '2026-02-03' }, 'Tidpunkt'],
    ['Om före ögonblick', { operator: '<', answerDateTime: '2026-02-03T10:00:00+01:00' }, 'Tidpunkt'],
  ] as const)('%s', (name, expected, source) => {
    expect(enableWhen(name)).toEqual([{ question: question(source), ...expected }]);
  });

  it('yes/no compares a coding of the shared yes/no system; = and !=', () => {
    expect(enableWhen('Om ja')).toEqual([
      {
        question: question('Janej'),
        operator: '=',
        answerCoding: { system: YES_NO_SYSTEM, code: 'ja', display: 'Ja' },
      },
    ]);
    expect(enableWhen('Om inte nej')![0]).toMatchObject({ operator: '!=', answerCoding: { code: 'nej' } });
  });

  it('a choice compares its own coding; includes on a multiple choice is =', () => {
    expect(enableWhen('Om A')![0]).toMatchObject({
      operator: '=',
      answerCoding: { code: t.option('Enval', 'A'), display: 'A' },
    });
    expect(enableWhen('Om C ingår')![0]).toMatchObject({
      operator: '=',
      answerCoding: { code: t.option('Flerval', 'C') },
    });
  });

  it('reads every one of them back as the same clause', () => {
    const back = fromQuestionnaire(
      JSON.parse(JSON.stringify(toQuestionnaire(t.document, t.catalog))) as Record<string, unknown>,
      'x',
    );
    if (!back.ok) throw new Error(inWords(back.problem, 'en'));
    const original = new Map(t.document.nodes.map((n) => [n.id, n.showWhen]));
    for (const node of back.file.document.nodes)
      expect(node.showWhen, node.id).toEqual(original.get(node.id));
  });
});

describe('FHIR export: each type as an item', () => {
  const { t, items } = withClauses([]);
  const item = (term: string) => items.get(t.node(term))!;

  it.each([
    ['Alla typer', 'group'],
    ['Kryss', 'boolean'],
    ['Janej', 'choice'],
    ['Enval', 'choice'],
    ['Flerval', 'choice'],
    ['Fri', 'text'],
    ['Tal', 'decimal'],
    ['Dag', 'date'],
    ['Tidpunkt', 'dateTime'],
    ['Summa', 'decimal'],
  ])('%s is a %s item', (term, type) => {
    expect(item(term).type).toBe(type);
  });

  it('only a multiple choice repeats, only a score is read-only, only text has maxLength', () => {
    const flagged = (flag: 'repeats' | 'readOnly' | 'maxLength') =>
      t.keywords.filter((k) => item(k.term)[flag] !== undefined).map((k) => k.term);
    expect(flagged('repeats')).toEqual(['Flerval']);
    expect(flagged('readOnly')).toEqual(['Summa']);
    expect(flagged('maxLength')).toEqual(['Fri']);
  });

  it('a number with no decimals is an integer item; an empty heading is a display item', () => {
    expect(getItemType({ ...t.keyword('Tal'), decimals: 0 }, false)).toBe('integer');
    expect(getItemType(t.keyword('Alla typer'), false)).toBe('display');
  });
});
