import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { Catalog, TreeDocument } from '../../domain/model.ts';
import { isKeywordNode } from '../../domain/model.ts';
import type { TreeIndex } from '../../domain/tree.ts';
import type { Diagnostic } from '../../validation/diagnostics.ts';
import { describeCondition } from '../../formats/describe-condition.ts';
import { useStrings } from '../../i18n/language.tsx';
import { getVisibleRows, type TreeRow } from './tree-rows.ts';
import { rowDomId } from './focus.ts';

export interface TreeViewProps {
  readonly document: TreeDocument;
  readonly index: TreeIndex;
  readonly catalog: Catalog;
  readonly expanded: ReadonlySet<string>;
  readonly selectedId: string | undefined;
  readonly diagnosticsByNode: ReadonlyMap<string, readonly Diagnostic[]>;
  readonly onSelect: (id: string) => void;
  readonly onExpandedChange: (id: string, expanded: boolean) => void;
  /** The node whose term is being edited in place (Enter or F2), if any. */
  readonly renamingId?: string | undefined;
  readonly onRenameEnd?: (nodeId: string, term: string | undefined) => void;
  /** While searching: the nodes shown (matches and their ancestors) and the matches to highlight. */
  readonly filter?:
    | { readonly query: string; readonly shown: ReadonlySet<string>; readonly matches: ReadonlySet<string> }
    | undefined;
}

/** The term with the searched text marked. */
function Highlighted({ term, query }: { term: string; query: string }) {
  const at = term.toLocaleLowerCase('sv').indexOf(query.trim().toLocaleLowerCase('sv'));
  if (at < 0 || query.trim() === '') return <>{term}</>;
  const end = at + query.trim().length;
  return (
    <>
      {term.slice(0, at)}
      <mark>{term.slice(at, end)}</mark>
      {term.slice(end)}
    </>
  );
}

function RenameInput(props: { term: string; label: string; onEnd: (term: string | undefined) => void }) {
  const ended = useRef(false);
  const end = (term: string | undefined) => {
    if (ended.current) return;
    ended.current = true;
    props.onEnd(term);
  };
  return (
    <input
      className="tree-rename"
      aria-label={props.label}
      defaultValue={props.term}
      // Text editing keeps the browser's own undo until the new term is committed.
      data-native-undo=""
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') end(event.currentTarget.value);
        else if (event.key === 'Escape') end(undefined);
      }}
      onBlur={(event) => end(event.currentTarget.value)}
    />
  );
}

/** Every row is one line of this height, so positions are known without measuring. */
export const ROW_HEIGHT = 30;

/**
 * The keyword tree as a WAI-ARIA tree: a flat list of treeitems with aria-level, aria-posinset and
 * aria-setsize, virtualised (only the rows in view, plus the focused one, are in the DOM), with
 * roving focus and the tree pattern's keys: Up/Down, Right (open, or go to the first child), Left
 * (close, or go to the parent), Home/End.
 */
export function TreeView(props: TreeViewProps) {
  const { document, index, catalog, expanded, selectedId, diagnosticsByNode, onSelect, onExpandedChange } =
    props;
  const { renamingId, onRenameEnd, filter } = props;
  const t = useStrings();
  const rows = useMemo(
    () => getVisibleRows(document.nodes, expanded, filter?.shown),
    [document.nodes, expanded, filter],
  );
  const treeRef = useRef<HTMLDivElement>(null);
  const focusedId = rows.some((row) => row.node.id === selectedId) ? selectedId : rows[0]?.node.id;

  const focusedIndex = rows.findIndex((row) => row.node.id === focusedId);
  // The focused row stays mounted even when scrolled away, so focus and Tab always find it.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex >= 0 && !indexes.includes(focusedIndex)) indexes.push(focusedIndex);
      return indexes.sort((a, b) => a - b);
    },
    [focusedIndex],
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
    if (event.altKey || event.ctrlKey || event.metaKey || event.target instanceof HTMLInputElement) return;
    const position = rows.findIndex((row) => row.node.id === focusedId);
    const row = rows[position];
    if (!row) return;
    const go = (target: TreeRow | undefined) => {
      if (!target) return;
      onSelect(target.node.id);
      globalThis.document.getElementById(rowDomId(target.node.id))?.focus();
    };
    const handled = (() => {
      switch (event.key) {
        case 'ArrowDown':
          go(rows[position + 1]);
          return true;
        case 'ArrowUp':
          go(rows[position - 1]);
          return true;
        case 'Home':
          go(rows[0]);
          return true;
        case 'End':
          go(rows[rows.length - 1]);
          return true;
        case 'ArrowRight':
          if (row.hasChildren && !row.expanded) onExpandedChange(row.node.id, true);
          else if (row.expanded) go(rows[position + 1]);
          return true;
        case 'ArrowLeft':
          if (row.expanded) onExpandedChange(row.node.id, false);
          else if (row.parentId !== null) go(rows.find((r) => r.node.id === row.parentId));
          return true;
        default:
          return false;
      }
    })();
    if (handled) event.preventDefault();
  };

  return (
    <div ref={treeRef} role="tree" aria-label={t.keywordTree} className="tree" onKeyDown={onKeyDown}>
      <div role="presentation" className="tree-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const { node } = row;
          const keyword = isKeywordNode(node) ? catalog.get(node.keywordId) : undefined;
          const term = isKeywordNode(node)
            ? (keyword?.term ?? t.unknownKeyword(node.keywordId))
            : t.includes(node.include.fragmentId, node.include.version);
          const typeLabel = keyword ? t.keywordType[keyword.type] : t.fragments;
          const condition =
            node.showWhen && describeCondition(node.showWhen, node.id, index, catalog, t.condition);
          const findings = diagnosticsByNode.get(node.id) ?? [];
          const errors = findings.filter((d) => d.severity === 'error').length;
          const warnings = findings.length - errors;
          const selected = node.id === selectedId;
          const required = isKeywordNode(node) && node.required === true;
          // The row's name starts with the term; commas make a screen reader pause between the parts.
          const name = [
            term,
            typeLabel,
            required ? t.required : '',
            condition ?? '',
            errors > 0 ? t.rowErrors(errors) : '',
            warnings > 0 ? t.rowWarnings(warnings) : '',
          ]
            .filter(Boolean)
            .join(', ');
          return (
            <div
              key={node.id}
              id={rowDomId(node.id)}
              role="treeitem"
              aria-label={name}
              aria-level={row.depth}
              aria-posinset={row.posInSet}
              aria-setsize={row.setSize}
              aria-expanded={row.hasChildren ? row.expanded : undefined}
              aria-selected={selected}
              tabIndex={node.id === focusedId ? 0 : -1}
              className={`tree-row${selected ? ' is-selected' : ''}`}
              style={{
                paddingInlineStart: `${(row.depth - 1) * 1.25 + 0.25}rem`,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
              }}
              onClick={() => onSelect(node.id)}
              onDoubleClick={() => row.hasChildren && onExpandedChange(node.id, !row.expanded)}
            >
              <span
                className="tree-toggle"
                aria-hidden="true"
                onClick={(event) => {
                  event.stopPropagation();
                  if (row.hasChildren) onExpandedChange(node.id, !row.expanded);
                }}
              >
                {row.hasChildren ? (row.expanded ? '▾' : '▸') : ''}
              </span>
              {node.id === renamingId && onRenameEnd ? (
                <RenameInput
                  term={term}
                  label={t.renameLabel}
                  onEnd={(value) => onRenameEnd(node.id, value)}
                />
              ) : (
                <span className="tree-term">
                  {filter?.matches.has(node.id) ? <Highlighted term={term} query={filter.query} /> : term}
                </span>
              )}
              <span className="tree-type">{typeLabel}</span>
              {required ? <span className="tree-required">{t.required}</span> : null}
              {condition ? (
                <span className="tree-condition" title={condition}>
                  {condition}
                </span>
              ) : null}
              {errors > 0 ? <span className="tree-badge is-error">{t.rowErrors(errors)}</span> : null}
              {warnings > 0 ? <span className="tree-badge is-warning">{t.rowWarnings(warnings)}</span> : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}
