import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { createEditorStoreFor } from '../state/create-store.ts';
import type { LibraryState } from '../domain/library.ts';
import { FolderStore } from '../persistence/folder-store.ts';
import { FolderSaver, readLibraryFolder } from '../persistence/folder-saver.ts';
import type { FolderSource } from '../features/folder/folder-source.ts';

/**
 * The library in a folder: read and checked, saved file by file as it changes, never over someone
 * else's change, and watched for changes made outside. False when the folder is no longer a
 * library (then the browser's library opens).
 */
export async function startOnFolder(
  root: HTMLElement,
  handle: FileSystemDirectoryHandle,
  close: (moveHere?: LibraryState) => Promise<void>,
): Promise<boolean> {
  const folder = new FolderStore(handle);
  const read = await readLibraryFolder(folder);
  if (!read) return false;
  const store = createEditorStoreFor(read.library);
  const saver = new FolderSaver(folder, store, read.conflicts);
  saver.watch();
  const saveNow = () => void saver.flush();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveNow();
  });
  window.addEventListener('pagehide', saveNow);
  // Writing files may not finish while a tab closes (IndexedDB's journal has no counterpart here):
  // the browser asks before leaving while something is not yet in the folder.
  window.addEventListener('beforeunload', (event) => {
    if (saver.getStatus().state !== 'saved') event.preventDefault();
  });
  const source: FolderSource = {
    getState: saver.getState,
    subscribe: saver.subscribe,
    reload: () => saver.reloadFromDisk(),
    resolve: (choices) => saver.resolve(choices),
    // Closing never drops work: only once everything is in the folder (no conflict waiting).
    close: async () => {
      await saver.flush();
      if (saver.getStatus().state === 'saved') await close();
    },
    moveToBrowser: async () => {
      await saver.flush();
      if (saver.getStatus().state === 'saved') await close(store.getSnapshot().library);
    },
  };
  createRoot(root).render(
    <StrictMode>
      <App store={store} saveStatus={saver} folder={source} />
    </StrictMode>,
  );
  return true;
}
