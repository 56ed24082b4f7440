import { describe, expect, it } from 'vitest';
import { checkAnswers, isValidDate } from '../../../src/domain/index.ts';
import { answersByTerm, exampleCatalog, exampleDocument, nodeIdByTerm } from '../../helpers/examples.ts';

describe('checkAnswers (what a form says on signing)', () => {
  const ic = exampleDocument('exempel-imaginecare');
  const individual = [
    ['Egenmonitorering ImagineCare ordinerad', 'Ja'],
    ['Typ av egenmonitorering', 'Individanpassad'],
    ['Mätvärden', ['Blodtryck', 'Vikt']],
  ] as const;
  const id = (term: string) => nodeIdByTerm(ic, term);

  it('names required visible keywords left empty, in document order, and nothing folded', () => {
    const problems = checkAnswers(
      ic,
      exampleCatalog,
      answersByTerm(ic, [['Egenmonitorering ImagineCare ordinerad', 'Ja']]),
    );
    expect(problems.filter((p) => p.kind === 'required').map((p) => p.nodeId)).toEqual([
      id('Typ av egenmonitorering'),
      id('Startdatum'),
      id('Ansvarig mottagning/vårdteam'),
    ]);
    // Nej folds everything below: nothing is required any more.
    expect(
      checkAnswers(
        ic,
        exampleCatalog,
        answersByTerm(ic, [['Egenmonitorering ImagineCare ordinerad', 'Nej']]),
      ),
    ).toEqual([]);
  });

  it('flags numbers outside Min–Max and with too many decimals, at the limit they break', () => {
    const answers = answersByTerm(ic, [
      ...individual,
      ['Blodtryck – larmgräns systoliskt övre', 300],
      ['Blodtryck – larmgräns systoliskt nedre', 59],
      ['Vikt – larm vid viktökning', 2.25],
      ['Vikt – antal dagar för viktökningen', 30],
    ]);
    const problems = checkAnswers(ic, exampleCatalog, answers).filter((p) => p.kind !== 'required');
    expect(problems).toEqual([
      { nodeId: id('Blodtryck – larmgräns systoliskt övre'), kind: 'aboveMax', limit: 260 },
      { nodeId: id('Blodtryck – larmgräns systoliskt nedre'), kind: 'belowMin', limit: 60 },
      { nodeId: id('Vikt – larm vid viktökning'), kind: 'tooManyDecimals', limit: 1 },
    ]);
  });

  it('flags dates that do not exist or are not written YYYY-MM-DD', () => {
    const answers = answersByTerm(ic, [
      ['Egenmonitorering ImagineCare ordinerad', 'Ja'],
      ['Startdatum', '2026-02-30'],
      ['Planerad uppföljning', '2028-02-29'],
    ]);
    const problems = checkAnswers(ic, exampleCatalog, answers).filter((p) => p.kind === 'invalidDate');
    expect(problems).toEqual([{ nodeId: id('Startdatum'), kind: 'invalidDate' }]);
    expect(['2026-13-01', '2026-1-5', '20260105', '2027-02-29', ''].map(isValidDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['2024-02-29', '2026-12-31', '2026-01-01'].map(isValidDate)).toEqual([true, true, true]);
  });
});
