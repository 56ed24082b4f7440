import { describe, expect, it } from 'vitest';
import type { Keyword, TreeDocument } from '../../../src/domain/index.ts';
import { compareDocuments, createCatalog } from '../../../src/domain/index.ts';
import { describeChanges } from '../../../src/i18n/version-words.ts';
import { STRINGS } from '../../../src/i18n/all-strings.ts';
import { buildTree, date, heading, is, single, text, when, yesNo } from '../../helpers/build-tree.ts';

const before = buildTree([
  heading('Bedömning', [
    yesNo('Smärta', { key: 'smarta' }, [
      single(
        'Lokalisation',
        [
          ['Huvud', 1],
          ['Buk', 2],
        ],
        { when: when(is('Ja')) },
      ),
    ]),
    text('Plan', { maxLength: 200 }),
    date('Uppföljning'),
  ]),
]);

/** The same tree with its keywords and nodes edited by `edit`. */
function changed(edit: (keywords: Map<string, Keyword>, document: TreeDocument) => void) {
  const keywords = new Map(before.keywords.map((k) => [k.id, structuredClone(k)]));
  const document = structuredClone(before.document);
  edit(keywords, document);
  const after = { document, catalog: createCatalog([...keywords.values()]) };
  const sides = { before: { document: before.document, catalog: before.catalog }, after };
  const diff = compareDocuments(sides.before, after);
  return { diff, lines: describeChanges(diff, sides, STRINGS.sv) };
}
const kw = (keywords: Map<string, Keyword>, term: string) => keywords.get(before.keyword(term).id)!;

describe('Jämför shows the change: old and new, per keyword, with its impact', () => {
  it('an added value by its label (compatible)', () => {
    const { diff, lines } = changed((k) =>
      kw(k, 'Lokalisation').options!.push({ id: 'rygg', label: 'Rygg' }),
    );
    expect(diff.impact).toBe('minor');
    expect(lines).toEqual([
      {
        text: 'Ändrat: Lokalisation (nya värden)',
        impact: 'minor',
        details: ['Nya värden: Rygg (bakåtkompatibel)'],
      },
    ]);
  });

  it('a removed value, a renamed value and a rescored value, each named', () => {
    const { lines } = changed((k) => {
      const options = kw(k, 'Lokalisation').options!;
      options[0]!.label = 'Huvud/hals';
      options[0]!.score = 3;
      options.splice(1, 1);
    });
    expect(lines[0]!.text).toBe('Större ändring: mallar som använder den måste ses över.');
    expect(lines[1]!.details).toEqual([
      'Borttagna värden: Buk (större ändring)',
      'Poäng för Huvud/hals: 1 → 3 (större ändring)',
      'Värdet "Huvud" heter nu "Huvud/hals" (bara text)',
    ]);
  });

  it('term, type, required, rules and codes, old → new', () => {
    const { lines } = changed((k, d) => {
      kw(k, 'Plan').term = 'Vårdplan';
      kw(k, 'Plan').minLength = 10;
      kw(k, 'Uppföljning').notInPast = true;
      kw(k, 'Uppföljning').codes = [{ system: 'KVÅ', code: 'AB123' }];
      const plan = (d.nodes[0] as { children: { required?: boolean }[] }).children[1]!;
      plan.required = true;
    });
    const byTerm = new Map(lines.map((l) => [l.text.split(' (')[0], l.details]));
    expect(byTerm.get('Ändrat: Vårdplan')).toEqual([
      'Term: "Plan" → "Vårdplan" (bara text)',
      'Svarsregler: högst 200 tecken → minst 10 tecken, högst 200 tecken (större ändring)',
      'Obligatoriskt nu (större ändring)',
    ]);
    expect(byTerm.get('Ändrat: Uppföljning')).toEqual([
      'Svarsregler: (inget) → får inte ha passerat (större ändring)',
      'Koder: (inget) → KVÅ AB123 (bakåtkompatibel)',
    ]);
  });

  it('a condition in words, before and after', () => {
    const { lines } = changed((_, d) => {
      const lokalisation = (d.nodes[0] as { children: { children: { showWhen?: unknown }[] }[] }).children[0]!
        .children[0]!;
      delete lokalisation.showWhen;
    });
    expect(lines[1]!.details).toEqual(['Villkor: visas när Smärta = Ja → visas alltid (större ändring)']);
  });

  it('a type change names both types', () => {
    const { lines } = changed((k) => {
      kw(k, 'Plan').type = 'date';
      delete kw(k, 'Plan').maxLength;
    });
    expect(lines[1]!.details[0]).toBe('Typ: Fritext → Datum (större ändring)');
  });

  it('nothing changed says so', () => {
    expect(changed(() => undefined).lines).toEqual([
      { text: 'Inga skillnader.', impact: undefined, details: [] },
    ]);
  });
});
