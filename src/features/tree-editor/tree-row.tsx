import { memo, useId, useRef, useState } from 'react';
import { GripVertical } from 'lucide-react';
import type { Strings } from '../../i18n/strings.ts';
import type { TreeRow } from './tree-rows.ts';
import type { describeRow } from './row-description.ts';
import { rowDomId } from './focus.ts';
import { Icon } from '../../components/icon.tsx';

/** Every row is one line of this height, so positions are known without measuring. */
export const ROW_HEIGHT = 30;
/** One level of indentation, in pixels (also one level of a sideways drag). */
export const INDENT = 20;

/** The term with the searched text marked. */
function Highlighted({ term, query }: { term: string; query: string }) {
  const needle = query.trim();
  const at = term.toLocaleLowerCase('sv').indexOf(needle.toLocaleLowerCase('sv'));
  if (at < 0 || needle === '') return <>{term}</>;
  return (
    <>
      {term.slice(0, at)}
      <mark>{term.slice(at, at + needle.length)}</mark>
      {term.slice(at + needle.length)}
    </>
  );
}

function RenameInput(props: {
  term: string;
  label: string;
  onEnd: (term: string | undefined) => void;
  /** Every change of the text, as it is typed (kept so a reload does not lose it). */
  onDraft: (text: string) => void;
  /** Terms of the catalogue that match what is typed: a keyword to reuse rather than duplicate. */
  suggest: (text: string) => readonly string[];
}) {
  const ended = useRef(false);
  const listId = useId();
  const [typed, setTyped] = useState('');
  const end = (term: string | undefined) => {
    if (ended.current) return;
    ended.current = true;
    props.onEnd(term);
  };
  return (
    <>
      <input
        className="tree-rename"
        aria-label={props.label}
        list={listId}
        onChange={(event) => {
          setTyped(event.currentTarget.value);
          props.onDraft(event.currentTarget.value);
        }}
        defaultValue={props.term}
        // Text editing keeps the browser's own undo until the new term is committed.
        data-native-undo=""
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
        onClick={(event) => event.stopPropagation()}
        onPointerDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Enter') end(event.currentTarget.value);
          else if (event.key === 'Escape') end(undefined);
        }}
        onBlur={(event) => end(event.currentTarget.value)}
      />
      <datalist id={listId}>
        {props.suggest(typed).map((term) => (
          <option key={term} value={term} />
        ))}
      </datalist>
    </>
  );
}

export interface TreeRowViewProps {
  readonly row: TreeRow;
  readonly top: number;
  readonly description: ReturnType<typeof describeRow>;
  readonly selected: boolean;
  readonly focusable: boolean;
  readonly dragging: boolean;
  readonly renaming: boolean;
  readonly highlight: string | undefined;
  readonly t: Strings;
  readonly onSelect: (id: string) => void;
  readonly onToggle: (id: string, open: boolean) => void;
  readonly onRenameEnd: (nodeId: string, term: string | undefined) => void;
  /** The text a rename of this row starts from, when a reload interrupted one (else the term). */
  readonly renameFrom: string | undefined;
  readonly onRenameDraft: (nodeId: string, text: string) => void;
  readonly suggest: (text: string) => readonly string[];
}

/** The same row, unless a prop or a word of its description changed (handlers are stable, see TreeView). */
function isSameRow(before: TreeRowViewProps, after: TreeRowViewProps): boolean {
  const keys = Object.keys(after) as (keyof TreeRowViewProps)[];
  return keys.every((key) =>
    key === 'description'
      ? (Object.keys(after.description) as (keyof TreeRowViewProps['description'])[]).every(
          (field) => before.description[field] === after.description[field],
        )
      : before[key] === after[key],
  );
}

/**
 * One treeitem. It can be dragged with the pointer; the keyboard moves it with Alt+arrows or
 * Flytta till. Memoised: a keystroke elsewhere re-renders only the rows whose words changed.
 */
export const TreeRowView = memo(function TreeRowView(props: TreeRowViewProps) {
  const { row, description: d, selected } = props;
  const { node } = row;
  return (
    <div
      id={rowDomId(node.id)}
      role="treeitem"
      aria-label={d.name}
      aria-level={row.depth}
      aria-posinset={row.posInSet}
      aria-setsize={row.setSize}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-selected={selected}
      tabIndex={props.focusable ? 0 : -1}
      className={`tree-row${selected ? ' is-selected' : ''}${props.dragging ? ' is-dragging' : ''}${row.readOnly ? ' is-included' : ''}`}
      style={{
        paddingInlineStart: (row.depth - 1) * INDENT + 4,
        height: ROW_HEIGHT,
        // Placed by top, not transform: dnd-kit measures the dragged node without its transform.
        top: props.top,
      }}
      onClick={() => props.onSelect(node.id)}
      // Selection follows focus, as in the WAI-ARIA single-select tree.
      onFocus={(event) => {
        if (event.target === event.currentTarget && !selected) props.onSelect(node.id);
      }}
      onDoubleClick={() => row.hasChildren && props.onToggle(node.id, !row.expanded)}
    >
      {/* Where to take hold: the whole row drags, the grip says so (pointer only; keys move with Alt+arrows). */}
      <Icon of={GripVertical} className="tree-grip" size={14} />
      <span
        className="tree-toggle"
        aria-hidden="true"
        onClick={(event) => {
          event.stopPropagation();
          if (row.hasChildren) props.onToggle(node.id, !row.expanded);
        }}
      >
        {row.hasChildren ? (row.expanded ? '▾' : '▸') : ''}
      </span>
      {props.renaming ? (
        <RenameInput
          term={props.renameFrom ?? d.term}
          onDraft={(text) => props.onRenameDraft(node.id, text)}
          label={props.t.renameLabel}
          onEnd={(value) => props.onRenameEnd(node.id, value)}
          suggest={props.suggest}
        />
      ) : (
        <span className="tree-term">
          {props.highlight ? <Highlighted term={d.term} query={props.highlight} /> : d.term}
        </span>
      )}
      <span className="tree-type">{d.typeLabel}</span>
      {d.origin ? <span className="tree-origin">{props.t.fragmentChip}</span> : null}
      {d.required ? <span className="tree-required">{props.t.required}</span> : null}
      {d.condition ? (
        <span className="tree-condition" title={d.condition}>
          {d.condition}
        </span>
      ) : null}
      {d.errors > 0 ? <span className="tree-badge is-error">{props.t.rowErrors(d.errors)}</span> : null}
      {d.warnings > 0 ? (
        <span className="tree-badge is-warning">{props.t.rowWarnings(d.warnings)}</span>
      ) : null}
      {d.comments > 0 ? (
        <span className="tree-badge is-comment">{props.t.comments.rowChip(d.comments)}</span>
      ) : null}
    </div>
  );
}, isSameRow);
