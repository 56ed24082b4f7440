/**
 * Fields for imported items whose FHIR type the keyword type does not model (fhir-item-shapes.ts):
 * a time of day and a quantity (held as text) and an open choice's free answer. The answer stays
 * what the keyword type holds: a text, or an option id or the free words.
 */
import type { ReactNode } from 'react';
import type { AnswerValue, Keyword } from '../../domain/model.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { ItemShape } from '../../formats/fhir-item-shapes.ts';
import type { FieldFrame } from './field-frame.tsx';
import { partFieldId } from './field-ids.ts';
import { renderOptionField, renderOptionsField } from './choice-fields.tsx';
import { QuantityField } from './quantity-field.tsx';

const textOf = (value: AnswerValue | undefined) => (typeof value === 'string' ? value : '');

/** A time of day typed tt:mm, on one line. */
function timeField(frame: FieldFrame, value: AnswerValue | undefined, t: Strings): ReactNode {
  return frame.single(
    <input
      {...frame.inputProps}
      type="text"
      inputMode="numeric"
      placeholder={t.preview.timeHint}
      className="time-input"
      value={textOf(value)}
      onChange={(e) => frame.set(e.currentTarget.value.trim() || undefined)}
    />,
    ` (${t.preview.timeHint})`,
  );
}

/** The free answer's box of an open choice, inside its fieldset. */
function otherAnswer(
  frame: FieldFrame,
  words: string,
  onWords: (words: string) => void,
  disabled: boolean,
  t: Strings,
) {
  const otherId = partFieldId(frame.inputProps.id, 'annat');
  return (
    <span className="open-choice-other">
      <label htmlFor={otherId}>{t.preview.otherAnswer}</label>{' '}
      <input
        id={otherId}
        type="text"
        disabled={disabled}
        aria-describedby={frame.describedBy}
        value={words}
        onChange={(e) => onWords(e.currentTarget.value)}
      />
    </span>
  );
}

/** A choice that also takes a free answer: picking an option clears it, typing one unpicks the option. */
function openChoiceField(
  frame: FieldFrame,
  keyword: Keyword,
  value: AnswerValue | undefined,
  disabled: boolean,
  t: Strings,
): ReactNode {
  const picked = typeof value === 'string' && frame.options.some((o) => o.id === value);
  const other = otherAnswer(
    frame,
    picked ? '' : textOf(value),
    (words) => frame.set(words === '' ? undefined : words),
    disabled,
    t,
  );
  return renderOptionField(frame, keyword, value, disabled, t, other);
}

/**
 * The field an open choice or an imported item's shape asks for, or undefined when the keyword
 * type's own field fits.
 */
export function renderShapedField(
  shape: ItemShape | undefined,
  answer: 'text' | 'option' | 'options',
  frame: FieldFrame,
  keyword: Keyword,
  value: AnswerValue | undefined,
  disabled: boolean,
  t: Strings,
): ReactNode | undefined {
  const open = keyword.openChoice === true || shape?.kind === 'openChoice';
  if (answer === 'option') return open ? openChoiceField(frame, keyword, value, disabled, t) : undefined;
  if (answer === 'options')
    return open
      ? renderOptionsField(frame, value, disabled, t, (words, onWords) =>
          otherAnswer(frame, words, onWords, disabled, t),
        )
      : undefined;
  if (shape === undefined) return undefined;
  if (shape.kind === 'time') return timeField(frame, value, t);
  if (shape.kind === 'quantity')
    return frame.group(<QuantityField frame={frame} value={value} units={shape.units} t={t} />);
  return undefined;
}
