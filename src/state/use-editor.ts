import { createContext, useContext, useSyncExternalStore } from 'react';
import type { EditorSnapshot, EditorStore } from './editor-store.ts';

export const EditorStoreContext = createContext<EditorStore | undefined>(undefined);

/** The editor store of this app. */
export function useEditorStore(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditorStore outside EditorStoreContext');
  return store;
}

/** A part of the editor's state; the component renders again only when that part changes. */
export function useEditor<T>(select: (snapshot: EditorSnapshot) => T): T {
  const store = useEditorStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getSnapshot()));
}
