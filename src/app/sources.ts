import type { EditorStore } from '../state/editor-store.ts';
import type { StorageFacts } from '../features/library/storage-view.tsx';
import type { CreateChecker } from '../features/diagnostics/live-checks.ts';
import type { FolderOpener, FolderSource } from '../features/folder/folder-source.ts';
import type { DamagedRecords } from './damaged.ts';

/** What the shell reads from outside React: the store, the autosaver's status, this tab's part. */

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

/** What the app is given by main.tsx (or a test): the store and what lies outside React. */
export interface AppProps {
  readonly store: EditorStore;
  readonly saveStatus?: SaveStatusSource | undefined;
  /** Why the library could not be stored, when the browser's storage could not be opened. */
  readonly storageProblem?: string | undefined;
  /** The stored library was written by a newer version (its schema, and the one this app knows): read only. */
  readonly newerLibrary?: { readonly stored: number; readonly known: number } | undefined;
  /** Records in storage that do not pass the schema: named, downloadable, left untouched. */
  readonly damaged?: DamagedRecords | undefined;
  /** Unsaved changes a closed tab left that could not be replayed: set aside under `key`, and why. */
  readonly journalSetAside?: { readonly key: string; readonly reason: string } | undefined;
  /** Reads persistence and usage of the browser's storage (shown under Lagring). */
  readonly storageInfo?: (() => Promise<StorageFacts>) | undefined;
  /** This tab's part when several tabs show the library (see persistence/tab-lock.ts). */
  readonly tab?: TabSource | undefined;
  /** The library in a folder ("Öppna mapp"), when it is one. */
  readonly folder?: FolderSource | undefined;
  /** How "Öppna mapp" picks a folder (absent: the button is not offered). */
  readonly folderOpener?: FolderOpener | undefined;
  /** Where Kontroll runs: a worker unless given (tests in jsdom give the inline checker). */
  readonly createChecker?: CreateChecker | undefined;
}
