import type { Catalog } from '../domain/model.ts';
import {
  compareScenario,
  isScenarioPassing,
  type ScenarioDifference,
  type TreeIndex,
} from '../domain/index.ts';
import { message, type Message } from '../domain/message.ts';
import { createDiagnostic, type Diagnostic } from './diagnostics.ts';
import { termOf, type RuleInput } from './rule-input.ts';

/** How a scenario's outcome changed: the terms now shown and no longer shown, and what is gone. */
export function describeScenarioDifference(
  difference: ScenarioDifference,
  assembled: TreeIndex,
  catalog: Catalog,
): Message<'SCENARIO_DIFFERENCE'> {
  const termsOf = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const node = assembled.places.get(id)?.node;
      return node ? [termOf(node, catalog)] : [];
    });
  const hidden = termsOf(difference.hidden);
  return message('SCENARIO_DIFFERENCE', {
    shown: termsOf(difference.shown),
    hidden,
    gone: difference.hidden.length - hidden.length,
    orphans: difference.orphanAnswers.length,
    noteChanged: difference.noteChanged ? 1 : 0,
  });
}

/** Re-runs every saved Testfall on the assembled document; one warning per scenario whose outcome changed. */
export function scenarioRules({ document, index: ownIndex, sources }: RuleInput): Diagnostic[] {
  // The assembled document the condition rules already built (RuleInput.sources).
  const out: Diagnostic[] = [];
  for (const scenario of document.scenarios ?? []) {
    const difference = compareScenario(sources.document, sources.catalog, scenario);
    if (isScenarioPassing(difference)) continue;
    const what = describeScenarioDifference(difference, sources.index, sources.catalog);
    const pointAt = [...difference.shown, ...difference.hidden].find((id) => ownIndex.places.has(id));
    out.push(
      createDiagnostic(
        'SCENARIO_CHANGED',
        { name: scenario.name, what },
        pointAt ? { documentId: document.id, nodeId: pointAt } : { documentId: document.id },
      ),
    );
  }
  return out;
}
