import type { FolderFile } from '../formats/library-folder.ts';

/** The folders of a library folder the app reads and writes (see formats/library-folder.ts). */
const LIBRARY_FOLDERS = new Set(['keywords', 'templates', 'fragments', 'versions', 'trash']);
/** Read at most this many files: a library, not a disk. */
const MAX_FILES = 50_000;

/** A file on disk that is not what this app last read or wrote there: someone else changed it. */
export interface Collision {
  readonly path: string;
  /** What the app last read or wrote ('' when it had never seen the file). */
  readonly base: string;
  /** What the app wants to write ('' = remove). */
  readonly mine: string;
  /** What is on disk now ('' when the file is gone). */
  readonly theirs: string;
}

export type WriteResult =
  { readonly ok: true } | { readonly ok: false; readonly collisions: readonly Collision[] };

/**
 * A library folder on disk, through the File System Access API (a folder the user picked) or the
 * Origin Private File System (the same API; the browser tests use it). It remembers the text of
 * every file as it last read or wrote it, so that a write never replaces what someone else put
 * there since (a `git pull`, a colleague on a network drive): such a write is refused with both
 * sides, and nothing is written.
 */
export class FolderStore {
  private readonly known = new Map<string, string>();
  /** lastModified and size per path as last seen, so polling reads only files that changed. */
  private readonly stamps = new Map<string, string>();

  constructor(readonly root: FileSystemDirectoryHandle) {}

  get name(): string {
    return this.root.name;
  }

  /** Every file of the library layout with its text; the app now knows these as read. */
  async readAll(): Promise<FolderFile[]> {
    const files: FolderFile[] = [];
    for await (const [path, handle] of this.walk()) {
      const file = await handle.getFile();
      const text = await file.text();
      files.push({ path, text });
      this.known.set(path, text);
      this.stamps.set(path, stamp(file));
    }
    this.forgetMissing(new Set(files.map((f) => f.path)));
    return files;
  }

  /** True when the folder holds no files at all (a new folder to move the library into). */
  async isEmpty(): Promise<boolean> {
    for await (const _entry of this.root.keys()) return false;
    return true;
  }

  /**
   * The paths whose file on disk is not the text this app last read or wrote: changed, added or
   * removed by someone else. Reads only files whose date or size changed.
   */
  async changedOnDisk(): Promise<string[]> {
    const changed: string[] = [];
    const seen = new Set<string>();
    for await (const [path, handle] of this.walk()) {
      seen.add(path);
      const file = await handle.getFile();
      if (this.stamps.get(path) === stamp(file)) continue;
      const text = await file.text();
      this.stamps.set(path, stamp(file));
      if (this.known.get(path) !== text) changed.push(path);
    }
    for (const path of this.known.keys()) if (!seen.has(path)) changed.push(path);
    return changed.sort();
  }

  /**
   * Writes files ('' removes one) only if every one of them is on disk as this app last knew it;
   * otherwise writes nothing and returns each collision with what was known, what it wanted to
   * write and what is there now. `accept` names files whose disk text the caller has merged in.
   */
  async write(
    files: readonly FolderFile[],
    accept: ReadonlyMap<string, string> = new Map(),
  ): Promise<WriteResult> {
    const collisions: Collision[] = [];
    for (const file of files) {
      const disk = await this.readText(file.path);
      const base = this.known.get(file.path) ?? '';
      const expected = accept.get(file.path) ?? base;
      if (disk !== expected && disk !== file.text)
        collisions.push({ path: file.path, base, mine: file.text, theirs: disk });
    }
    if (collisions.length > 0) return { ok: false, collisions };
    for (const file of files) {
      if (file.text === '') await this.remove(file.path);
      else await this.writeText(file.path, file.text);
    }
    return { ok: true };
  }

  /** What a file holds on disk now ('' when it does not exist). */
  async readText(path: string): Promise<string> {
    const handle = await this.fileHandle(path, false);
    if (!handle) return '';
    return (await handle.getFile()).text();
  }

  private async writeText(path: string, text: string) {
    const handle = (await this.fileHandle(path, true))!;
    // createWritable writes to a swap file and replaces the file on close: all or nothing.
    const writable = await handle.createWritable();
    await writable.write(text);
    await writable.close();
    this.known.set(path, text);
    this.stamps.set(path, stamp(await handle.getFile()));
  }

  private async remove(path: string) {
    const parts = path.split('/');
    const name = parts.pop()!;
    const dir = await this.directory(parts, false);
    if (dir) await dir.removeEntry(name).catch(() => undefined);
    this.known.delete(path);
    this.stamps.delete(path);
  }

  private async directory(parts: readonly string[], create: boolean) {
    let dir = this.root;
    for (const part of parts) {
      try {
        dir = await dir.getDirectoryHandle(part, { create });
      } catch {
        return undefined;
      }
    }
    return dir;
  }

  private async fileHandle(path: string, create: boolean) {
    const parts = path.split('/');
    const name = parts.pop()!;
    const dir = await this.directory(parts, create);
    if (!dir) return undefined;
    try {
      return await dir.getFileHandle(name, { create });
    } catch {
      return undefined;
    }
  }

  private forgetMissing(present: ReadonlySet<string>) {
    for (const path of [...this.known.keys()]) if (!present.has(path)) this.known.delete(path);
  }

  /** The files of the layout: the two at the top, and .json files in the library's folders. */
  private async *walk(): AsyncGenerator<[string, FileSystemFileHandle]> {
    let count = 0;
    const visit = async function* (
      dir: FileSystemDirectoryHandle,
      prefix: string,
      depth: number,
    ): AsyncGenerator<[string, FileSystemFileHandle]> {
      for await (const handle of dir.values()) {
        if (count >= MAX_FILES) return;
        const path = `${prefix}${handle.name}`;
        if (handle.kind === 'directory') {
          if (depth === 0 ? LIBRARY_FOLDERS.has(handle.name) : depth < 2)
            yield* visit(handle, `${path}/`, depth + 1);
        } else if (
          depth === 0 ? /^(termverkstad\.json|README\.md)$/.test(handle.name) : handle.name.endsWith('.json')
        ) {
          count++;
          yield [path, handle];
        }
      }
    };
    yield* visit(this.root, '', 0);
  }
}

const stamp = (file: File) => `${file.lastModified}:${file.size}`;
