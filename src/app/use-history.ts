import { useCallback, useEffect } from 'react';
import { focusRow } from '../features/tree-editor/focus.ts';
import { findShortcut, type ShortcutOf } from '../hooks/shortcuts.ts';
import type { Strings } from '../i18n/strings.ts';
import type { EditorStore } from '../state/editor-store.ts';
import type { StatusStore } from '../state/status-store.ts';

/**
 * Ångra and Gör om: the buttons' actions, and the page's keys for them from the shortcut registry.
 * A field marked data-native-undo keeps the browser's own text undo.
 */
export function useHistory(store: EditorStore, status: StatusStore, t: Strings) {
  const undo = useCallback(() => {
    const entry = store.undo();
    status.set({
      text: entry ? t.undone(t.done[entry.name]) : t.nothingToUndo,
      tone: entry ? 'info' : 'error',
    });
    focusRow(store.getSnapshot().selectedNodeId);
  }, [store, status, t]);
  const redo = useCallback(() => {
    const entry = store.redo();
    status.set({
      text: entry ? t.redone(t.done[entry.name]) : t.nothingToRedo,
      tone: entry ? 'info' : 'error',
    });
    focusRow(store.getSnapshot().selectedNodeId);
  }, [store, status, t]);

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
