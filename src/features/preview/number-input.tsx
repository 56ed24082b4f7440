import { useState } from 'react';
import type { AnswerValue } from '../../domain/model.ts';
import { formatDecimal } from './field-ids.ts';

/** A number typed the Swedish way (decimal comma); the text stays as typed until it is a number. */
export function NumberInput(props: {
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
