import { useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { getChildren } from '../../domain/model.ts';
import type { Target } from '../../domain/edits.ts';
import type { TreeIndex } from '../../domain/tree.ts';
import type { Strings } from '../../i18n/strings.ts';
import { getDropProjection, withoutDescendants, type DropProjection, type TreeRow } from './tree-rows.ts';
import { INDENT, ROW_HEIGHT } from './tree-row.tsx';
import { onDemand } from '../../components/on-demand.ts';

export interface Drag {
  readonly activeId: string;
  readonly projection: DropProjection | undefined;
}

/** Where the dragged row is: its box's top and bottom on screen, and how far it went sideways. */
export interface DragMove {
  readonly activeId: string;
  readonly top: number;
  readonly bottom: number;
  readonly dx: number;
}

/** dnd-kit, fetched once the tree has been painted: until then (a moment) rows are not draggable. */
export const dragKit = onDemand(() => import('./tree-drag-kit.tsx'));

/**
 * Dragging rows with the pointer: up and down to reorder, sideways to change level, the tree
 * scrolling itself while a row is held at its edge; where it lands is announced as it changes.
 */
export function useTreeDrag(props: {
  readonly treeRef: RefObject<HTMLDivElement | null>;
  readonly allRows: readonly TreeRow[];
  readonly index: TreeIndex;
  /** A row's term, as the row shows it. */
  readonly termOfRow: (row: TreeRow) => string;
  readonly t: Strings;
  readonly onMove: (nodeId: string, target: Target) => void;
  readonly announce: Dispatch<SetStateAction<string>>;
}) {
  const { treeRef, allRows, index, t } = props;
  const setAnnouncement = props.announce;
  const [drag, setDrag] = useState<Drag | undefined>();
  const termOf = (id: string) => {
    const row = allRows.find((r) => r.node.id === id);
    return row ? props.termOfRow(row) : id;
  };
  // The row being dragged, for handlers that dnd-kit may call late: it reports the last pointer move
  // from an effect, which can run after an Escape has already cancelled the drag.
  const draggingId = useRef<string | undefined>(undefined);
  const onDragStart = (activeId: string) => {
    draggingId.current = activeId;
    setDrag({ activeId, projection: undefined });
    setAnnouncement(t.drag.start(termOf(activeId)));
  };
  // The last pointer position of a drag, so the projection can be recomputed while auto-scrolling.
  const lastMove = useRef<DragMove | undefined>(undefined);
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

  const onDragMove = (move: DragMove) => {
    if (draggingId.current !== move.activeId) return;
    lastMove.current = move;
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

  return { drag, onDragStart, onDragMove, endDrag };
}
