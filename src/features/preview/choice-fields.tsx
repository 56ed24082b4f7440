import type { ReactNode } from 'react';
import type { AnswerValue, Keyword, Option } from '../../domain/model.ts';
import { formatDecimal } from './field-ids.ts';
import { LIMITS } from '../../domain/limits.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { FieldFrame } from './field-frame.tsx';

/** An option's points beside its label, so the clinician sees what an answer adds to a score. */
function points(option: Option, t: Strings): ReactNode {
  if (option.score === undefined) return null;
  return (
    <>
      {' '}
      <span className="preview-points">({t.preview.points(formatDecimal(option.score))})</span>
    </>
  );
}

/** One option of a list: radio buttons for a short list (with a way to clear), a drop-down for a long one. */
export function renderOptionField(
  frame: FieldFrame,
  keyword: Keyword,
  value: AnswerValue | undefined,
  disabled: boolean,
  t: Strings,
  /** A further control inside the field: an open choice's free answer. */
  other?: ReactNode,
): ReactNode {
  const { id, options, set, group, single, inputProps } = frame;
  return options.length > LIMITS.radioOptions
    ? single(
        <>
          <select
            {...inputProps}
            value={typeof value === 'string' && options.some((o) => o.id === value) ? value : ''}
            onChange={(e) => set(e.currentTarget.value || undefined)}
          >
            <option value="">{t.preview.choose}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
                {o.score === undefined ? '' : ` (${t.preview.points(formatDecimal(o.score))})`}
              </option>
            ))}
          </select>
          {other}
        </>,
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
              {points(o, t)}
            </label>
          ))}
          {other}
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
}

/**
 * Several options of a list: check boxes, the answer kept in the list's order. An open choice
 * (`other`) also takes words: kept after the values, so the note lists them last.
 */
export function renderOptionsField(
  frame: FieldFrame,
  value: AnswerValue | undefined,
  disabled: boolean,
  t: Strings,
  other?: (words: string, setWords: (words: string) => void) => ReactNode,
): ReactNode {
  const { id, options, set, group } = frame;
  const all: readonly string[] = Array.isArray(value) ? (value as readonly string[]) : [];
  const ids = new Set(options.map((o) => o.id));
  const chosen = all.filter((c) => ids.has(c));
  const words = all.find((c) => !ids.has(c)) ?? '';
  const answer = (picked: readonly string[], typed: string) => {
    // Keep the value list's order, so the note lists values as the list does.
    const next = [
      ...options.map((x) => x.id).filter((x) => picked.includes(x)),
      ...(typed === '' ? [] : [typed]),
    ];
    set(next.length === 0 ? undefined : next);
  };
  return group(
    <div className="preview-options">
      {options.map((o, i) => (
        <label key={o.id}>
          <input
            id={i === 0 ? id : undefined}
            type="checkbox"
            disabled={disabled}
            checked={chosen.includes(o.id)}
            onChange={(e) =>
              answer(e.currentTarget.checked ? [...chosen, o.id] : chosen.filter((c) => c !== o.id), words)
            }
          />{' '}
          {o.label}
          {points(o, t)}
        </label>
      ))}
      {other?.(words, (typed) => answer(chosen, typed))}
    </div>,
  );
}
