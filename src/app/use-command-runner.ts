import { useCallback } from 'react';
import type { Command, CommandResult } from '../commands/command.ts';
import { describeRefusal } from '../i18n/describe-refusal.ts';
import { say } from '../i18n/languages.ts';
import type { EditorStore } from '../state/editor-store.ts';
import type { Run } from '../state/run-context.ts';
import type { StatusMessage, StatusStore } from '../state/status-store.ts';

/**
 * The app's one way to run a command: the store applies it (or refuses), and the status line says
 * what happened, naming the keywords of a refusal and offering `fix` where the user may override.
 */
export function useCommandRunner(store: EditorStore, status: StatusStore): Run {
  return useCallback(
    (command: Command, fix?: StatusMessage['fix']): CommandResult => {
      const result = store.run(command);
      if (result.ok) status.set({ text: say((t) => t.done[result.change.name]), tone: 'info' });
      else {
        const current = store.getSnapshot();
        const text = say((t) =>
          describeRefusal(
            result,
            current.library.documents.get(current.openDocumentId ?? ''),
            current.library,
            t,
          ),
        );
        const fixable = result.refusal === 'hasDependents' || result.refusal === 'breaksCondition';
        status.set(fix && fixable ? { text, tone: 'error', fix } : { text, tone: 'error' });
      }
      return result;
    },
    [store, status],
  );
}
