import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { AnswerValue, Answers, Catalog, Keyword, TreeDocument, TreeNode } from '../../domain/model.ts';
import { getChildren, getOptions, isKeywordNode } from '../../domain/model.ts';
import { evaluateDocument, type Evaluation } from '../../domain/evaluate.ts';
import { formatAnswer } from '../../domain/note.ts';
import { useStrings } from '../../i18n/language.tsx';
import type { Strings } from '../../i18n/strings.ts';

export interface PreviewProps {
  /** The document with its fragments assembled. */
  readonly document: TreeDocument;
  readonly catalog: Catalog;
  readonly answers: Answers;
  /** Sets (or, with undefined, clears) one answer. Answers of folded keywords are kept. */
  readonly onAnswer: (nodeId: string, value: AnswerValue | undefined) => void;
  readonly onReset: () => void;
}

/** Long value lists become a select, as in Cosmic; short ones stay radio buttons. */
const RADIO_LIMIT = 7;

const formatNumber = (n: number) => String(n).replace('.', ',');

interface FieldProps {
  readonly node: TreeNode & { keywordId: string; required?: boolean };
  readonly keyword: Keyword;
  readonly value: AnswerValue | undefined;
  readonly evaluation: Evaluation;
  readonly onAnswer: PreviewProps['onAnswer'];
  readonly t: Strings;
  readonly children: ReactNode;
}

/** One keyword as the clinician meets it: the input its type implies, then what unfolds below it. */
function Field({ node, keyword, value, evaluation, onAnswer, t, children }: FieldProps) {
  const id = useId();
  const helpId = keyword.description ? `${id}-help` : undefined;
  const required = node.required === true;
  const mark = required ? <abbr title={t.preview.requiredMark}> *</abbr> : null;
  const help = keyword.description ? (
    <p id={helpId} className="preview-help">
      {keyword.description}
    </p>
  ) : null;
  const options = getOptions(keyword);
  const set = (next: AnswerValue | undefined) => onAnswer(node.id, next);
  // A set of radio buttons is a radiogroup, which may carry aria-required; a set of check boxes
  // is a plain group, whose required mark is the visible "*" (abbr: obligatoriskt).
  const group = (control: ReactNode, radios = false) => (
    <fieldset
      className="preview-field"
      role={radios ? 'radiogroup' : undefined}
      // Named from the legend explicitly: with a role set, the legend alone may not name it.
      aria-labelledby={`${id}-legend`}
      aria-describedby={helpId}
      aria-required={radios && required ? true : undefined}
    >
      <legend id={`${id}-legend`}>
        {keyword.term}
        {mark}
      </legend>
      {help}
      {control}
    </fieldset>
  );
  const single = (control: ReactNode) => (
    <div className="preview-field">
      <label htmlFor={id}>
        {keyword.term}
        {mark}
      </label>
      {help}
      {control}
    </div>
  );

  let field: ReactNode;
  switch (keyword.type) {
    case 'heading':
      return (
        <section className="preview-heading" aria-labelledby={id}>
          <h3 id={id}>{keyword.term}</h3>
          {help}
          {children}
        </section>
      );
    case 'check':
      field = group(
        <label>
          <input
            type="checkbox"
            checked={value === true}
            onChange={(e) => set(e.currentTarget.checked ? true : undefined)}
          />{' '}
          {t.preview.yes}
        </label>,
      );
      break;
    case 'yesNo':
    case 'singleChoice':
      field =
        options.length > RADIO_LIMIT
          ? single(
              <select
                id={id}
                value={typeof value === 'string' ? value : ''}
                aria-describedby={helpId}
                aria-required={required}
                onChange={(e) => set(e.currentTarget.value || undefined)}
              >
                <option value="">{t.preview.choose}</option>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>,
            )
          : group(
              <div className="preview-options">
                {options.map((o) => (
                  <label key={o.id}>
                    <input type="radio" name={id} checked={value === o.id} onChange={() => set(o.id)} />{' '}
                    {o.label}
                  </label>
                ))}
                {value !== undefined ? (
                  <button
                    type="button"
                    className="preview-clear"
                    aria-label={t.preview.clear(keyword.term)}
                    onClick={() => set(undefined)}
                  >
                    {t.preview.clearShort}
                  </button>
                ) : null}
              </div>,
              true,
            );
      break;
    case 'multipleChoice': {
      const chosen: readonly string[] = Array.isArray(value) ? (value as readonly string[]) : [];
      field = group(
        <div className="preview-options">
          {options.map((o) => (
            <label key={o.id}>
              <input
                type="checkbox"
                checked={chosen.includes(o.id)}
                onChange={(e) => {
                  const next = e.currentTarget.checked ? [...chosen, o.id] : chosen.filter((c) => c !== o.id);
                  // Keep the value list's order, so the note lists values as the list does.
                  set(
                    next.length === 0 ? undefined : options.map((x) => x.id).filter((x) => next.includes(x)),
                  );
                }}
              />{' '}
              {o.label}
            </label>
          ))}
        </div>,
      );
      break;
    }
    case 'text':
      field = single(
        <textarea
          id={id}
          rows={2}
          value={typeof value === 'string' ? value : ''}
          aria-describedby={helpId}
          aria-required={required}
          onChange={(e) => set(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
        />,
      );
      break;
    case 'number': {
      const range =
        keyword.min !== undefined && keyword.max !== undefined
          ? ` (${t.preview.range(formatNumber(keyword.min), formatNumber(keyword.max))}${keyword.unit ? ` ${keyword.unit}` : ''})`
          : keyword.unit
            ? ` (${keyword.unit})`
            : '';
      field = (
        <div className="preview-field">
          <label htmlFor={id}>
            {keyword.term}
            {range}
            {mark}
          </label>
          {help}
          <input
            id={id}
            type="text"
            inputMode="decimal"
            defaultValue={typeof value === 'number' ? formatNumber(value) : ''}
            aria-describedby={helpId}
            aria-required={required}
            onChange={(e) => {
              const text = e.currentTarget.value.trim().replace(',', '.');
              const n = Number(text);
              set(text === '' || !Number.isFinite(n) ? undefined : n);
            }}
          />
        </div>
      );
      break;
    }
    case 'date':
      field = single(
        <input
          id={id}
          type="date"
          value={typeof value === 'string' ? value : ''}
          aria-describedby={helpId}
          aria-required={required}
          onChange={(e) => set(e.currentTarget.value || undefined)}
        />,
      );
      break;
    case 'score': {
      const score = evaluation.values.get(node.id);
      field = (
        <div className="preview-field">
          <span id={id}>{keyword.term}</span>{' '}
          <output aria-labelledby={id}>{score === undefined ? '–' : formatAnswer(keyword, score)}</output>
          {help}
        </div>
      );
      break;
    }
  }
  return (
    <>
      {field}
      {children ? <div className="preview-children">{children}</div> : null}
    </>
  );
}

/**
 * "Förhandsgranskning": the template as a clinician meets it in Cosmic. Ticking Ja unfolds the
 * keywords whose conditions now hold (and says how many); answers of folded keywords are kept and
 * come back when they unfold again, but never reach the note text.
 */
export function Preview({ document, catalog, answers, onAnswer, onReset }: PreviewProps) {
  const t = useStrings();
  const headingId = useId();
  const evaluation = evaluateDocument(document, catalog, answers);
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<ReadonlySet<string>>(evaluation.visible);

  useEffect(() => {
    const before = previous.current;
    const now = evaluation.visible;
    previous.current = now;
    const shown = [...now].filter((id) => !before.has(id)).length;
    const hidden = [...before].filter((id) => !now.has(id)).length;
    if (shown > 0) setAnnouncement(t.preview.unfolded(shown));
    else if (hidden > 0) setAnnouncement(t.preview.folded(hidden));
  }, [evaluation.visible, t]);

  const render = (nodes: readonly TreeNode[]): ReactNode[] =>
    nodes.map((node) => {
      if (!evaluation.visible.has(node.id)) return null;
      if (!isKeywordNode(node)) {
        return (
          <p key={node.id} className="preview-missing">
            {t.preview.notIncluded(node.include.fragmentId)}
          </p>
        );
      }
      const keyword = catalog.get(node.keywordId);
      if (!keyword) return null;
      const children = render(getChildren(node)).filter(Boolean);
      return (
        <Field
          key={node.id}
          node={node}
          keyword={keyword}
          value={answers.get(node.id)}
          evaluation={evaluation}
          onAnswer={onAnswer}
          t={t}
        >
          {children.length > 0 ? children : null}
        </Field>
      );
    });

  return (
    <section className="preview" aria-labelledby={headingId}>
      <div className="preview-head">
        <h3 id={headingId}>{t.preview.title}</h3>
        <button type="button" onClick={onReset}>
          {t.preview.reset}
        </button>
      </div>
      <form className="preview-form" onSubmit={(e) => e.preventDefault()}>
        {document.nodes.length === 0 ? <p>{t.preview.empty}</p> : render(document.nodes)}
      </form>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
