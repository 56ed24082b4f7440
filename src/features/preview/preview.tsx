import {
  createContext,
  memo,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { AnswerValue, Answers, Catalog, TreeDocument, TreeNode } from '../../domain/model.ts';
import { PreviewViews, type NodeView } from './preview-views.ts';
import { getChildren, isKeywordNode } from '../../domain/model.ts';
import { evaluateCondition, evaluateDocument } from '../../domain/evaluate.ts';
import { checkAnswers } from '../../domain/answer-checks.ts';
import { indexTree } from '../../domain/tree.ts';
import { describeCondition } from '../../formats/describe-condition.ts';
import { useStrings } from '../../i18n/language.tsx';
import type { Strings } from '../../i18n/strings.ts';
import { PreviewField } from './preview-field.tsx';
import { getKeptExpressions, type KeptExpression } from '../../formats/fhir-expressions.ts';
import { useRestoredAnswers } from './use-restored-answers.ts';
import { describeProblem } from './answer-problem-words.ts';
import { fieldId, nodeIdOfField } from './field-ids.ts';

export interface PreviewProps {
  /** The document with its fragments assembled. */
  readonly document: TreeDocument;
  readonly catalog: Catalog;
  readonly answers: Answers;
  /** Sets (or, with undefined, clears) one answer. Answers of folded keywords are kept. */
  readonly onAnswer: (nodeId: string, value: AnswerValue | undefined) => void;
  readonly onReset: () => void;
  /** Changes when answers are replaced from outside (reset, a loaded Testfall): the form starts over. */
  readonly formKey?: number;
}

/** Focuses a keyword's input (the first of a group). */
function focusField(nodeId: string) {
  globalThis.document.getElementById(fieldId(nodeId))?.focus();
}

interface PreviewContextValue {
  readonly store: PreviewViews;
  readonly catalog: Catalog;
  readonly onAnswer: PreviewProps['onAnswer'];
  readonly t: Strings;
  /** FHIRPath an imported item carries: shown beside its field, not evaluated. */
  readonly expressions: ReadonlyMap<string, readonly KeptExpression[]>;
}
const PreviewContext = createContext<PreviewContextValue | null>(null);

/** One node of the form; re-renders only when its own view (or the node itself) changes. */
const PreviewNode = memo(function PreviewNode({ node }: { node: TreeNode }) {
  const { store, catalog, onAnswer, t, expressions } = useContext(PreviewContext)!;
  const subscribe = useMemo(() => store.subscribeTo(node.id), [store, node.id]);
  const view = useSyncExternalStore(subscribe, () => store.get(node.id));
  if (!view?.shown) return null;
  if (!isKeywordNode(node))
    return <p className="preview-missing">{t.preview.notIncluded(node.include.fragmentId)}</p>;
  const keyword = catalog.get(node.keywordId);
  if (!keyword) return null;
  const children = getChildren(node);
  const field = (
    <PreviewField
      node={node}
      keyword={keyword}
      value={view.value}
      score={view.score}
      onAnswer={onAnswer}
      t={t}
      problem={view.problem}
      expressions={expressions.get(node.id)}
      // A value a FHIR renderer calculates is not typed in: read-only here.
      disabled={!view.visible || expressions.get(node.id)?.some((e) => e.kind === 'calculated') === true}
      restored={view.restored}
    >
      {children.length > 0 ? children.map((child) => <PreviewNode key={child.id} node={child} />) : null}
    </PreviewField>
  );
  if (view.hiddenReason === undefined) return field;
  return (
    <div className="preview-hidden">
      <p className="preview-hidden-reason">{view.hiddenReason}</p>
      {field}
    </div>
  );
});

/**
 * "Förhandsgranskning": the template as a clinician meets it in Cosmic. Ticking Ja unfolds the
 * keywords whose conditions now hold (and says how many); answers of folded keywords are kept and
 * come back when they unfold again, but never reach the note text. "Visa alla grenar" also shows
 * the folded keywords, read-only, each marked with what would show it. "Kontrollera svar" checks
 * the answers as a form would on signing; range and date problems show as soon as a field is left.
 */
export function Preview({ document, catalog, answers, onAnswer, onReset, formKey = 0 }: PreviewProps) {
  const t = useStrings();
  const headingId = useId();
  const evaluation = useMemo(
    () => evaluateDocument(document, catalog, answers),
    [document, catalog, answers],
  );
  const problems = useMemo(
    () => checkAnswers(document, catalog, answers, evaluation),
    [document, catalog, answers, evaluation],
  );
  const index = useMemo(() => indexTree(document.nodes), [document.nodes]);
  const [showAll, setShowAll] = useState(false);
  const [checkRequested, setCheckRequested] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<ReadonlySet<string>>(evaluation.visible);

  const { restored, answer, clearAll } = useRestoredAnswers(evaluation.visible, answers, formKey, onAnswer);

  useEffect(() => {
    const before = previous.current;
    const now = evaluation.visible;
    previous.current = now;
    const shown = [...now].filter((id) => !before.has(id)).length;
    const hidden = [...before].filter((id) => !now.has(id)).length;
    if (shown > 0) setAnnouncement(t.preview.unfolded(shown));
    else if (hidden > 0) setAnnouncement(t.preview.folded(hidden));
  }, [evaluation.visible, t]);

  // A fresh form (reset, loaded Testfall) starts without check marks (state adjusted while rendering).
  const [formKeySeen, setFormKeySeen] = useState(formKey);
  if (formKeySeen !== formKey) {
    setFormKeySeen(formKey);
    setCheckRequested(false);
    setTouched(new Set());
  }

  const shownProblems = problems.filter(
    (p) => checkRequested || (p.kind !== 'required' && touched.has(p.nodeId)),
  );
  const problemByNode = new Map(shownProblems.map((p) => [p.nodeId, describeProblem(p, t)]));
  const views = new Map<string, NodeView>();
  for (const { node, parentId } of index.ordered) {
    const visible = evaluation.visible.has(node.id);
    const parentVisible = parentId === null || evaluation.visible.has(parentId);
    // Only the folded node whose own condition fails is marked; what lies below it folds with it.
    let hiddenReason: string | undefined;
    if (showAll && !visible && parentVisible) {
      hiddenReason =
        node.showWhen && !evaluateCondition(node.showWhen, evaluation.values)
          ? t.preview.hiddenBecause(
              describeCondition(node.showWhen, node.id, index, catalog, t.condition, { nameParent: true }),
            )
          : t.preview.hiddenWithParent;
    }
    views.set(node.id, {
      visible,
      shown: visible || showAll,
      value: answers.get(node.id),
      score: evaluation.scores.get(node.id),
      problem: visible ? problemByNode.get(node.id) : undefined,
      hiddenReason,
      restored: visible && restored.has(node.id),
    });
  }
  const [store] = useState(() => new PreviewViews(views));
  // Published before paint; only the fields whose view changed re-render.
  useLayoutEffect(() => store.publish(views));
  const expressions = useMemo(() => getKeptExpressions(document), [document]);
  const context = useMemo(
    () => ({ store, catalog, onAnswer: answer, t, expressions }),
    [store, catalog, answer, t, expressions],
  );

  return (
    <section className="preview" aria-labelledby={headingId}>
      <div className="preview-head">
        <h3 id={headingId}>{t.preview.title}</h3>
        <div className="preview-actions">
          <button type="button" aria-pressed={showAll} onClick={() => setShowAll((on) => !on)}>
            {t.preview.showAll}
          </button>
          <button
            type="button"
            onClick={() => {
              setCheckRequested(true);
              // After the summary renders, take the user to it (the error-summary pattern).
              requestAnimationFrame(() => summaryRef.current?.focus());
            }}
          >
            {t.preview.checkAnswers}
          </button>
          <button type="button" onClick={onReset}>
            {t.preview.reset}
          </button>
        </div>
      </div>
      {restored.size > 0 ? (
        <p className="preview-restored-summary" role="status">
          {t.preview.restoredCount(restored.size)}{' '}
          <button type="button" onClick={clearAll}>
            {t.preview.clearAllRestored}
          </button>
        </p>
      ) : null}
      {checkRequested ? (
        <section className="answer-check" aria-labelledby={`${headingId}-kontroll`}>
          <h4 id={`${headingId}-kontroll`} ref={summaryRef} tabIndex={-1}>
            {t.preview.answerCheck}
          </h4>
          {problems.length === 0 ? (
            <p>{t.preview.noProblems}</p>
          ) : (
            <>
              <p>{t.preview.problemCount(problems.length)}</p>
              <ul>
                {problems.map((problem) => {
                  const node = index.places.get(problem.nodeId)?.node;
                  const term = node && isKeywordNode(node) ? (catalog.get(node.keywordId)?.term ?? '') : '';
                  return (
                    <li key={`${problem.nodeId}-${problem.kind}`}>
                      <button type="button" className="link" onClick={() => focusField(problem.nodeId)}>
                        {term}: {describeProblem(problem, t)}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </section>
      ) : null}
      <form
        key={formKey}
        className="preview-form"
        onSubmit={(e) => e.preventDefault()}
        onBlur={(e) => {
          const nodeId = nodeIdOfField(e.target.id);
          if (nodeId !== undefined && !touched.has(nodeId)) setTouched((all) => new Set(all).add(nodeId));
        }}
      >
        <PreviewContext.Provider value={context}>
          {document.nodes.length === 0 ? (
            <p>{t.preview.empty}</p>
          ) : (
            document.nodes.map((node) => <PreviewNode key={node.id} node={node} />)
          )}
        </PreviewContext.Provider>
      </form>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
