import type { Draft } from 'immer';
import type { LibraryState, Scenario, TreeDocument } from '../domain/index.ts';
import { refuse, type CommandContext, type CommandResult } from './command.ts';

type Captured = Pick<Scenario, 'answers' | 'expected'>;

/** "Spara testfall": stores the preview's answers and the outcome they give as a named Testfall. */
export function saveScenario(
  state: LibraryState,
  args: { documentId: string; name: string; captured: Captured },
  context: CommandContext,
): CommandResult {
  const document = state.documents.get(args.documentId);
  if (!document) return refuse('documentNotFound');
  const name = args.name.trim();
  if (name === '') return refuse('emptyTerm');
  const now = context.now();
  const scenario: Scenario = {
    id: context.createId('testfall'),
    name: name.slice(0, 500),
    ...args.captured,
    savedAt: now,
  };
  return {
    ok: true,
    change: {
      name: 'saveScenario',
      documentId: document.id,
      recipe: (draft) => {
        const target = draft.documents.get(document.id);
        if (!target) return;
        target.scenarios = [...(target.scenarios ?? []), scenario];
        target.updatedAt = now;
      },
    },
  };
}

/** One change to one Testfall of a document, or the refusal when either is gone. */
function changeScenario(
  state: LibraryState,
  args: { documentId: string; scenarioId: string },
  name: 'updateScenario' | 'removeScenario',
  now: string,
  edit: (document: Draft<TreeDocument>) => void,
): CommandResult {
  const document = state.documents.get(args.documentId);
  if (!document) return refuse('documentNotFound');
  if (!document.scenarios?.some((s) => s.id === args.scenarioId)) return refuse('nothingToDo');
  return {
    ok: true,
    change: {
      name,
      documentId: document.id,
      recipe: (draft) => {
        const target = draft.documents.get(document.id);
        if (!target) return;
        edit(target);
        target.updatedAt = now;
      },
    },
  };
}

/** "Uppdatera": the Testfall accepts the outcome its answers give now (after an intended change). */
export function updateScenario(
  state: LibraryState,
  args: { documentId: string; scenarioId: string; captured: Captured },
  context: CommandContext,
): CommandResult {
  const now = context.now();
  return changeScenario(state, args, 'updateScenario', now, (document) => {
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
  return changeScenario(state, args, 'removeScenario', context.now(), (document) => {
    const rest = (document.scenarios ?? []).filter((s) => s.id !== args.scenarioId);
    if (rest.length > 0) document.scenarios = rest;
    else delete document.scenarios;
  });
}
