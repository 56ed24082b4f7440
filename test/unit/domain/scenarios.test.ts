import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import type { Scenario, TreeDocument } from '../../../src/domain/model.ts';
import {
  assembleDocument,
  captureScenario,
  compareScenario,
  findNode,
  getNoteText,
  isScenarioPassing,
  removeNode,
} from '../../../src/domain/index.ts';
import { collectFragments, resolveIn } from '../../../src/domain/index.ts';
import { checkDocument } from '../../../src/validation/index.ts';
import {
  answersByTerm,
  exampleCatalog,
  exampleDocument,
  exampleLibrary,
  nodeIdByTerm,
} from '../../helpers/examples.ts';
import { inWords } from '../../../src/i18n/in-words.ts';

const ROOT = 'Begränsande eller tillgängliggörande åtgärder 1177';

function scenarioOn(
  document: TreeDocument,
  pairs: Parameters<typeof answersByTerm>[1],
  name = 'Begränsning',
): Scenario {
  return {
    id: 'testfall-1',
    name,
    savedAt: '2026-11-25T10:00:00Z',
    ...captureScenario(document, exampleCatalog, answersByTerm(document, pairs)),
  };
}

describe('Testfall (scenarios)', () => {
  const fragment = exampleDocument('exempel-1177-fragment');
  const restriction = [
    [ROOT, 'Ja'],
    ['Åtgärd', 'Begränsning'],
    ['Typ av begränsning', ['Försegling av 1177 journal – viss tidsperiod']],
  ] as const;

  it('stores the answers in document order with the visible nodes and the note they give', () => {
    const scenario = scenarioOn(fragment, restriction);
    expect(scenario.answers.map((a) => a.nodeId)).toEqual(
      [ROOT, 'Åtgärd', 'Typ av begränsning'].map((t) => nodeIdByTerm(fragment, t)),
    );
    expect(scenario.expected.visible).toContain(nodeIdByTerm(fragment, 'Period från'));
    expect(scenario.expected.visible).not.toContain(nodeIdByTerm(fragment, 'Vårdenhet som förseglas'));
    expect(scenario.expected.note).toBe(
      getNoteText(fragment, exampleCatalog, answersByTerm(fragment, restriction)),
    );
    expect(isScenarioPassing(compareScenario(fragment, exampleCatalog, scenario))).toBe(true);
  });

  it('fails, naming what changed, when an edit hides a keyword it showed', () => {
    const scenario = scenarioOn(fragment, restriction);
    const periodFrom = nodeIdByTerm(fragment, 'Period från');
    // Make "Period från" depend on another value: it no longer shows for this scenario.
    const edited = produce(fragment, (draft) => {
      findNode(draft.nodes, periodFrom)!.showWhen!.clauses[0].value =
        'forsegling-av-1177-journal-hela-journalen';
    });
    const difference = compareScenario(edited, exampleCatalog, scenario);
    expect(difference).toEqual({ shown: [], hidden: [periodFrom], noteChanged: false, orphanAnswers: [] });
    expect(isScenarioPassing(difference)).toBe(false);
  });

  it('fails when a keyword it answered is removed, and the note changes', () => {
    const scenario = scenarioOn(fragment, restriction);
    const typeId = nodeIdByTerm(fragment, 'Typ av begränsning');
    const outcome = removeNode(fragment, typeId);
    if (!outcome.ok) throw new Error(outcome.refusal);
    const edited = produce(fragment, outcome.recipe);
    const difference = compareScenario(edited, exampleCatalog, scenario);
    expect(difference.orphanAnswers).toEqual([typeId]);
    expect(difference.noteChanged).toBe(true);
    expect(difference.hidden[0]).toBe(typeId);
  });

  it('is re-run by the checks on the assembled template: a changed outcome is a SCENARIO_CHANGED warning', () => {
    const library = exampleLibrary();
    const template = library.documents.find((d) => d.id === 'exempel-mottagningsbesok-1177')!;
    const fragments = collectFragments(library);
    const check = (document: TreeDocument) =>
      checkDocument(document, { catalog: exampleCatalog, fragments }).filter(
        (d) => d.code === 'SCENARIO_CHANGED',
      );
    const { document: assembled } = assembleDocument(template, exampleCatalog, resolveIn(fragments));
    const answers = answersByTerm(assembled, [[ROOT, 'Ja']]);
    const scenario: Scenario = {
      id: 'tf',
      name: 'Åtgärd vid besök',
      savedAt: '2026-11-25T10:00:00Z',
      ...captureScenario(assembled, exampleCatalog, answers),
    };
    // The answer is keyed by the include's prefixed id: the fragment's root inside the template.
    expect(scenario.answers[0]!.nodeId).toBe(`mall1177-inkludera-fragment.${nodeIdByTerm(fragment, ROOT)}`);
    expect(check({ ...template, scenarios: [scenario] })).toEqual([]);

    const stale: Scenario = { ...scenario, expected: { visible: [], note: '' } };
    const [diagnostic, ...rest] = check({ ...template, scenarios: [stale] });
    expect(rest).toEqual([]);
    expect(diagnostic?.severity).toBe('warning');
    expect(inWords(diagnostic!, 'sv')).toMatch(
      /^Testfallet "Åtgärd vid besök" ger inte längre samma utfall: nu visas "Utförda åtgärder", "Begränsande eller tillgängliggörande åtgärder 1177", "Åtgärd" och \d+ till; journaltexten har ändrats\. Uppdatera testfallet om ändringen är avsedd\.$/,
    );
  });
});
