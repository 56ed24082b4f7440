import { useCallback, useMemo, useRef, useState } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { TreeDocument } from '../../domain/model.ts';
import { isKeywordNode } from '../../domain/model.ts';
import type { Outline } from '../../domain/outline.ts';
import { foldTerm } from '../../domain/library.ts';
import type { Target } from '../../domain/edits.ts';
import type { TreeIndex } from '../../domain/tree.ts';
import type { Diagnostic } from '../../validation/diagnostics.ts';
import { useStrings } from '../../i18n/language.tsx';
import { getOpenComments } from '../../domain/workflow.ts';
import { getVisibleRows, withoutDescendants, type TreeRow } from './tree-rows.ts';
import { INDENT, ROW_HEIGHT, TreeRowView } from './tree-row.tsx';
import { describeRow } from './row-description.ts';
import { useLatestCallback } from '../../components/use-latest-callback.ts';
import { dragKit, useTreeDrag } from './use-tree-drag.ts';
import { useOnDemand } from '../../components/on-demand.ts';
import type { Grips } from './tree-drag-kit.tsx';
import { useRovingFocus } from './use-roving-focus.ts';
import { useDamagedKeywords } from '../../state/damaged-keywords.ts';

export interface TreeViewProps {
  readonly document: TreeDocument;
  readonly index: TreeIndex;
  /** The document with its included fragments: what the rows show (domain/outline.ts). */
  readonly outline: Outline;
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
  /** The interrupted rename's text, for the row being renamed. */
  readonly renameFrom?: string | undefined;
  readonly onRenameDraft: (nodeId: string, text: string) => void;
  /** While searching: the nodes shown (matches and their ancestors) and the matches to highlight. */
  readonly filter?:
    | { readonly query: string; readonly shown: ReadonlySet<string>; readonly matches: ReadonlySet<string> }
    | undefined;
}

const NO_FINDINGS: readonly Diagnostic[] = [];

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
    outline,
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
  const draftRename = useLatestCallback(props.onRenameDraft);
  // While a term is typed, the catalogue's terms that contain it (case and diacritics aside), 20 at most.
  const suggest = useLatestCallback((text: string): readonly string[] => {
    const needle = foldTerm(text);
    if (needle.length < 2) return [];
    const terms = new Set<string>();
    for (const keyword of outline.catalog.values()) {
      if (foldTerm(keyword.term).includes(needle)) terms.add(keyword.term);
      if (terms.size >= 20) break;
    }
    return [...terms];
  });
  const [announcement, setAnnouncement] = useState('');
  const treeRef = useRef<HTMLDivElement>(null);
  // The rows depend on the outline's structure, not on the catalogue it names keywords by.
  const childrenOf = outline.childrenOf;
  const allRows = useMemo(
    () => getVisibleRows(document.nodes, expanded, filter?.shown, childrenOf),
    [document.nodes, expanded, filter, childrenOf],
  );
  const { drag, onDragStart, onDragMove, endDrag } = useTreeDrag({
    treeRef,
    allRows,
    index,
    termOfRow: (row) => describe(row, NO_FINDINGS).term,
    t,
    onMove: props.onMove,
    announce: setAnnouncement,
  });
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
  const onKeyDown = useRovingFocus({
    treeRef,
    rows,
    focusedId,
    focusedIndex,
    virtualizer,
    onSelect,
    onExpandedChange,
  });

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
  const openComments = useMemo(() => {
    const byNode = new Map<string, number>();
    for (const comment of getOpenComments(document))
      if (comment.nodeId) byNode.set(comment.nodeId, (byNode.get(comment.nodeId) ?? 0) + 1);
    return byNode;
  }, [document]);
  const damagedKeywords = useDamagedKeywords();
  const kit = useOnDemand(dragKit);
  const grips = useRef<Grips>(new Map()).current;
  const virtualItems = virtualizer.getVirtualItems();
  // The same list while the mounted rows are the same, so the memoised drag kit skips a keystroke.
  const gripKey = virtualItems
    .map((item) => `${rows[item.index]!.node.id}${rows[item.index]!.readOnly ? '!' : ''}`)
    .join(' ');
  const gripRows = useMemo(
    () =>
      virtualItems.map((item) => ({ id: rows[item.index]!.node.id, disabled: rows[item.index]!.readOnly })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- gripKey names exactly what the list holds
    [gripKey],
  );
  const startDrag = useLatestCallback(onDragStart);
  const moveDrag = useLatestCallback(onDragMove);
  const stopDrag = useLatestCallback(endDrag);
  const describe = (row: TreeRow, findings: readonly Diagnostic[]) =>
    describeRow(
      row,
      outline,
      outline.catalog,
      findings,
      t,
      {
        included: isKeywordNode(row.node) ? undefined : outline.fragments.get(row.node.id),
        from: row.readOnly
          ? outline.fragments.get(outline.places.get(row.node.id)?.includeId ?? '')
          : undefined,
      },
      openComments.get(row.node.id),
      damagedKeywords,
    );

  return (
    <>
      <div
        ref={treeRef}
        role="tree"
        aria-label={t.keywordTree}
        className="tree"
        onKeyDown={onKeyDown}
        // A press on a row starts its drag (the grips come with dnd-kit, see TreeDragKit).
        onPointerDown={(event) => {
          const row = (event.target as Element).closest('.tree-row');
          if (row) grips.get(row)?.(event);
        }}
      >
        <div role="presentation" className="tree-rows" style={{ height: virtualizer.getTotalSize() }}>
          {virtualItems.map((item) => {
            const row = rows[item.index]!;
            const id = row.node.id;
            return (
              <TreeRowView
                key={id}
                row={row}
                top={item.start}
                description={describe(row, diagnosticsByNode.get(id) ?? NO_FINDINGS)}
                selected={id === selectedId}
                focusable={id === focusedId}
                dragging={id === drag?.activeId}
                renaming={id === props.renamingId}
                renameFrom={id === props.renamingId ? props.renameFrom : undefined}
                onRenameDraft={draftRename}
                highlight={filter?.matches.has(id) ? filter.query : undefined}
                t={t}
                onSelect={selectRow}
                onToggle={toggleRow}
                onRenameEnd={endRename}
                suggest={suggest}
              />
            );
          })}
          {line ? (
            <div className="drop-line" aria-hidden="true" style={{ top: line.top, left: line.left }} />
          ) : null}
        </div>
      </div>
      {kit ? (
        <kit.TreeDragKit
          rows={gripRows}
          grips={grips}
          overlay={
            activeRow ? <div className="drag-overlay">{describe(activeRow, NO_FINDINGS).term}</div> : null
          }
          onStart={startDrag}
          onMove={moveDrag}
          onEnd={stopDrag}
        />
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
