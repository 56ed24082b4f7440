import { describe, expect, it } from 'vitest';
import { indexTree } from '../../../src/domain/index.ts';
import { describeScenarioDifference } from '../../../src/validation/index.ts';
import { buildTree, heading, text } from '../../helpers/build-tree.ts';
import { inBothLanguages } from '../../../src/i18n/in-words.ts';

const t = buildTree([
  heading(
    'Rubrik',
    ['A', 'B', 'C', 'D', 'E'].map((term) => text(term)),
  ),
]);
const index = indexTree(t.document.nodes);
const ids = (...terms: string[]) => terms.map((term) => t.node(term));
const words = (difference: Partial<Parameters<typeof describeScenarioDifference>[0]>) =>
  inBothLanguages(
    describeScenarioDifference(
      { shown: [], hidden: [], noteChanged: false, orphanAnswers: [], ...difference },
      index,
      t.catalog,
    ),
  );

describe('a Testfall’s difference in words', () => {
  it.each([
    [['A'], '"A"', '"A"'],
    [['A', 'B'], '"A" och "B"', '"A" and "B"'],
    [['A', 'B', 'C'], '"A", "B" och "C"', '"A", "B" and "C"'],
    [['A', 'B', 'C', 'D'], '"A", "B", "C" och 1 till', '"A", "B", "C" and 1 more'],
    [['A', 'B', 'C', 'D', 'E'], '"A", "B", "C" och 2 till', '"A", "B", "C" and 2 more'],
  ])('shown %j', (terms, sv, en) => {
    expect(words({ shown: ids(...terms) })).toEqual({ sv: `nu visas ${sv}`, en: `now shows ${en}` });
  });

  it('lists what no longer shows, what is gone, orphaned answers and a changed note, in that order', () => {
    expect(
      words({
        shown: ids('A'),
        hidden: [...ids('B'), 'borttagen-1', 'borttagen-2'],
        orphanAnswers: ['x', 'y'],
        noteChanged: true,
      }),
    ).toEqual({
      sv: 'nu visas "A"; visas inte längre "B"; 2 sökord som visades finns inte längre; 2 svar hör till sökord som inte finns längre; journaltexten har ändrats',
      en: 'now shows "A"; no longer shows "B"; 2 keywords that showed are gone; 2 answers belong to keywords that are gone; the note text has changed',
    });
  });

  it('says nothing when nothing differs', () => {
    expect(words({})).toEqual({ sv: '', en: '' });
  });
});
