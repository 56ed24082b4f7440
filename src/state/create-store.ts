import type { LibraryFile } from '../domain/model.ts';
import { createId } from '../domain/ids.ts';
import { createLibraryState } from '../domain/library.ts';
import { EditorStore } from './editor-store.ts';

/** The app's store over a library file, with real ids and clock. */
export function createEditorStore(file: LibraryFile): EditorStore {
  return new EditorStore(createLibraryState(file), {
    createId,
    now: () => new Date().toISOString(),
    clock: () => Date.now(),
  });
}
