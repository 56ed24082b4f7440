import type { LibraryState, Scenario } from '../domain/index.ts';
import { changeDocument, refuse, type CommandContext, type CommandResult } from './command.ts';

/** What a Testfall stores of the preview: the answers and the outcome they gave. */
export type Captured = Pick<Scenario, 'answers' | 'expected'>;

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
