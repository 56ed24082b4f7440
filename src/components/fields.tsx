import { memo, useId, useState, type ClipboardEvent, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A text field bound to the store: what the user types is kept as a draft and offered on every
 * keystroke (the command merges a typing burst into one undo step); when the stored value changes
 * from elsewhere (undo), the field follows it. A draft the store refused is put back on leaving.
 */
// The fields are memoised: a parent that re-renders (every keystroke re-renders the inspector) leaves
// alone the fields whose props did not change. React writes name and type again on every <input>
// it re-renders, which costs style work; pass stable handlers (useLatestCallback) to benefit.

export const TextField = memo(function TextField(props: {
  label: string;
  /** A shorter visible label where space is tight; `label` stays the accessible name. */
  shortLabel?: string;
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  inputMode?: 'text' | 'decimal' | 'numeric';
  hint?: ReactNode;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  onPaste?: (event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(props.value);
  const [seen, setSeen] = useState(props.value);
  if (props.value !== seen) {
    setSeen(props.value);
    setDraft(props.value);
  }
  const common = {
    id,
    value: draft,
    onBlur: () => setDraft(props.value),
    onChange: (event: { currentTarget: { value: string } }) => {
      setDraft(event.currentTarget.value);
      props.onCommit(event.currentTarget.value);
    },
    onKeyDown: props.onKeyDown,
    onPaste: props.onPaste,
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {props.shortLabel ? (
          <>
            <span className="visually-hidden">{props.label}</span>
            <span aria-hidden="true">{props.shortLabel}</span>
          </>
        ) : (
          props.label
        )}
      </label>
      {props.multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type="text" inputMode={props.inputMode} {...common} />
      )}
      {props.hint ? <p className="field-hint">{props.hint}</p> : null}
    </div>
  );
});

/** A number field that accepts a decimal comma; empty means "not set". */
export const NumberField = memo(function NumberField(props: {
  label: string;
  shortLabel?: string;
  value: number | undefined;
  onCommit: (value: number | undefined) => void;
  integer?: boolean;
}) {
  return (
    <TextField
      label={props.label}
      {...(props.shortLabel !== undefined && { shortLabel: props.shortLabel })}
      inputMode={props.integer ? 'numeric' : 'decimal'}
      value={props.value === undefined ? '' : String(props.value).replace('.', ',')}
      onCommit={(text) => {
        const trimmed = text.trim().replace(',', '.');
        if (trimmed === '') return props.onCommit(undefined);
        const value = Number(trimmed);
        if (Number.isFinite(value) && (!props.integer || Number.isInteger(value))) props.onCommit(value);
      }}
    />
  );
});

function SelectFieldView<T extends string>(props: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value as T)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
export const SelectField = memo(SelectFieldView) as typeof SelectFieldView;

export const CheckboxField = memo(function CheckboxField(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="field field-checkbox">
      <label>
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(event) => props.onChange(event.currentTarget.checked)}
        />
        {props.label}
      </label>
    </div>
  );
});

/** A choice of one among a few, as radio buttons under a legend (dialogs: format, placement). */
export function RadioGroup<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  options: readonly (readonly [value: T, label: string])[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={props.name}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** "Välj fil": a file input with its label, handing over the chosen file. */
export function FilePicker(props: { label: string; accept: string; onFile: (file: File) => void }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{props.label}</label>{' '}
      <input
        id={id}
        type="file"
        accept={props.accept}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}
