import { describe, expect, it } from 'vitest';
import { evaluateDocument, getNoteText } from '../../../src/domain/index.ts';
import {
  buildTree,
  check,
  compare,
  heading,
  number,
  text,
  when,
  yesNo,
  is,
} from '../../helpers/build-tree.ts';

describe('a folded keyword hides everything below it, with or without conditions of its own', () => {
  // Åtgärd (Ja-kryss) > Beskrivning (visas när Åtgärd) > Detalj (no condition) > Not (no condition)
  const t = buildTree([
    check('Åtgärd', {}, [
      {
        ...text('Beskrivning', { when: when({ operator: 'checked' }) }),
        children: [{ ...text('Detalj'), children: [text('Not')] }],
      },
    ]),
  ]);

  it('unticked: the conditional child and its unconditional descendants are all hidden', () => {
    const { visible } = evaluateDocument(t.document, t.catalog, t.answers([]));
    expect([...visible]).toEqual([t.node('Åtgärd')]);
  });

  it('their answers are kept aside, not written, while hidden; written again when shown', () => {
    const answers = t.answers([
      ['Detalj', 'vänster'],
      ['Not', 'se journal'],
    ]);
    expect(getNoteText(t.document, t.catalog, answers)).toBe('');
    const shown = new Map(answers).set(t.node('Åtgärd'), true);
    // Indented by level: Beskrivning (level 2) is unanswered, so Detalj stands at level 3.
    expect(getNoteText(t.document, t.catalog, shown)).toBe(
      'Åtgärd: Ja\n    Detalj: vänster\n      Not: se journal',
    );
  });

  it('ticked: all of them show', () => {
    const { visible } = evaluateDocument(t.document, t.catalog, t.answers([['Åtgärd', true]]));
    expect(visible.size).toBe(4);
  });
});

describe('a hidden source counts as unanswered', () => {
  const t = buildTree([
    yesNo('Rökare', {}, [{ ...number('Cigaretter per dag', 'st', { when: when(is('Ja')) }) }]),
    {
      ...heading('Råd', [text('Rökavvänjning')]),
      when: when(compare('greaterThan', 10, 'cigaretter-per-dag')),
    },
  ]);

  it('an answer left under a folded branch does not open what depends on it', () => {
    const open = t.answers([
      ['Rökare', 'Ja'],
      ['Cigaretter per dag', 20],
    ]);
    expect(evaluateDocument(t.document, t.catalog, open).visible.has(t.node('Råd'))).toBe(true);
    const folded = new Map(open).set(t.node('Rökare'), t.option('Rökare', 'Nej'));
    expect(evaluateDocument(t.document, t.catalog, folded).visible.has(t.node('Råd'))).toBe(false);
  });

  it('greaterThan is strict: 10 does not open it, 11 does', () => {
    const at = (n: number) =>
      evaluateDocument(
        t.document,
        t.catalog,
        t.answers([
          ['Rökare', 'Ja'],
          ['Cigaretter per dag', n],
        ]),
      ).visible.has(t.node('Råd'));
    expect([at(9), at(10), at(11)]).toEqual([false, false, true]);
  });
});
