import type { ConflictFile } from '../../formats/library-merge.ts';
import type { MergeChoices } from '../../domain/merge.ts';

/** A file whose change collides with someone else's: its three sides and each conflict. */
export interface FolderConflictView {
  readonly path: string;
  readonly file: ConflictFile;
}

/** The folder library as the UI sees it (the app gives it; persistence/folder-saver.ts does it). */
export interface FolderSource {
  readonly getState: () => {
    readonly name: string;
    readonly changedOutside: readonly string[];
    readonly conflicts: readonly FolderConflictView[];
  };
  readonly subscribe: (listener: () => void) => () => void;
  /** "Ladda om från mappen": saves (merges) unsaved work first. */
  readonly reload: () => Promise<void>;
  /** "Behåll min / Behåll deras" per file and conflict. */
  readonly resolve: (choices: ReadonlyMap<string, MergeChoices>) => Promise<void>;
  /** "Stäng mappen": back to the browser's library. */
  readonly close: () => Promise<void>;
  /** "Flytta till webbläsaren": the browser's library becomes the folder's, then the folder closes. */
  readonly moveToBrowser: () => Promise<void>;
}

/** What choosing a folder found, and how to go on. */
export type FolderPick =
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'other'; readonly name: string }
  | { readonly kind: 'empty'; readonly name: string; readonly confirm: () => Promise<void> }
  | {
      readonly kind: 'library';
      readonly name: string;
      readonly documents: number;
      readonly errors: number;
      readonly confirm: () => Promise<void>;
    };

/** How the app opens folders: a picker, and a folder that needs the user's permission again. */
export interface FolderOpener {
  readonly pick: () => Promise<FolderPick>;
  /** Set when the chosen folder needs permission again after a reload (a real folder, not OPFS). */
  readonly needsPermission?: { readonly name: string; readonly allow: () => Promise<void> } | undefined;
}
