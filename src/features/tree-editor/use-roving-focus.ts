import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import { findShortcut, type ShortcutOf } from '../../hooks/shortcuts.ts';
import { rowDomId } from './focus.ts';
import type { TreeRow } from './tree-rows.ts';

/**
 * Roving focus over the tree's rows (one row is tabbable, the focused one, kept in view), and the
 * WAI-ARIA tree pattern's keys from the shortcut registry: Up/Down, Right (open, or go to the first
 * child), Left (close, or go to the parent), Home/End.
 */
export function useRovingFocus(props: {
  readonly treeRef: RefObject<HTMLDivElement | null>;
  readonly rows: readonly TreeRow[];
  readonly focusedId: string | undefined;
  readonly focusedIndex: number;
  readonly virtualizer: Virtualizer<HTMLDivElement, Element>;
  readonly onSelect: (id: string) => void;
  readonly onExpandedChange: (id: string, expanded: boolean) => void;
}) {
  const { treeRef, rows, focusedId, focusedIndex, virtualizer, onSelect, onExpandedChange } = props;
  // Keep keyboard focus on the selected row once the tree has focus (roving tabindex), in view.
  useEffect(() => {
    const tree = treeRef.current;
    if (focusedIndex >= 0) virtualizer.scrollToIndex(focusedIndex, { align: 'auto' });
    const active = globalThis.document.activeElement;
    // Never take focus from a field inside the tree (the rename box).
    if (!tree || !focusedId || !tree.contains(active) || active instanceof HTMLInputElement) return;
    globalThis.document.getElementById(rowDomId(focusedId))?.focus();
  }, [treeRef, focusedId, focusedIndex, virtualizer]);

  return (event: KeyboardEvent<HTMLDivElement>) => {
    // Modified keys (Alt+arrows moves, Ctrl+Z undoes ...) belong to the editor around the tree.
    if (event.target instanceof HTMLInputElement) return;
    const shortcut = findShortcut(event, 'row');
    const row = rows[focusedIndex];
    if (!row || !shortcut) return;
    const go = (target: TreeRow | undefined) => {
      if (!target) return;
      onSelect(target.node.id);
      globalThis.document.getElementById(rowDomId(target.node.id))?.focus();
    };
    const actions: Record<ShortcutOf<'row'>, () => void> = {
      next: () => go(rows[focusedIndex + 1]),
      previous: () => go(rows[focusedIndex - 1]),
      first: () => go(rows[0]),
      last: () => go(rows[rows.length - 1]),
      expandOrEnter: () => {
        if (row.hasChildren && !row.expanded) onExpandedChange(row.node.id, true);
        else if (row.expanded) go(rows[focusedIndex + 1]);
      },
      collapseOrLeave: () => {
        if (row.expanded) onExpandedChange(row.node.id, false);
        else if (row.parentId !== null) go(rows.find((r) => r.node.id === row.parentId));
      },
    };
    event.preventDefault();
    actions[shortcut]();
  };
}
