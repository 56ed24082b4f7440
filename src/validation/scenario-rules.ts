import type { Catalog } from '../domain/model.ts';
import {
  assembleDocument,
  compareScenario,
  indexTree,
  isScenarioPassing,
  type ScenarioDifference,
  type TreeIndex,
} from '../domain/index.ts';
import { createDiagnostic, type Diagnostic } from './diagnostics.ts';
import { termOf, type RuleInput } from './rule-input.ts';

/** A few terms in words: "A", "A, B och C", "A, B, C och 2 till". */
function listTerms(terms: readonly string[], language: 'sv' | 'en'): string {
  const and = language === 'sv' ? 'och' : 'and';
  const shown = terms.slice(0, 3).map((term) => `"${term}"`);
  if (terms.length > 3)
    return `${shown.join(', ')} ${and} ${terms.length - 3} ${language === 'sv' ? 'till' : 'more'}`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${and} ${shown.at(-1)!}`;
}

/** A scenario's difference in words, Swedish and English ("nu visas "A"; journaltexten har ändrats"). */
export function describeScenarioDifference(
  difference: ScenarioDifference,
  assembled: TreeIndex,
  catalog: Catalog,
): { sv: string; en: string } {
  const termsOf = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const node = assembled.places.get(id)?.node;
      return node ? [termOf(node, catalog)] : [];
    });
  const shown = termsOf(difference.shown);
  const hidden = termsOf(difference.hidden);
  const gone = difference.hidden.length - hidden.length;
  const orphans = difference.orphanAnswers.length;
  const words = (language: 'sv' | 'en') => {
    const sv = language === 'sv';
    const parts: string[] = [];
    if (shown.length > 0) parts.push(`${sv ? 'nu visas' : 'now shows'} ${listTerms(shown, language)}`);
    if (hidden.length > 0)
      parts.push(`${sv ? 'visas inte längre' : 'no longer shows'} ${listTerms(hidden, language)}`);
    if (gone > 0)
      parts.push(
        sv ? `${gone} sökord som visades finns inte längre` : `${gone} keywords that showed are gone`,
      );
    if (orphans > 0)
      parts.push(
        sv
          ? `${orphans} svar hör till sökord som inte finns längre`
          : `${orphans} answers belong to keywords that are gone`,
      );
    if (difference.noteChanged) parts.push(sv ? 'journaltexten har ändrats' : 'the note text has changed');
    return parts.join('; ');
  };
  return { sv: words('sv'), en: words('en') };
}

/** Re-runs every saved Testfall on the assembled document; one warning per scenario whose outcome changed. */
export function scenarioRules({ document, index: ownIndex, context }: RuleInput): Diagnostic[] {
  const { catalog, fragments } = context;
  const assembled = assembleDocument(document, (ref) => fragments?.get(ref.fragmentId)?.get(ref.version));
  const assembledIndex = indexTree(assembled.nodes);
  const out: Diagnostic[] = [];
  for (const scenario of document.scenarios ?? []) {
    const difference = compareScenario(assembled, catalog, scenario);
    if (isScenarioPassing(difference)) continue;
    const what = describeScenarioDifference(difference, assembledIndex, catalog);
    const pointAt = [...difference.shown, ...difference.hidden].find((id) => ownIndex.places.has(id));
    out.push(
      createDiagnostic(
        'SCENARIO_CHANGED',
        { name: scenario.name, what_sv: what.sv, what_en: what.en },
        pointAt ? { documentId: document.id, nodeId: pointAt } : { documentId: document.id },
      ),
    );
  }
  return out;
}
