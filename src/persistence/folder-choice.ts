import type { LibraryDatabase } from './database.ts';

const FOLDER = 'folder';

// Parts of the File System Access API that TypeScript's DOM library does not describe yet.
interface PermissionHandle {
  queryPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
}

/** The folder chosen as the library (kept in IndexedDB: a directory handle can be stored there). */
export async function getChosenFolder(db: LibraryDatabase): Promise<FileSystemDirectoryHandle | undefined> {
  const record = await db.settings.get(FOLDER);
  const value = record?.value;
  return value instanceof FileSystemDirectoryHandle ? value : undefined;
}

/** Remembers the folder as the library, or forgets it (back to the browser's library). */
export async function setChosenFolder(db: LibraryDatabase, folder: FileSystemDirectoryHandle | undefined) {
  if (folder) await db.settings.put({ key: FOLDER, value: folder });
  else await db.settings.delete(FOLDER);
}

/** Whether the app may read and write the folder now (always, on the Origin Private File System). */
export async function hasFolderPermission(folder: FileSystemDirectoryHandle): Promise<boolean> {
  const handle = folder as unknown as PermissionHandle;
  if (!handle.queryPermission) return true;
  return (await handle.queryPermission({ mode: 'readwrite' })) === 'granted';
}

/** Asks for permission again (needs a click: the browser shows its own question). */
export async function requestFolderPermission(folder: FileSystemDirectoryHandle): Promise<boolean> {
  const handle = folder as unknown as PermissionHandle;
  if (!handle.requestPermission) return true;
  return (await handle.requestPermission({ mode: 'readwrite' })) === 'granted';
}
