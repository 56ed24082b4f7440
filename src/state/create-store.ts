import type { LibraryFile } from '../domain/model.ts';
import { createId } from '../domain/ids.ts';
import { createLibraryState, type LibraryState } from '../domain/library.ts';
import { EditorStore } from './editor-store.ts';

/** The app's store over a library file, with real ids and clock. */
export function createEditorStore(file: LibraryFile): EditorStore {
  return createEditorStoreFor(createLibraryState(file));
}

/** The app's store over a loaded library. */
export function createEditorStoreFor(library: LibraryState): EditorStore {
  return new EditorStore(library, {
    createId,
    now: () => new Date().toISOString(),
    clock: () => Date.now(),
  });
}
