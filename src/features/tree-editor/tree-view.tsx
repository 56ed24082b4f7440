import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  useSensor,
  useSensors,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import type { Catalog, TreeDocument } from '../../domain/model.ts';
import { getChildren } from '../../domain/model.ts';
import type { Target } from '../../domain/edits.ts';
import type { TreeIndex } from '../../domain/tree.ts';
import type { Diagnostic } from '../../validation/diagnostics.ts';
import { useStrings } from '../../i18n/language.tsx';
import {
  getDropProjection,
  getVisibleRows,
  withoutDescendants,
  type DropProjection,
  type TreeRow,
} from './tree-rows.ts';
import { rowDomId } from './focus.ts';
import { INDENT, ROW_HEIGHT, TreeRowView } from './tree-row.tsx';
import { describeRow } from './row-description.ts';
import { useLatestCallback } from '../../components/use-latest-callback.ts';
import { findShortcut, type ShortcutOf } from '../../hooks/shortcuts.ts';

export interface TreeViewProps {
  readonly document: TreeDocument;
  readonly index: TreeIndex;
  readonly catalog: Catalog;
  readonly expanded: ReadonlySet<string>;
  readonly selectedId: string | undefined;
  readonly diagnosticsByNode: ReadonlyMap<string, readonly Diagnostic[]>;
  readonly onSelect: (id: string) => void;
  readonly onExpandedChange: (id: string, expanded: boolean) => void;
  /** A drop: move the node to the target (the panel runs the command and reports it). */
  readonly onMove: (nodeId: string, target: Target) => void;
  /** The node whose term is being edited in place (Enter or F2), if any. */
  readonly renamingId?: string | undefined;
  readonly onRenameEnd: (nodeId: string, term: string | undefined) => void;
  /** While searching: the nodes shown (matches and their ancestors) and the matches to highlight. */
  readonly filter?:
    | { readonly query: string; readonly shown: ReadonlySet<string>; readonly matches: ReadonlySet<string> }
    | undefined;
}

interface Drag {
  readonly activeId: string;
  readonly projection: DropProjection | undefined;
}

const NO_FINDINGS: readonly Diagnostic[] = [];

// Made once: a new options object each render would give dnd-kit new sensors, and every row
// (a draggable) would render again on every keystroke.
const POINTER = { activationConstraint: { distance: 6 } };
// Announcements come from the tree's own live region, which knows the projected place.
const NO_DND_ANNOUNCEMENTS = {
  announcements: {
    onDragStart: () => undefined,
    onDragOver: () => undefined,
    onDragEnd: () => undefined,
    onDragCancel: () => undefined,
  },
};

/**
 * The keyword tree as a WAI-ARIA tree: a flat list of treeitems with aria-level, aria-posinset and
 * aria-setsize, virtualised (only the rows in view, the focused one and the dragged one are in the
 * DOM), with roving focus and the tree pattern's keys: Up/Down, Right (open, or go to the first
 * child), Left (close, or go to the parent), Home/End. Rows can be dragged with the pointer: up
 * and down to reorder, sideways to change level; a line shows where and how deep it lands.
 */
export function TreeView(props: TreeViewProps) {
  const {
    document,
    index,
    catalog,
    expanded,
    selectedId,
    diagnosticsByNode,
    onSelect,
    onExpandedChange,
    filter,
  } = props;
  const t = useStrings();
  // Stable for the rows, which are memoised.
  const selectRow = useLatestCallback(onSelect);
  const toggleRow = useLatestCallback(onExpandedChange);
  const endRename = useLatestCallback(props.onRenameEnd);
  const [drag, setDrag] = useState<Drag | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const treeRef = useRef<HTMLDivElement>(null);
  const allRows = useMemo(
    () => getVisibleRows(document.nodes, expanded, filter?.shown),
    [document.nodes, expanded, filter],
  );
  // While dragging, the dragged row's subtree folds away with it.
  const rows = useMemo(() => (drag ? withoutDescendants(allRows, drag.activeId) : allRows), [allRows, drag]);
  const focusedId = rows.some((row) => row.node.id === selectedId) ? selectedId : rows[0]?.node.id;
  const focusedIndex = rows.findIndex((row) => row.node.id === focusedId);
  const activeIndex = drag ? rows.findIndex((row) => row.node.id === drag.activeId) : -1;

  // The focused and the dragged rows stay mounted even when scrolled away.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = new Set(defaultRangeExtractor(range));
      for (const pinned of [focusedIndex, activeIndex]) if (pinned >= 0) indexes.add(pinned);
      return [...indexes].sort((a, b) => a - b);
    },
    [focusedIndex, activeIndex],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's functions are not memoised; nothing here is
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => treeRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    rangeExtractor,
  });

  // Keep keyboard focus on the selected row once the tree has focus (roving tabindex), in view.
  useEffect(() => {
    const tree = treeRef.current;
    if (focusedIndex >= 0) virtualizer.scrollToIndex(focusedIndex, { align: 'auto' });
    const active = globalThis.document.activeElement;
    // Never take focus from a field inside the tree (the rename box).
    if (!tree || !focusedId || !tree.contains(active) || active instanceof HTMLInputElement) return;
    globalThis.document.getElementById(rowDomId(focusedId))?.focus();
  }, [focusedId, focusedIndex, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
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

  const sensors = useSensors(useSensor(PointerSensor, POINTER));
  const termOf = (id: string) => {
    const row = allRows.find((r) => r.node.id === id);
    return row ? describeRow(row, index, catalog, NO_FINDINGS, t).term : id;
  };
  // The row being dragged, for handlers that dnd-kit may call late: it reports the last pointer move
  // from an effect, which can run after an Escape has already cancelled the drag.
  const draggingId = useRef<string | undefined>(undefined);
  const onDragStart = ({ active }: DragStartEvent) => {
    draggingId.current = String(active.id);
    setDrag({ activeId: String(active.id), projection: undefined });
    setAnnouncement(t.drag.start(termOf(String(active.id))));
  };
  // The last pointer position of a drag, so the projection can be recomputed while auto-scrolling.
  const lastMove = useRef<{ activeId: string; top: number; bottom: number; dx: number } | undefined>(
    undefined,
  );
  const scrollLoop = useRef<number | undefined>(undefined);

  const project = () => {
    const tree = treeRef.current;
    const move = lastMove.current;
    if (!tree || !move) return;
    const dragRows = withoutDescendants(allRows, move.activeId);
    const top = move.top - tree.getBoundingClientRect().top + tree.scrollTop;
    const at = Math.max(0, Math.min(Math.round(top / ROW_HEIGHT), dragRows.length - 1));
    const childCount = (id: string) => getChildren(index.places.get(id)!.node).length;
    const projection = getDropProjection(
      dragRows,
      move.activeId,
      at,
      Math.round(move.dx / INDENT),
      childCount,
    );
    setDrag((previous) => {
      if (previous === undefined) return undefined;
      const before = previous.projection;
      if (projection && (before?.depth !== projection.depth || before.afterRowId !== projection.afterRowId)) {
        const place = projection.target.index + 1;
        setAnnouncement(
          projection.parentId === null
            ? t.drag.top(termOf(move.activeId), place)
            : t.drag.under(termOf(move.activeId), termOf(projection.parentId), place),
        );
      }
      return { activeId: move.activeId, projection };
    });
  };

  /** Scrolls the tree while the dragged row is held near its top or bottom edge, faster nearer the edge. */
  const autoScroll = () => {
    scrollLoop.current = undefined;
    const tree = treeRef.current;
    const move = lastMove.current;
    if (!tree || !move) return;
    const box = tree.getBoundingClientRect();
    const zone = Math.min(60, box.height / 4);
    const speed =
      move.bottom > box.bottom - zone
        ? Math.ceil((move.bottom - (box.bottom - zone)) / 4)
        : move.top < box.top + zone
          ? -Math.ceil((box.top + zone - move.top) / 4)
          : 0;
    if (speed === 0) return;
    const before = tree.scrollTop;
    tree.scrollTop += speed;
    if (tree.scrollTop !== before) project();
    scrollLoop.current = requestAnimationFrame(autoScroll);
  };

  const onDragMove = ({ active, delta }: DragMoveEvent) => {
    const translated = active.rect.current.translated;
    if (!translated || draggingId.current !== String(active.id)) return;
    lastMove.current = {
      activeId: String(active.id),
      top: translated.top,
      bottom: translated.bottom,
      dx: delta.x,
    };
    project();
    if (scrollLoop.current === undefined) scrollLoop.current = requestAnimationFrame(autoScroll);
  };
  const endDrag = (drop: boolean) => {
    draggingId.current = undefined;
    if (scrollLoop.current !== undefined) cancelAnimationFrame(scrollLoop.current);
    scrollLoop.current = undefined;
    lastMove.current = undefined;
    if (drop && drag?.projection) props.onMove(drag.activeId, drag.projection.target);
    if (!drop) setAnnouncement(t.drag.cancelled);
    setDrag(undefined);
  };

  // The drop line: between the row above the landing place and the next, indented to its depth.
  const line = (() => {
    if (!drag?.projection) return undefined;
    const above =
      drag.projection.afterRowId === undefined
        ? -1
        : rows.findIndex((r) => r.node.id === drag.projection!.afterRowId);
    return { top: (above + 1) * ROW_HEIGHT, left: (drag.projection.depth - 1) * INDENT + 4 };
  })();
  const activeRow = drag ? rows[activeIndex] : undefined;

  return (
    <DndContext
      sensors={sensors}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragEnd={() => endDrag(true)}
      onDragCancel={() => endDrag(false)}
      // The tree scrolls itself while a row is held at its edge (see autoScroll), and recomputes
      // the drop place as it scrolls.
      autoScroll={false}
      accessibility={NO_DND_ANNOUNCEMENTS}
    >
      <div ref={treeRef} role="tree" aria-label={t.keywordTree} className="tree" onKeyDown={onKeyDown}>
        <div role="presentation" className="tree-rows" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const id = row.node.id;
            return (
              <TreeRowView
                key={id}
                row={row}
                top={item.start}
                description={describeRow(row, index, catalog, diagnosticsByNode.get(id) ?? NO_FINDINGS, t)}
                selected={id === selectedId}
                focusable={id === focusedId}
                dragging={id === drag?.activeId}
                renaming={id === props.renamingId}
                highlight={filter?.matches.has(id) ? filter.query : undefined}
                t={t}
                onSelect={selectRow}
                onToggle={toggleRow}
                onRenameEnd={endRename}
              />
            );
          })}
          {line ? (
            <div className="drop-line" aria-hidden="true" style={{ top: line.top, left: line.left }} />
          ) : null}
        </div>
      </div>
      <DragOverlay dropAnimation={null}>
        {activeRow ? (
          <div className="drag-overlay">{describeRow(activeRow, index, catalog, NO_FINDINGS, t).term}</div>
        ) : null}
      </DragOverlay>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </DndContext>
  );
}
