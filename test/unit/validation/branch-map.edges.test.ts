import { describe, expect, it } from 'vitest';
import { getBranchMap } from '../../../src/validation/index.ts';
import {
  buildTree,
  check,
  compare,
  has,
  heading,
  is,
  isNot,
  multiple,
  number,
  text,
  when,
  whenAll,
  whenAny,
  yesNo,
} from '../../helpers/build-tree.ts';
import { inWords } from '../../../src/i18n/in-words.ts';

// Kryss (Ja-kryss) > Varför; Symtom (Flerval) > Hosta-detalj (includes Hosta), Inte-feber (Alla: Kryss and not Feber on Ja/Nej);
// Temp (number) > Hög (> 38); Feber (Ja/Nej) > Om inte (≠ Ja), Någon (Någon: Feber = Ja or Kryss).
const t = buildTree([
  heading('Rubrik', [
    check('Kryss', {}, [text('Varför', { when: { behavior: 'all', clauses: [{ operator: 'checked' }] } })]),
    multiple('Symtom', ['Hosta', 'Feber'], {}, [text('Hosta-detalj', { when: when(has('Hosta')) })]),
    number('Temp', '°C', { min: 35, max: 42 }),
    text('Hög', { when: when(compare('greaterThan', 38, 'temp')) }),
    yesNo('Feber', {}, [
      text('Om inte', { when: when(isNot('Ja')) }),
      text('Båda', { when: whenAll(is('Ja'), { operator: 'checked', source: 'kryss' }) }),
      text('Någon', { when: whenAny(is('Ja'), { operator: 'checked', source: 'kryss' }) }),
    ]),
  ]),
]);
const map = getBranchMap(t.document, t.catalog);
const control = (term: string) => map.controls.find((c) => c.nodeId === t.node(term))!;
const reveals = (term: string) =>
  control(term).answers.map((a) => [
    a.label ?? '(inget svar)',
    a.reveals.map(
      (r) => `${t.keywords.find((k) => t.node(k.term) === r.nodeId)!.term}${r.needsMore ? '+' : ''}`,
    ),
  ]);

describe('Grenar: what each answer reveals', () => {
  it('a tick reveals its children, as Ja', () => {
    expect(reveals('Kryss')).toEqual([['Ja', ['Varför', 'Båda+', 'Någon']]]);
  });

  it('a multiple choice: each option on its own', () => {
    expect(reveals('Symtom')).toEqual([
      ['Hosta', ['Hosta-detalj']],
      ['Feber', []],
    ]);
  });

  it('yes/no: "not Ja" also opens with no answer; Alla needs the other source too (+); Någon does not', () => {
    expect(reveals('Feber')).toEqual([
      ['Ja', ['Båda+', 'Någon']],
      ['Nej', ['Om inte']],
      ['(inget svar)', ['Om inte']],
    ]);
  });

  it('each answer carries the value a clause is evaluated against: true, an option id, or a list of one', () => {
    expect(control('Kryss').answers.map((a) => a.value)).toEqual([true]);
    expect(control('Symtom').answers.map((a) => a.value)).toEqual([
      [t.option('Symtom', 'Hosta')],
      [t.option('Symtom', 'Feber')],
    ]);
    expect(control('Feber').answers.map((a) => a.value)).toEqual([
      t.option('Feber', 'Ja'),
      t.option('Feber', 'Nej'),
      undefined,
    ]);
  });

  it('under Någon, an answer to one source does not count the clauses on another with the same values', () => {
    const b = buildTree([
      yesNo('A', { key: 'a' }),
      yesNo('B', { key: 'b' }),
      text('Endera', { when: whenAny(is('Ja', 'a'), is('Ja', 'b')) }),
      text('Alla två', { when: whenAll(is('Ja', 'a'), is('Ja', 'b')) }),
    ]);
    const m = getBranchMap(b.document, b.catalog);
    const of = (term: string) =>
      m.controls
        .find((c) => c.nodeId === b.node(term))!
        .answers.map((a) => [a.label, a.reveals.map((r) => [r.nodeId, r.needsMore])]);
    const [either, both] = [b.node('Endera'), b.node('Alla två')];
    expect(of('A')).toEqual([
      [
        'Ja',
        [
          [either, false],
          [both, true],
        ],
      ],
      ['Nej', []],
    ]);
    expect(of('B')).toEqual(of('A'));
  });

  it('a number lists what compares with it instead of answers', () => {
    expect(control('Temp')).toMatchObject({ answers: [], comparedBy: [t.node('Hög')] });
    expect(control('Feber').comparedBy).toEqual([]);
  });

  it('lists every conditional node in document order, none flagged', () => {
    expect(map.conditional.map((c) => c.nodeId)).toEqual(
      ['Varför', 'Hosta-detalj', 'Hög', 'Om inte', 'Båda', 'Någon'].map((term) => t.node(term)),
    );
    expect(map.conditional.every((c) => c.neverOpens === undefined)).toBe(true);
    expect(map.controls.map((c) => c.nodeId)).toEqual(
      ['Kryss', 'Symtom', 'Temp', 'Feber'].map((term) => t.node(term)),
    );
  });
});

describe('Grenar: branches that can never open', () => {
  const never = (specs: Parameters<typeof buildTree>[0], term: string) => {
    const b = buildTree(specs);
    const reason = getBranchMap(b.document, b.catalog).conditional.find(
      (c) => c.nodeId === b.node(term),
    )?.neverOpens;
    return reason && inWords(reason, 'en');
  };

  it('a source that comes later, or is below the node', () => {
    expect(
      never([text('Först', { when: when({ operator: 'answered', source: 'sen' }) }), text('Sen')], 'Först'),
    ).toBe('the condition’s source does not come before the keyword');
  });

  it('a condition on the keyword itself', () => {
    expect(never([yesNo('Själv', { when: when(is('Ja', 'sjalv')) })], 'Själv')).toBe(
      'the condition’s source does not come before the keyword',
    );
  });

  it('under Alla one broken clause is enough; under Någon every clause must be broken', () => {
    const specs = (combine: typeof whenAll) => [
      text('Fri'),
      text('Beroende', {
        when: combine(
          { operator: 'greaterThan', value: 3, source: 'fri' },
          { operator: 'answered', source: 'fri' },
        ),
      }),
    ];
    expect(never(specs(whenAll), 'Beroende')).toBe('the condition does not fit the source’s type');
    const allBroken = [
      text('Fri'),
      text('Beroende', {
        when: whenAny(
          { operator: 'greaterThan', value: 3, source: 'fri' },
          { operator: 'answered', source: 'senare' },
        ),
      }),
      text('Senare'),
    ];
    expect(never(allBroken, 'Beroende')).toBe('the condition does not fit the source’s type');
  });

  it('a clause that does not fit its source’s type', () => {
    expect(
      never(
        [text('Fri'), text('Beroende', { when: when({ operator: 'greaterThan', value: 3, source: 'fri' }) })],
        'Beroende',
      ),
    ).toBe('the condition does not fit the source’s type');
  });

  it('under Någon only when every clause is broken', () => {
    const specs = [
      text('Fri'),
      text('Beroende', {
        when: whenAny(
          { operator: 'greaterThan', value: 3, source: 'fri' },
          { operator: 'answered', source: 'fri' },
        ),
      }),
    ];
    expect(never(specs, 'Beroende')).toBeUndefined();
  });

  it('a comparison outside Min–Max', () => {
    expect(
      never(
        [
          number('Tal', 'st', { min: 0, max: 5 }),
          text('Aldrig', { when: when(compare('greaterThan', 5, 'tal')) }),
        ],
        'Aldrig',
      ),
    ).toBe('the value is outside Min–Max');
  });
});
