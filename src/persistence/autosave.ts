import type { LibraryState } from '../domain/library.ts';
import type { LibraryDatabase } from './database.ts';
import { findChanges, hasChanges, saveChanges, StaleRevisionError } from './library-repository.ts';
import { clearJournal, writeJournal } from './unsaved-journal.ts';
import { isQuotaError } from './storage-info.ts';
import { compactDocument, COMPACT_AFTER_EDITS, countEdits } from './document-store.ts';

/** What the user sees of saving: Sparat, Sparar…, or Kunde inte spara with the reason. */
export type SaveStatus =
  | { readonly state: 'saved' }
  | { readonly state: 'pending' }
  | { readonly state: 'saving' }
  | {
      readonly state: 'failed';
      readonly reason: string;
      readonly full?: boolean;
      /** Another tab saved the document after this one read it. */
      readonly stale?: boolean;
      /** Someone else changed the same files: the user chooses (folder library). */
      readonly conflict?: boolean;
    };

/** Wait this long after the last change before saving (a typing burst is one save). */
export const SAVE_DELAY_MS = 500;
/** After a failed save, try again after this long, keeping everything in memory meanwhile. */
export const RETRY_DELAY_MS = 3000;

interface Source {
  getSnapshot(): { readonly library: LibraryState };
  subscribe(listener: () => void): () => void;
}

/** Folds a document's appended edits into its record (the app does it in a worker: compactor.ts). */
export type Compact = (documentId: string) => Promise<void>;

/**
 * Saves the library as it changes: debounced, only the changed records, in one transaction, and
 * at once when the page is hidden or closed. A changed document is stored as what changed since
 * its last save (document-store.ts); after COMPACT_AFTER_EDITS of those, its edits are folded into
 * its record by `compact`. A failed save keeps the work in memory, says why, and is tried again;
 * nothing is lost.
 */
export class Autosaver {
  private saved: LibraryState;
  private revisions: Map<string, number>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private status: SaveStatus = { state: 'saved' };
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly db: LibraryDatabase,
    private readonly source: Source,
    revisions: ReadonlyMap<string, number>,
    private readonly compact: Compact = (documentId) => compactDocument(db, documentId),
  ) {
    this.saved = source.getSnapshot().library;
    this.revisions = new Map(revisions);
    this.unsubscribe = source.subscribe(() => {
      if (source.getSnapshot().library === this.saved) return;
      this.setStatus({ state: 'pending' });
      this.schedule(SAVE_DELAY_MS);
    });
  }

  readonly getStatus = (): SaveStatus => this.status;

  /** Called after every successful save (another tab is told). */
  onSaved: (() => void) | undefined;

  /** Takes a library loaded from storage (another tab saved it) as the saved state. */
  rebase(library: LibraryState, revisions: ReadonlyMap<string, number>) {
    this.saved = library;
    this.revisions = new Map(revisions);
    this.setStatus({ state: 'saved' });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private setStatus(status: SaveStatus) {
    this.status = status;
    for (const listener of this.listeners) listener();
  }

  private schedule(delay: number) {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  /** Saves now whatever has changed since the last save; resolves when it is stored (or failed). */
  async flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    // One save at a time; a change during a save is picked up by the next one.
    while (this.running) await this.running;
    const library = this.source.getSnapshot().library;
    const changes = findChanges(this.saved, library);
    if (!hasChanges(changes)) {
      this.setStatus({ state: 'saved' });
      return;
    }
    this.setStatus({ state: 'saving' });
    this.running = (async () => {
      try {
        const saved = this.saved;
        this.revisions = await saveChanges(this.db, changes, this.revisions, saved);
        this.saved = library;
        this.onSaved?.();
        void this.compactLongLogs(
          changes.documents.map((document) => document.id),
          (id) => !saved.documents.has(id),
        );
        this.setStatus(
          this.source.getSnapshot().library === library ? { state: 'saved' } : { state: 'pending' },
        );
      } catch (error) {
        // Dexie appends the inner error to the message; the first line says it.
        const reason =
          error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
        this.setStatus(
          isQuotaError(error)
            ? { state: 'failed', reason, full: true }
            : error instanceof StaleRevisionError
              ? { state: 'failed', reason, stale: true }
              : { state: 'failed', reason },
        );
        this.schedule(RETRY_DELAY_MS);
      }
    })();
    await this.running;
    this.running = undefined;
    if (this.source.getSnapshot().library !== this.saved && this.status.state === 'pending')
      this.schedule(SAVE_DELAY_MS);
  }

  private readonly compacting = new Set<string>();

  /**
   * Folds the edits of the documents just saved into their records once they are many, and at
   * once for a new document that was written in parts.
   */
  private async compactLongLogs(documentIds: readonly string[], isNew: (id: string) => boolean) {
    for (const id of documentIds) {
      if (this.compacting.has(id)) continue;
      this.compacting.add(id);
      try {
        const edits = await countEdits(this.db, id);
        if (edits >= COMPACT_AFTER_EDITS || (isNew(id) && edits > 0)) await this.compact(id);
      } catch {
        // Not folded now: the edits stay and are read as they are; the next save tries again.
      } finally {
        this.compacting.delete(id);
      }
    }
  }

  /**
   * Saves at once when the page is hidden or closed (the last chance before a tab goes away): the
   * unsaved records go to a synchronous journal first (see unsaved-journal.ts), then to IndexedDB.
   */
  watchPage(page: Window) {
    const saveNow = () => {
      const changes = findChanges(this.saved, this.source.getSnapshot().library);
      if (hasChanges(changes)) writeJournal(page.localStorage, changes, this.revisions);
      void this.flush().then(() => {
        if (this.status.state === 'saved') clearJournal(page.localStorage);
      });
    };
    const onVisibility = () => {
      if (page.document.visibilityState === 'hidden') saveNow();
    };
    const onPageHide = saveNow;
    page.document.addEventListener('visibilitychange', onVisibility);
    page.addEventListener('pagehide', onPageHide);
    return () => {
      page.document.removeEventListener('visibilitychange', onVisibility);
      page.removeEventListener('pagehide', onPageHide);
    };
  }

  stop() {
    this.unsubscribe();
    if (this.timer !== undefined) clearTimeout(this.timer);
  }
}
