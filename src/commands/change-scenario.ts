import type { Draft } from 'immer';
import type { LibraryState, TreeDocument } from '../domain/index.ts';
import { changeDocument, refuse, type CommandContext, type CommandResult } from './command.ts';
import type { Captured } from './save-scenario.ts';

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
