import type { Command } from '../commands/command.ts';

/** A line in the status area: what just happened, or why it could not, with a fix when there is one. */
export interface StatusMessage {
  readonly text: string;
  readonly tone: 'info' | 'error';
  readonly fix?: { readonly label: string; readonly command: Command };
}

/** The app's status line: one message at a time, set by whatever the user just did. */
export interface StatusStore {
  readonly get: () => StatusMessage | undefined;
  readonly set: (message: StatusMessage | undefined) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

/** A status line with no message yet. */
export function createStatusStore(): StatusStore {
  let message: StatusMessage | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => message,
    set: (next) => {
      message = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
