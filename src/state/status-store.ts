import type { Command } from '../commands/command.ts';

/**
 * Words in the language shown when they are read: a message set before a switch to English is
 * shown in English after it (i18n/languages.ts `say` makes one from the strings).
 */
export type StatusText = string | ((language: 'sv' | 'en') => string);

/** A line in the status area: what just happened, or why it could not, with a fix when there is one. */
export interface StatusMessage {
  readonly text: StatusText;
  readonly tone: 'info' | 'error';
  readonly fix?: { readonly label: StatusText; readonly command: Command };
}

/** A status text in words, in one language. */
export const inLanguage = (text: StatusText, language: 'sv' | 'en') =>
  typeof text === 'string' ? text : text(language);

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
