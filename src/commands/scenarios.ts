import type { Draft } from 'immer';
import type { LibraryState, Scenario, TreeDocument } from '../domain/index.ts';
import { changeDocument, refuse, type CommandContext, type CommandResult } from './command.ts';

type Captured = Pick<Scenario, 'answers' | 'expected'>;

/** "Spara testfall": stores the preview's answers and the outcome they give as a named Testfall. */
export function saveScenario(
  state: LibraryState,
  args: { documentId: string; name: string; captured: Captured },
  context: CommandContext,
): CommandResult {
  return changeDocument(state, args.documentId, 'saveScenario', context, (_, now) => {
    const name = args.name.trim();
    if (name === '') return refuse('emptyTerm');
    const scenario: Scenario = {
      id: context.createId('testfall'),
      name: name.slice(0, 500),
      ...args.captured,
      savedAt: now,
    };
    return {
      edit: (target) => {
        target.scenarios = [...(target.scenarios ?? []), scenario];
      },
    };
  });
}

/** One change to one Testfall of a document, or the refusal when either is gone. */
function changeScenario(
  state: LibraryState,
  args: { documentId: string; scenarioId: string },
  name: 'updateScenario' | 'removeScenario',
  context: CommandContext,
  edit: (document: Draft<TreeDocument>, now: string) => void,
): CommandResult {
  return changeDocument(state, args.documentId, name, context, (document, now) =>
    document.scenarios?.some((s) => s.id === args.scenarioId)
      ? { edit: (target) => edit(target, now) }
      : refuse('nothingToDo'),
  );
}

/** "Uppdatera": the Testfall accepts the outcome its answers give now (after an intended change). */
export function updateScenario(
  state: LibraryState,
  args: { documentId: string; scenarioId: string; captured: Captured },
  context: CommandContext,
): CommandResult {
  return changeScenario(state, args, 'updateScenario', context, (document, now) => {
    const scenario = document.scenarios?.find((s) => s.id === args.scenarioId);
    if (scenario) Object.assign(scenario, args.captured, { savedAt: now });
  });
}

/** Removes a Testfall; undo brings it back. */
export function removeScenario(
  state: LibraryState,
  args: { documentId: string; scenarioId: string },
  context: CommandContext,
): CommandResult {
  return changeScenario(state, args, 'removeScenario', context, (document) => {
    const rest = (document.scenarios ?? []).filter((s) => s.id !== args.scenarioId);
    if (rest.length > 0) document.scenarios = rest;
    else delete document.scenarios;
  });
}
