import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Command, CommandResult } from '../commands/command.ts';
import type { StatusMessage, StatusStore } from './status-store.ts';

/**
 * Runs a command on the library and reports it in the status line; `fix` is offered when the
 * command is refused for a reason the user can choose to override (remove anyway, fix dependents).
 */
export type Run = (command: Command, fix?: StatusMessage['fix']) => CommandResult;

export const RunContext = createContext<Run | undefined>(undefined);
export const StatusContext = createContext<StatusStore | undefined>(undefined);

/** The app's way to run a command: the one path by which panels change the library. */
export function useRun(): Run {
  const run = useContext(RunContext);
  if (!run) throw new Error('useRun outside RunContext');
  return run;
}

/** The status line, to report what is not a command's outcome (copied, nothing to paste). */
export function useStatusStore(): StatusStore {
  const status = useContext(StatusContext);
  if (!status) throw new Error('useStatusStore outside StatusContext');
  return status;
}

/** The status line's current message. */
export function useStatus(): StatusMessage | undefined {
  const status = useStatusStore();
  return useSyncExternalStore(status.subscribe, status.get);
}
