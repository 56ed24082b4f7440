import { memo, useCallback, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { AnswerValue, Answers, Catalog, TreeNode } from '../../domain/model.ts';
import { isKeywordNode } from '../../domain/model.ts';
import type { LiveForm } from '../../domain/live-form.ts';
import type { ScoreStatus } from '../../domain/evaluate.ts';
import { evaluateCondition } from '../../domain/evaluate.ts';
import type { TreeIndex } from '../../domain/tree.ts';
import { describeCondition } from '../../formats/describe-condition.ts';
import type { KeptExpression } from '../../formats/fhir-expressions.ts';
import type { ItemShape } from '../../formats/fhir-item-shapes.ts';
import type { Strings } from '../../i18n/strings.ts';
import { PreviewField } from './preview-field.tsx';
import { fieldId } from './field-ids.ts';
import type { FormRow } from './form-rows.ts';

/** What the form above the rows can ask of them. */
export interface FormRowsHandle {
  /** Scrolls a keyword's field into the page (it may not be rendered) and focuses it. */
  focusField(nodeId: string): void;
}

interface FormRowsViewProps {
  readonly ref: Ref<FormRowsHandle>;
  readonly rows: readonly FormRow[];
  readonly form: LiveForm;
  /** False while the rows are the first screen of a form still being opened: their number is not known. */
  readonly complete: boolean;
  readonly answers: Answers;
  readonly catalog: Catalog;
  readonly index: TreeIndex;
  readonly expressions: ReadonlyMap<string, readonly KeptExpression[]>;
  /** How an imported item asks for its answer (a time, a quantity, an open choice), by node id. */
  readonly shapes: ReadonlyMap<string, ItemShape>;
  readonly restored: ReadonlySet<string>;
  /** The answer check's message for a field, when it is to be shown. */
  readonly problemOf: (nodeId: string) => string | undefined;
  readonly onAnswer: (nodeId: string, value: AnswerValue | undefined) => void;
  readonly t: Strings;
}

/** A first guess at a row's height; each row is measured once rendered. */
const ROW_ESTIMATE = 64;
/** How many rows past the focused one stay rendered, so Tab always finds the next field. */
const NEIGHBOURS = 3;
/**
 * A form of up to this many rows is rendered whole (find in page and a screen reader's browse mode
 * see every field); a longer one only near the view.
 */
export const WHOLE_FORM_ROWS = 200;

/**
 * The form's rows, virtualised: only the rows near the view are in the page, laid out by their
 * measured heights. The focused row and its neighbours stay rendered, so Tab and Shift+Tab walk
 * into rows that were not rendered yet (the browser scrolls them in, and the window follows). A
 * list with aria-setsize/aria-posinset tells screen readers where a field sits in the whole form
 * (aria-setsize -1, "not known", while a long form's first screen shows before the rest is read).
 */
export function FormRowsView(props: FormRowsViewProps) {
  const { rows, form, answers, catalog, index, expressions, shapes, restored, problemOf, onAnswer, t } =
    props;
  const listRef = useRef<HTMLDivElement>(null);
  const [focusedIndex, setFocusedIndex] = useState(-1);
  const [pendingIndex, setPendingIndex] = useState(-1);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = new Set(defaultRangeExtractor(range));
      for (const pinned of [focusedIndex, pendingIndex]) {
        if (pinned < 0) continue;
        for (
          let i = Math.max(0, pinned - NEIGHBOURS);
          i <= Math.min(range.count - 1, pinned + NEIGHBOURS);
          i++
        )
          indexes.add(i);
      }
      return [...indexes].sort((a, b) => a - b);
    },
    [focusedIndex, pendingIndex],
  );
  // A short form is laid out by the browser, every row in the flow: nothing to measure on opening.
  const whole = rows.length <= WHOLE_FORM_ROWS;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's functions are not memoised; nothing here is
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => listRef.current?.parentElement ?? null,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    rangeExtractor,
    getItemKey: (i) => rows[i]!.node.id,
    enabled: !whole,
  });
  const items = whole
    ? rows.map((row, i) => ({ index: i, key: row.node.id, start: undefined }))
    : virtualizer.getVirtualItems();

  useImperativeHandle(
    props.ref,
    () => ({
      focusField(nodeId) {
        const at = rows.findIndex((row) => row.node.id === nodeId);
        if (at < 0) return;
        setPendingIndex(at);
        if (!whole) virtualizer.scrollToIndex(at, { align: 'center' });
        // The row renders a frame or two after the scroll; focus it once it is there.
        let frames = 0;
        const tryFocus = () => {
          const field = globalThis.document.getElementById(fieldId(nodeId));
          if (field) field.focus();
          else if (++frames < 20) return void requestAnimationFrame(tryFocus);
          // Found or given up: the row need not stay rendered for it any more.
          setPendingIndex(-1);
        };
        requestAnimationFrame(tryFocus);
      },
    }),
    [rows, virtualizer, whole],
  );

  return (
    <div
      ref={listRef}
      role="list"
      aria-label={t.preview.fields}
      className={whole ? 'form-rows is-whole' : 'form-rows'}
      style={whole ? undefined : { height: virtualizer.getTotalSize() }}
      onFocus={(e) => {
        const at = (e.target as Element).closest<HTMLElement>('[data-index]')?.dataset.index;
        if (at !== undefined) setFocusedIndex(Number(at));
      }}
    >
      {items.map((item) => {
        const row = rows[item.index]!;
        const id = row.node.id;
        const visible = form.soFar.visible.has(id);
        return (
          <div
            key={item.key}
            ref={whole ? undefined : virtualizer.measureElement}
            data-index={item.index}
            role="listitem"
            aria-setsize={props.complete ? rows.length : -1}
            aria-posinset={item.index + 1}
            aria-level={row.depth + 1}
            className={row.folded ? 'form-row preview-hidden' : 'form-row'}
            style={{
              ...(item.start === undefined ? {} : { transform: `translateY(${item.start}px)` }),
              ['--depth' as string]: row.depth,
            }}
          >
            <FormRowContent
              node={row.node}
              catalog={catalog}
              visible={visible}
              value={answers.get(id)}
              score={form.soFar.scores.get(id)}
              problem={visible ? problemOf(id) : undefined}
              reason={row.foldTop ? foldReason(row.node, form, index, catalog, t) : undefined}
              restored={visible && restored.has(id)}
              expressions={expressions.get(id)}
              shape={shapes.get(id)}
              onAnswer={onAnswer}
              t={t}
            />
          </div>
        );
      })}
    </div>
  );
}

/** What would show a folded node: its own condition in words, or that its parent is folded. */
function foldReason(node: TreeNode, form: LiveForm, index: TreeIndex, catalog: Catalog, t: Strings) {
  return node.showWhen && !evaluateCondition(node.showWhen, form.soFar.values)
    ? t.preview.hiddenBecause(
        describeCondition(node.showWhen, node.id, index, catalog, t.condition, { nameParent: true }),
      )
    : t.preview.hiddenWithParent;
}

interface FormRowContentProps {
  readonly node: TreeNode;
  readonly catalog: Catalog;
  readonly visible: boolean;
  readonly value: AnswerValue | undefined;
  readonly score: ScoreStatus | undefined;
  readonly problem: string | undefined;
  readonly reason: string | undefined;
  readonly restored: boolean;
  readonly expressions: readonly KeptExpression[] | undefined;
  readonly shape: ItemShape | undefined;
  readonly onAnswer: (nodeId: string, value: AnswerValue | undefined) => void;
  readonly t: Strings;
}

/** One row's field; re-renders only when what it shows changes. */
const FormRowContent = memo(function FormRowContent(props: FormRowContentProps) {
  const { node, catalog, visible, t, expressions } = props;
  if (!isKeywordNode(node))
    return <p className="preview-missing">{t.preview.notIncluded(node.include.fragmentId)}</p>;
  const keyword = catalog.get(node.keywordId);
  if (!keyword) return null;
  return (
    <>
      {props.reason !== undefined ? <p className="preview-hidden-reason">{props.reason}</p> : null}
      <PreviewField
        node={node}
        keyword={keyword}
        value={props.value}
        score={props.score}
        onAnswer={props.onAnswer}
        t={t}
        problem={props.problem}
        expressions={expressions}
        shape={props.shape}
        // A value a FHIR renderer calculates is not typed in: read-only here.
        disabled={!visible || expressions?.some((e) => e.kind === 'calculated') === true}
        restored={props.restored}
      />
    </>
  );
});
