import type { ReactNode } from 'react';
import { assertNever, getTypeSpec } from '../../domain/keyword-types.ts';
import { formatScore } from '../../domain/note.ts';
import { formatDecimal } from './field-ids.ts';
import { getFieldFrame, type FieldProps } from './field-frame.tsx';
import { renderOptionField, renderOptionsField } from './choice-fields.tsx';
import { NumberInput } from './number-input.tsx';
import { DateInput } from './date-input.tsx';
import { DateTimeInput } from './date-time-input.tsx';
import { renderShapedField } from './imported-fields.tsx';

export type { FieldProps } from './field-frame.tsx';

/** One keyword as the clinician meets it: the input its answer kind implies (what unfolds below it is a row of its own). */
export function PreviewField(props: FieldProps) {
  const { keyword, value, t, problem, disabled } = props;
  const frame = getFieldFrame(props);
  const { id, required, describedBy, help, set, group, single, inputProps } = frame;
  let field: ReactNode;
  const answer = getTypeSpec(keyword.type).answer;
  switch (answer) {
    case 'none':
      return (
        <div className="preview-heading">
          <h3 id={id}>{keyword.term}</h3>
          {help}
        </div>
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
        renderShapedField(props.shape, answer, frame, keyword, value, disabled, t) ??
        renderOptionField(frame, keyword, value, disabled, t);
      break;
    case 'options':
      field =
        renderShapedField(props.shape, answer, frame, keyword, value, disabled, t) ??
        renderOptionsField(frame, value, disabled, t);
      break;
    case 'text':
      field = renderShapedField(props.shape, answer, frame, keyword, value, disabled, t);
      if (field !== undefined) break;
      field = single(
        keyword.singleLine ? (
          <input
            {...inputProps}
            type="text"
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => set(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
          />
        ) : (
          <textarea
            {...inputProps}
            rows={2}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => set(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
          />
        ),
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
      // Typed as in Cosmic (a date that does not exist is caught by the answer check), or picked.
      field = single(
        <DateInput
          inputProps={inputProps}
          value={typeof value === 'string' ? value : ''}
          term={keyword.term}
          t={t}
          onChange={set}
        />,
        ` (${t.preview.dateHint})`,
      );
      break;
    case 'dateTime':
      field = group(<DateTimeInput frame={frame} value={value} term={keyword.term} t={t} />);
      break;
    case 'computed':
      field = (
        <div className="preview-field">
          <span id={id}>{keyword.term}</span>{' '}
          <output aria-labelledby={id}>
            {(props.score && formatScore(keyword, props.score, t.preview.score)) ?? '–'}
          </output>
          {help}
        </div>
      );
      break;
    default:
      return assertNever(answer, 'answer kind');
  }
  return field;
}
