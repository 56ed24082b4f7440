import type { LibraryState } from '../domain/library.ts';
import type { LibraryDatabase } from '../persistence/database.ts';
import { setChosenFolder } from '../persistence/folder-choice.ts';
import { readLibraryFolder, writeWholeLibrary } from '../persistence/folder-saver.ts';
import { FolderStore } from '../persistence/folder-store.ts';
import type { FolderPick } from '../features/folder/folder-source.ts';

declare global {
  interface Window {
    /** File System Access API (Chromium-based browsers: the region's Edge). */
    showDirectoryPicker?: (options?: {
      mode?: 'read' | 'readwrite';
      id?: string;
    }) => Promise<FileSystemDirectoryHandle>;
  }
}

/**
 * "Öppna mapp": lets the user pick a folder and says what it is. An empty folder can take the
 * library (moved there: written as files; the browser's library stays as it is); a library folder
 * is opened. Either way the choice is remembered and the page starts again on the folder.
 */
export async function pickLibraryFolder(
  db: LibraryDatabase,
  library: () => LibraryState,
  restart: () => void,
): Promise<FolderPick> {
  if (typeof window.showDirectoryPicker !== 'function') return { kind: 'unsupported' };
  let handle: FileSystemDirectoryHandle;
  try {
    handle = await window.showDirectoryPicker({ mode: 'readwrite', id: 'termverkstad-bibliotek' });
  } catch {
    return { kind: 'cancelled' };
  }
  const folder = new FolderStore(handle);
  const { name } = handle;
  if (await folder.isEmpty())
    return {
      kind: 'empty',
      name,
      confirm: async () => {
        if (!(await writeWholeLibrary(folder, library(), new Date().toISOString())))
          throw new Error(`${name} changed while the library was written`);
        await setChosenFolder(db, handle);
        restart();
      },
    };
  const read = await readLibraryFolder(folder);
  if (!read) return { kind: 'other', name };
  const errors = read.reports.reduce(
    (sum, report) =>
      sum +
      (report.status === 'refused' ? 1 : report.diagnostics.filter((d) => d.severity === 'error').length),
    0,
  );
  return {
    kind: 'library',
    name,
    documents: read.library.documents.size,
    errors,
    confirm: async () => {
      await setChosenFolder(db, handle);
      restart();
    },
  };
}
