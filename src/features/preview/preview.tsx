import { useId, useMemo, useRef, useState } from 'react';
import type { AnswerValue, Answers, Catalog, TreeDocument } from '../../domain/model.ts';
import { isKeywordNode } from '../../domain/model.ts';
import { liveFormFor } from '../../domain/live-form.ts';
import { useStrings } from '../../i18n/language.tsx';
import { getKeptExpressions } from '../../formats/fhir-expressions.ts';
import { getItemShapes } from '../../formats/fhir-item-shapes.ts';
import { useRestoredAnswers } from './use-restored-answers.ts';
import { describeProblem } from './answer-problem-words.ts';
import { nodeIdOfField } from './field-ids.ts';
import { formRows } from './form-rows.ts';
import { FormRowsView, type FormRowsHandle } from './form-rows-view.tsx';
import { useFinishedForm } from './use-finished-form.ts';

/** The rows a long form paints before its opening pass is finished: a screen and a little more. */
export const FIRST_ROWS = 24;

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

/**
 * "Förhandsgranskning": the template as a clinician meets it in Cosmic. Ticking Ja unfolds the
 * keywords whose conditions now hold (and says how many); answers of folded keywords are kept and
 * come back when they unfold again, but never reach the note text. "Visa alla grenar" also shows
 * the folded keywords, read-only, each marked with what would show it. "Kontrollera svar" checks
 * the answers as a form would on signing; range and date problems show as soon as a field is left.
 * The form is live (an answer is followed only as far as it reaches) and virtualised (only the
 * rows near the view are in the page), so a tick costs the same in 500 nodes as in 25,000.
 */
export function Preview({ document, catalog, answers, onAnswer, onReset, formKey = 0 }: PreviewProps) {
  const t = useStrings();
  const headingId = useId();
  const form = liveFormFor(document, catalog);
  // The live form follows the answers; every view of this document version shares it.
  const change = useMemo(() => form.update(answers), [form, answers]);
  // After the update: an answer to follow finishes the opening pass at once.
  const finished = useFinishedForm(form);
  const index = form.index;
  const [showAll, setShowAll] = useState(false);
  const [checkRequested, setCheckRequested] = useState(false);
  const problems = checkRequested ? form.problemList() : [];
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const rowsRef = useRef<FormRowsHandle>(null);
  const [announcement, setAnnouncement] = useState('');

  const { restored, answer, clearAll } = useRestoredAnswers(form, change, answers, formKey, onAnswer);

  // Says how many keywords an answer unfolded or folded (state adjusted while rendering). A new
  // document version (an edit beside the form) is no unfolding to announce.
  const [announced, setAnnounced] = useState({ form, change });
  if (announced.form !== form || announced.change !== change) {
    setAnnounced({ form, change });
    if (announced.form === form && change.shown.length > 0)
      setAnnouncement(t.preview.unfolded(change.shown.length));
    else if (announced.form === form && change.hidden.length > 0)
      setAnnouncement(t.preview.folded(change.hidden.length));
  }

  // A fresh form (reset, loaded Testfall) starts without check marks (state adjusted while rendering).
  const [formKeySeen, setFormKeySeen] = useState(formKey);
  if (formKeySeen !== formKey) {
    setFormKeySeen(formKey);
    setCheckRequested(false);
    setTouched(new Set());
  }

  // Until the opening pass is finished, the first rows only, evaluated as far as they reach.
  const shownNodes = finished ? form.shownNow() : undefined;
  const rows = useMemo(
    () =>
      shownNodes
        ? formRows(index.ordered, (id) => shownNodes.has(id), catalog, showAll)
        : formRows(index.ordered, (id) => form.shownSoFar(id), catalog, showAll, FIRST_ROWS),
    [index, form, shownNodes, catalog, showAll],
  );
  const problemOf = (nodeId: string) => {
    // Problems are known once the pass is finished; none is shown before a field is left anyway.
    const problem = finished ? form.problems.get(nodeId) : undefined;
    if (!problem) return undefined;
    const shown = checkRequested || (problem.kind !== 'required' && touched.has(nodeId));
    return shown ? describeProblem(problem, t) : undefined;
  };
  const expressions = useMemo(() => getKeptExpressions(document), [document]);
  const shapes = useMemo(() => getItemShapes(document.keptFromImport), [document.keptFromImport]);

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
                      <button
                        type="button"
                        className="link"
                        onClick={() => rowsRef.current?.focusField(problem.nodeId)}
                      >
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
          // Still inside Datum och tid (its day, calendar and time): half an answer is not named yet.
          const parts = e.target.closest('.date-time-input');
          if (parts && e.relatedTarget instanceof Node && parts.contains(e.relatedTarget)) return;
          const nodeId = nodeIdOfField(e.target.id);
          if (nodeId !== undefined && !touched.has(nodeId)) setTouched((all) => new Set(all).add(nodeId));
        }}
      >
        {document.nodes.length === 0 ? (
          <p>{t.preview.empty}</p>
        ) : (
          <FormRowsView
            ref={rowsRef}
            rows={rows}
            form={form}
            complete={finished}
            answers={answers}
            catalog={catalog}
            index={index}
            expressions={expressions}
            shapes={shapes}
            restored={restored}
            problemOf={problemOf}
            onAnswer={answer}
            t={t}
          />
        )}
      </form>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
