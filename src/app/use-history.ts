import { useCallback, useEffect } from 'react';
import { focusRow } from '../features/tree-editor/focus.ts';
import { findShortcut, type ShortcutOf } from '../hooks/shortcuts.ts';
import { say } from '../i18n/languages.ts';
import type { EditorStore } from '../state/editor-store.ts';
import type { StatusStore } from '../state/status-store.ts';

/**
 * Ångra and Gör om: the buttons' actions, and the page's keys for them from the shortcut registry.
 * A field marked data-native-undo keeps the browser's own text undo.
 */
export function useHistory(store: EditorStore, status: StatusStore) {
  const undo = useCallback(() => {
    const entry = store.undo();
    status.set({
      text: say((t) => (entry ? t.undone(t.done[entry.name]) : t.nothingToUndo)),
      tone: entry ? 'info' : 'error',
    });
    focusRow(store.getSnapshot().selectedNodeId);
  }, [store, status]);
  const redo = useCallback(() => {
    const entry = store.redo();
    status.set({
      text: say((t) => (entry ? t.redone(t.done[entry.name]) : t.nothingToRedo)),
      tone: entry ? 'info' : 'error',
    });
    focusRow(store.getSnapshot().selectedNodeId);
  }, [store, status]);

  useEffect(() => {
    const actions: Record<ShortcutOf<'page'>, () => void> = { undo, redo };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target instanceof Element && event.target.closest('[data-native-undo]')) return;
      const shortcut = findShortcut(event, 'page');
      if (!shortcut) return;
      event.preventDefault();
      actions[shortcut]();
    };
    globalThis.addEventListener('keydown', onKeyDown);
    return () => globalThis.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);

  return { undo, redo };
}
