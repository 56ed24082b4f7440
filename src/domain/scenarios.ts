import type { AnswerValue, Answers, Catalog, Scenario, ScenarioOutcome, TreeDocument } from './model.ts';
import { evaluateDocument } from './evaluate.ts';
import { getNoteText } from './note.ts';
import { indexTree } from './tree.ts';

/** How a scenario's outcome differs now from when it was saved. */
export interface ScenarioDifference {
  /** Nodes that show now but did not (document order). */
  readonly shown: readonly string[];
  /** Nodes that showed then but do not now. */
  readonly hidden: readonly string[];
  readonly noteChanged: boolean;
  /** Answers whose node is no longer in the document. */
  readonly orphanAnswers: readonly string[];
}

/** The answers of a scenario, as the preview holds them. */
export function getScenarioAnswers(scenario: Scenario): Answers {
  return new Map<string, AnswerValue>(scenario.answers.map((a) => [a.nodeId, a.value]));
}

/** What answers give in an (assembled) document: the visible nodes in document order, and the note. */
export function getOutcome(document: TreeDocument, catalog: Catalog, answers: Answers): ScenarioOutcome {
  const { visible } = evaluateDocument(document, catalog, answers);
  const ordered = indexTree(document.nodes).ordered;
  return {
    visible: ordered.filter((place) => visible.has(place.node.id)).map((place) => place.node.id),
    note: getNoteText(document, catalog, answers),
  };
}

/**
 * What a new Testfall stores: the preview's current answers and the outcome they give now. Only
 * answers of nodes in the document are kept, in document order, so the stored scenario is stable.
 */
export function captureScenario(
  document: TreeDocument,
  catalog: Catalog,
  answers: Answers,
): Pick<Scenario, 'answers' | 'expected'> {
  const kept = indexTree(document.nodes).ordered.flatMap((place) => {
    const value = answers.get(place.node.id);
    return value === undefined ? [] : [{ nodeId: place.node.id, value }];
  });
  return {
    answers: kept as Scenario['answers'],
    expected: getOutcome(document, catalog, new Map(kept.map((a) => [a.nodeId, a.value]))),
  };
}

/** Re-runs a scenario on the (assembled) document and compares with what it gave when saved. */
export function compareScenario(
  document: TreeDocument,
  catalog: Catalog,
  scenario: Scenario,
): ScenarioDifference {
  const answers = getScenarioAnswers(scenario);
  const now = getOutcome(document, catalog, answers);
  const before = new Set(scenario.expected.visible);
  const after = new Set(now.visible);
  const places = indexTree(document.nodes).places;
  return {
    shown: now.visible.filter((id) => !before.has(id)),
    hidden: scenario.expected.visible.filter((id) => !after.has(id)),
    noteChanged: now.note !== scenario.expected.note,
    orphanAnswers: scenario.answers.map((a) => a.nodeId).filter((id) => !places.has(id)),
  };
}

/** True when the scenario gives exactly what it gave when saved. */
export function isScenarioPassing(difference: ScenarioDifference): boolean {
  return (
    difference.shown.length === 0 &&
    difference.hidden.length === 0 &&
    !difference.noteChanged &&
    difference.orphanAnswers.length === 0
  );
}
