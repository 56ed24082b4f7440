import { memo, useLayoutEffect, type ReactNode } from 'react';
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  useDraggable,
  useSensor,
  useSensors,
  type DragMoveEvent,
} from '@dnd-kit/core';
import type { DragMove } from './use-tree-drag.ts';
import { rowDomId } from './focus.ts';

/** What starts a drag from a pointer press on a row, by the row's element (see TreeView's onPointerDown). */
export type Grips = Map<Element, (event: React.PointerEvent) => void>;

// Made once: a new options object each render would give dnd-kit new sensors.
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

/** Makes one mounted row draggable: dnd-kit measures its element and starts from a press on it. */
const RowGrip = memo(function RowGrip(props: {
  readonly id: string;
  readonly disabled: boolean;
  readonly grips: Grips;
}) {
  const { id, grips } = props;
  const { setNodeRef, listeners } = useDraggable({ id, disabled: props.disabled });
  const press = listeners?.['onPointerDown'] as ((event: React.PointerEvent) => void) | undefined;
  useLayoutEffect(() => {
    const row = globalThis.document.getElementById(rowDomId(id));
    setNodeRef(row);
    if (row && press) grips.set(row, press);
    return () => {
      if (row) grips.delete(row);
      setNodeRef(null);
    };
  }, [id, grips, press, setNodeRef]);
  return null;
});

/**
 * dnd-kit for the tree, loaded after the first paint (it is a tenth of the first download). It sits
 * beside the tree, not around it, so the rows stay mounted when it arrives: each mounted row gets
 * a grip here, found by its DOM id, and the tree passes pointer presses on to it. Memoised: a
 * keystroke that changes no mounted row leaves dnd-kit alone (the tree passes stable handlers).
 */
export const TreeDragKit = memo(function TreeDragKit(props: {
  /** The mounted rows, and whether each may be dragged (an included fragment's rows may not). */
  readonly rows: readonly { readonly id: string; readonly disabled: boolean }[];
  readonly grips: Grips;
  /** What follows the pointer while a row is dragged. */
  readonly overlay: ReactNode;
  readonly onStart: (id: string) => void;
  readonly onMove: (move: DragMove) => void;
  readonly onEnd: (drop: boolean) => void;
}) {
  const sensors = useSensors(useSensor(PointerSensor, POINTER));
  const onDragMove = ({ active, delta }: DragMoveEvent) => {
    const translated = active.rect.current.translated;
    if (translated)
      props.onMove({
        activeId: String(active.id),
        top: translated.top,
        bottom: translated.bottom,
        dx: delta.x,
      });
  };
  return (
    <DndContext
      sensors={sensors}
      onDragStart={({ active }) => props.onStart(String(active.id))}
      onDragMove={onDragMove}
      onDragEnd={() => props.onEnd(true)}
      onDragCancel={() => props.onEnd(false)}
      // The tree scrolls itself while a row is held at its edge (see useTreeDrag), and recomputes
      // the drop place as it scrolls.
      autoScroll={false}
      accessibility={NO_DND_ANNOUNCEMENTS}
    >
      {props.rows.map((row) => (
        <RowGrip key={row.id} id={row.id} disabled={row.disabled} grips={props.grips} />
      ))}
      <DragOverlay dropAnimation={null}>{props.overlay}</DragOverlay>
    </DndContext>
  );
});
