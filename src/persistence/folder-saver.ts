import { createLibraryState, type LibraryState } from '../domain/library.ts';
import type { MergeChoices } from '../domain/merge.ts';
import { toFolderFiles, stableJson, type FolderFile } from '../formats/library-folder.ts';
import {
  isConflictFile,
  mergeFileTexts,
  resolveConflictFile,
  type ConflictFile,
} from '../formats/library-merge.ts';
import { parseJsonSafely } from '../formats/parse-json.ts';
import { checkFolder, type FolderFileReport } from '../validation/check-folder.ts';
import { findChanges, hasChanges } from './library-repository.ts';
import type { SaveStatus } from './autosave.ts';
import { SAVE_DELAY_MS, RETRY_DELAY_MS } from './autosave.ts';
import type { FolderStore } from './folder-store.ts';
import { filesForChanges, removalConflict } from './folder-changes.ts';

/** How often the folder is looked at for changes made outside the app. */
export const POLL_MS = 2000;

/** A file where this app's change and someone else's collide: the three sides and each conflict. */
export interface FolderConflict {
  readonly path: string;
  readonly file: ConflictFile;
}

/** What the folder library shows beyond the save status. */
export interface FolderState {
  readonly name: string;
  /** Files changed outside the app since it read them (offered for reload). */
  readonly changedOutside: readonly string[];
  /** Collisions waiting for "Behåll min / Behåll deras". */
  readonly conflicts: readonly FolderConflict[];
}

interface Source {
  getSnapshot(): { readonly library: LibraryState };
  subscribe(listener: () => void): () => void;
  replaceLibrary(library: LibraryState): void;
}

/** The library a folder holds, with what could not be read and merge conflicts left in it. */
export interface FolderRead {
  readonly library: LibraryState;
  readonly reports: readonly FolderFileReport[];
  readonly conflicts: readonly FolderConflict[];
}

/** Reads and checks the whole folder; undefined when it is not a library folder. */
export async function readLibraryFolder(folder: FolderStore): Promise<FolderRead | undefined> {
  const files = await folder.readAll();
  const result = checkFolder(files);
  if (!result.ok) return undefined;
  const conflicts: FolderConflict[] = [];
  for (const file of files) {
    const parsed = parseJsonSafely(file.text);
    if (parsed.ok && isConflictFile(parsed.value)) conflicts.push({ path: file.path, file: parsed.value });
  }
  return { library: createLibraryState(result.library), reports: result.files, conflicts };
}

/** Writes a whole library into an empty folder (moving the library there); false if it changed meanwhile. */
export async function writeWholeLibrary(
  folder: FolderStore,
  library: LibraryState,
  now: string,
): Promise<boolean> {
  const files = toFolderFiles({
    keywords: [...library.keywords.values()],
    documents: [...library.documents.values()],
    versions: [...library.versions.values()],
    trash: [...library.trash.values()],
    exportedAt: now,
  });
  return (await folder.write(files)).ok;
}

/**
 * Saves the library into its folder as it changes (debounced, only the files that changed), never
 * over someone else's work: a file changed on disk since it was read is merged three ways with
 * this app's change (base = what was read); a clean merge is written and shown, a real conflict
 * waits for the user's choice and nothing is written. The folder is looked at every two seconds,
 * and files changed outside are offered for reload. The library in memory is never lost: a save
 * that cannot be written is tried again, and the status says why.
 */
export class FolderSaver {
  private saved: LibraryState;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private poller: ReturnType<typeof setInterval> | undefined;
  private running: Promise<void> | undefined;
  private status: SaveStatus = { state: 'saved' };
  private state: FolderState;
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly folder: FolderStore,
    private readonly source: Source,
    conflicts: readonly FolderConflict[] = [],
  ) {
    this.saved = source.getSnapshot().library;
    this.state = { name: folder.name, changedOutside: [], conflicts };
    if (conflicts.length > 0) this.status = { state: 'failed', reason: 'conflict', conflict: true };
    this.unsubscribe = source.subscribe(() => {
      if (source.getSnapshot().library === this.saved) return;
      if (this.state.conflicts.length === 0) this.setStatus({ state: 'pending' });
      this.schedule(SAVE_DELAY_MS);
    });
  }

  readonly getStatus = (): SaveStatus => this.status;
  readonly getState = (): FolderState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private notify() {
    for (const listener of this.listeners) listener();
  }

  private setStatus(status: SaveStatus) {
    this.status = status;
    this.notify();
  }

  private setState(state: Partial<FolderState>) {
    this.state = { ...this.state, ...state };
    this.notify();
  }

  private schedule(delay: number) {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  /** Looks at the folder every two seconds for changes made outside the app. */
  watch(): () => void {
    this.poller = setInterval(() => void this.checkOutside(), POLL_MS);
    return () => clearInterval(this.poller);
  }

  async checkOutside(): Promise<void> {
    if (this.running) return;
    const changed = await this.folder.changedOnDisk();
    if (changed.join('\n') !== this.state.changedOutside.join('\n'))
      this.setState({ changedOutside: changed });
  }

  /** Saves now whatever changed since the last save; resolves when written (or why not is known). */
  async flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    while (this.running) await this.running;
    if (this.state.conflicts.length > 0) return; // the user chooses first
    const library = this.source.getSnapshot().library;
    const changes = findChanges(this.saved, library);
    if (!hasChanges(changes)) {
      if (this.status.state !== 'saved') this.setStatus({ state: 'saved' });
      return;
    }
    this.setStatus({ state: 'saving' });
    this.running = this.save(filesForChanges(changes, this.saved, library), library);
    await this.running;
    this.running = undefined;
  }

  private async save(files: readonly FolderFile[], library: LibraryState): Promise<void> {
    try {
      const first = await this.folder.write(files);
      if (first.ok) {
        this.saved = library;
        this.setState({
          changedOutside: this.state.changedOutside.filter((p) => !files.some((f) => f.path === p)),
        });
        this.setStatus(
          this.source.getSnapshot().library === library ? { state: 'saved' } : { state: 'pending' },
        );
        if (this.source.getSnapshot().library !== library) this.schedule(SAVE_DELAY_MS);
        return;
      }
      // Someone else changed some of these files: merge each with this app's change.
      const merged = new Map(files.map((f) => [f.path, f.text]));
      const accepted = new Map<string, string>();
      const conflicts: FolderConflict[] = [];
      for (const collision of first.collisions) {
        const result =
          collision.mine === '' || collision.theirs === ''
            ? undefined
            : mergeFileTexts(collision.base, collision.mine, collision.theirs);
        if (result?.ok && result.conflicts.length === 0) {
          merged.set(collision.path, result.text);
          accepted.set(collision.path, collision.theirs);
        } else if (result?.ok) {
          conflicts.push({ path: collision.path, file: JSON.parse(result.text) as ConflictFile });
        } else conflicts.push({ path: collision.path, file: removalConflict(collision) });
      }
      if (conflicts.length > 0) {
        this.setState({ conflicts });
        this.setStatus({ state: 'failed', reason: 'conflict', conflict: true });
        return;
      }
      const second = await this.folder.write(
        [...merged].map(([path, text]) => ({ path, text })),
        accepted,
      );
      if (!second.ok) {
        this.schedule(RETRY_DELAY_MS); // changed again meanwhile: merge again shortly
        this.setStatus({ state: 'pending' });
        return;
      }
      await this.reload();
    } catch (error) {
      const reason =
        error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
      this.setStatus({ state: 'failed', reason });
      this.schedule(RETRY_DELAY_MS);
    }
  }

  /**
   * Writes the choices for the conflicts ("Behåll min / Behåll deras"; a conflict without a choice
   * keeps min) and shows the result. A file changed on disk again meanwhile is merged again.
   */
  async resolve(choices: ReadonlyMap<string, MergeChoices>): Promise<void> {
    while (this.running) await this.running;
    const files: FolderFile[] = [];
    const accepted = new Map<string, string>();
    for (const { path, file } of this.state.conflicts) {
      const chosen = choices.get(path) ?? new Map();
      if (file.record === 'whole' && file.conflicts[0]?.id === 'file') {
        const side = chosen.get('file') === 'theirs' ? file.theirs : file.mine;
        files.push({ path, text: side === null ? '' : stableJson(side) });
      } else files.push({ path, text: resolveConflictFile(file, chosen).text });
      accepted.set(path, await this.folder.readText(path));
    }
    this.running = (async () => {
      const result = await this.folder.write(files, accepted);
      this.setState({ conflicts: [] });
      if (!result.ok) {
        this.setStatus({ state: 'pending' });
        this.schedule(0);
        return;
      }
      await this.reload();
    })();
    await this.running;
    this.running = undefined;
  }

  /** "Ladda om" after an outside change: this app's unsaved work is saved (merged) first. */
  async reloadFromDisk(): Promise<void> {
    await this.flush();
    if (this.state.conflicts.length === 0) await this.reload();
  }

  /** Reads the folder again and shows it. */
  private async reload(): Promise<void> {
    const read = await readLibraryFolder(this.folder);
    if (!read) {
      this.setStatus({ state: 'failed', reason: 'termverkstad.json' });
      return;
    }
    this.saved = read.library;
    this.source.replaceLibrary(read.library);
    this.state = { ...this.state, changedOutside: [], conflicts: read.conflicts };
    this.setStatus(
      read.conflicts.length > 0
        ? { state: 'failed', reason: 'conflict', conflict: true }
        : { state: 'saved' },
    );
  }

  stop() {
    this.unsubscribe();
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.poller !== undefined) clearInterval(this.poller);
  }
}
