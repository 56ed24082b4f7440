import { useState, type ReactNode } from 'react';
import type { AnswerValue, Keyword, KeywordNode } from '../../domain/model.ts';
import { getOptions } from '../../domain/model.ts';
import { LIMITS } from '../../domain/limits.ts';
import { assertNever, getTypeSpec } from '../../domain/keyword-types.ts';
import { formatAnswer } from '../../domain/note.ts';
import type { Strings } from '../../i18n/strings.ts';
import { fieldId, formatDecimal } from './field-ids.ts';

export interface FieldProps {
  readonly node: KeywordNode;
  readonly keyword: Keyword;
  readonly value: AnswerValue | undefined;
  /** The computed value of a score (Poängsumma). */
  readonly score: AnswerValue | undefined;
  readonly onAnswer: (nodeId: string, value: AnswerValue | undefined) => void;
  readonly t: Strings;
  /** What the answer check says about this answer, shown under the input. */
  readonly problem: string | undefined;
  /** A folded keyword shown by "Visa alla grenar": read-only. */
  readonly disabled: boolean;
  readonly children: ReactNode;
}

/** A number typed the Swedish way (decimal comma); the text stays as typed until it is a number. */
function NumberInput(props: {
  id: string;
  value: AnswerValue | undefined;
  describedBy: string | undefined;
  required: boolean;
  disabled: boolean;
  invalidFromCheck: boolean;
  notANumber: string;
  onChange: (value: number | undefined) => void;
}) {
  const [draft, setDraft] = useState(typeof props.value === 'number' ? formatDecimal(props.value) : '');
  const text = draft.trim().replace(',', '.');
  const notANumber = text !== '' && !Number.isFinite(Number(text));
  const errorId = `${props.id}-ej-tal`;
  return (
    <>
      <input
        id={props.id}
        type="text"
        inputMode="decimal"
        value={draft}
        disabled={props.disabled}
        aria-describedby={notANumber ? errorId : props.describedBy}
        aria-invalid={notANumber || props.invalidFromCheck || undefined}
        aria-required={props.required || undefined}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setDraft(next);
          const n = Number(next.trim().replace(',', '.'));
          props.onChange(next.trim() === '' || !Number.isFinite(n) ? undefined : n);
        }}
      />
      {notANumber ? (
        <p id={errorId} className="preview-problem">
          {props.notANumber}
        </p>
      ) : null}
    </>
  );
}

/** One keyword as the clinician meets it: the input its type implies, then what unfolds below it. */
export function PreviewField(props: FieldProps) {
  const { node, keyword, value, onAnswer, t, problem, disabled, children } = props;
  const id = fieldId(node.id);
  const required = node.required === true;
  const helpId = keyword.description ? `${id}-hjalp` : undefined;
  const problemId = problem ? `${id}-fel` : undefined;
  const describedBy = [helpId, problemId].filter(Boolean).join(' ') || undefined;
  const invalid = problem ? true : undefined;
  const mark = required ? <abbr title={t.preview.requiredMark}> *</abbr> : null;
  const help = helpId ? (
    <p id={helpId} className="preview-help">
      {keyword.description}
    </p>
  ) : null;
  const problemText = problemId ? (
    <p id={problemId} className="preview-problem">
      {problem}
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
      aria-labelledby={`${id}-rubrik`}
      aria-describedby={describedBy}
      aria-required={radios && required ? true : undefined}
      aria-invalid={radios ? invalid : undefined}
    >
      <legend id={`${id}-rubrik`}>
        {keyword.term}
        {mark}
      </legend>
      {help}
      {control}
      {problemText}
    </fieldset>
  );
  const single = (control: ReactNode, hint = '') => (
    <div className="preview-field">
      <label htmlFor={id}>
        {keyword.term}
        {hint}
        {mark}
      </label>
      {help}
      {control}
      {problemText}
    </div>
  );
  const inputProps = {
    id,
    disabled,
    'aria-describedby': describedBy,
    'aria-required': required || undefined,
    'aria-invalid': invalid,
  };

  let field: ReactNode;
  const answer = getTypeSpec(keyword.type).answer;
  switch (answer) {
    case 'none':
      return (
        <section className="preview-heading" aria-labelledby={id}>
          <h3 id={id}>{keyword.term}</h3>
          {help}
          {children}
        </section>
      );
    case 'tick':
      field = group(
        <label>
          <input
            id={id}
            type="checkbox"
            disabled={disabled}
            checked={value === true}
            onChange={(e) => set(e.currentTarget.checked ? true : undefined)}
          />{' '}
          {t.preview.yes}
        </label>,
      );
      break;
    case 'option':
      field =
        options.length > LIMITS.radioOptions
          ? single(
              <select
                {...inputProps}
                value={typeof value === 'string' ? value : ''}
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
                {options.map((o, i) => (
                  <label key={o.id}>
                    <input
                      id={i === 0 ? id : undefined}
                      type="radio"
                      name={id}
                      disabled={disabled}
                      checked={value === o.id}
                      onChange={() => set(o.id)}
                    />{' '}
                    {o.label}
                  </label>
                ))}
                {value !== undefined && !disabled ? (
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
    case 'options': {
      const chosen: readonly string[] = Array.isArray(value) ? (value as readonly string[]) : [];
      field = group(
        <div className="preview-options">
          {options.map((o, i) => (
            <label key={o.id}>
              <input
                id={i === 0 ? id : undefined}
                type="checkbox"
                disabled={disabled}
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
          {...inputProps}
          rows={2}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => set(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
        />,
      );
      break;
    case 'number': {
      const unit = keyword.unit ? ` ${keyword.unit}` : '';
      const hint =
        keyword.min !== undefined && keyword.max !== undefined
          ? ` (${t.preview.range(formatDecimal(keyword.min), formatDecimal(keyword.max))}${unit})`
          : keyword.unit
            ? ` (${keyword.unit})`
            : '';
      field = single(
        <NumberInput
          id={id}
          value={value}
          describedBy={describedBy}
          required={required}
          disabled={disabled}
          invalidFromCheck={problem !== undefined}
          notANumber={t.preview.notANumber}
          onChange={set}
        />,
        hint,
      );
      break;
    }
    case 'date':
      // A text field, as in Cosmic: a typed date that does not exist is caught by the answer check.
      field = single(
        <input
          {...inputProps}
          type="text"
          inputMode="numeric"
          placeholder={t.preview.dateHint}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => set(e.currentTarget.value.trim() || undefined)}
        />,
        ` (${t.preview.dateHint})`,
      );
      break;
    case 'computed':
      field = (
        <div className="preview-field">
          <span id={id}>{keyword.term}</span>{' '}
          <output aria-labelledby={id}>
            {props.score === undefined ? '–' : formatAnswer(keyword, props.score)}
          </output>
          {help}
        </div>
      );
      break;
    default:
      return assertNever(answer, 'answer kind');
  }
  return (
    <>
      {field}
      {children ? <div className="preview-children">{children}</div> : null}
    </>
  );
}
