/** What the shell reads from outside React: the autosaver's status and this tab's part. */

/** Where the app reads the save status from (the autosaver), when the library is stored. */
export interface SaveStatusSource {
  readonly getStatus: () =>
    | { readonly state: 'saved' | 'pending' | 'saving' }
    | {
        readonly state: 'failed';
        readonly reason: string;
        readonly full?: boolean;
        readonly stale?: boolean;
        readonly conflict?: boolean;
      };
  readonly subscribe: (listener: () => void) => () => void;
}

/** Whether this tab edits or reads, and how it takes over editing. */
export interface TabSource {
  readonly getRole: () => 'editor' | 'reader' | 'displaced';
  readonly subscribe: (listener: () => void) => () => void;
  readonly takeOver: () => Promise<void>;
}

/** A tab that is the only one: it edits. */
export const ONLY_TAB: TabSource = {
  getRole: () => 'editor',
  subscribe: () => () => undefined,
  takeOver: () => Promise.resolve(),
};
