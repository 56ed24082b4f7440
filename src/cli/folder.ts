import { lstat, readdir } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import type { FolderFile } from '../formats/library-folder.ts';
import type { FormatMessage } from '../formats/format-messages.ts';
import { readTextFile } from './read-file.ts';

/** Folders a library folder's reader never enters: hidden ones (.git, a CI checkout) and packages. */
const skipped = (name: string) => name.startsWith('.') || name === 'node_modules';
/** At most this many files are read from one folder: a library, not a disk. */
export const MAX_FOLDER_FILES = 50_000;

/** True when the path is a directory (not following a link out of the folder). */
export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Every regular file under `root` with its text, paths relative to it with '/'. Links are not
 * followed (a link could lead out of the folder); files that cannot be read come back as `unreadable`.
 */
export async function readFolder(
  root: string,
  limit = MAX_FOLDER_FILES,
): Promise<{
  readonly files: FolderFile[];
  readonly unreadable: { readonly path: string; readonly message: FormatMessage }[];
}> {
  const files: FolderFile[] = [];
  const unreadable: { path: string; message: FormatMessage }[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (files.length + unreadable.length >= limit) return;
      const full = join(dir, entry.name);
      const path = relative(root, full).split(sep).join(posix.sep);
      if (entry.isDirectory()) {
        if (!skipped(entry.name)) await walk(full);
      } else if (entry.isFile() && /\.(json|md)$/.test(entry.name)) {
        const read = await readTextFile(full);
        if (read.ok) files.push({ path, text: read.text });
        else unreadable.push({ path, message: read.message });
      }
    }
  };
  await walk(root);
  return { files, unreadable };
}
