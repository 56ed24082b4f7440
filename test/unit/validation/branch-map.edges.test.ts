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
