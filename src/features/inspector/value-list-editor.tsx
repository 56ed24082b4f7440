import { memo, useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { ArrowDown, ArrowUp, Tags, X } from 'lucide-react';
import type { Option } from '../../domain/model.ts';
import { useStrings } from '../../i18n/language.tsx';
import { NumberField, TextField } from '../../components/fields.tsx';
import { CodesEditor } from './codes-editor.tsx';
import { IconButton } from '../../components/icon-button.tsx';

/** Gives each wanted label, in turn, a form no value has yet ("Nytt värde", "Nytt värde 2"). */
function uniqueLabels(taken: Iterable<string>): (wanted: string) => string {
  const used = new Set(taken);
  return (wanted) => {
    let label = wanted;
    for (let n = 2; used.has(label); n++) label = `${wanted} ${n}`;
    used.add(label);
    return label;
  };
}

export interface ValueListEditorProps {
  readonly options: readonly Option[];
  /** Commits a new list; `coalesceKey` tells which typing burst the change belongs to. */
  readonly onChange: (options: Option[], coalesceKey: string) => void;
  readonly createOptionId: () => string;
  /** Whether the values carry points (a score sum counts them): the Poäng column is shown. */
  readonly scored?: boolean;
}

/**
 * "Värdelista" as a compact table: one line per value (text, points when scored, codes, order,
 * remove). Enter in a value goes to the next one, or adds one after the last; a column of values
 * pasted into a value becomes that many values; "Lägg till värde" puts focus in the new value.
 */
export const ValueListEditor = memo(function ValueListEditor({
  options,
  onChange,
  createOptionId,
  scored = false,
}: ValueListEditorProps) {
  const t = useStrings().inspector;
  const listRef = useRef<HTMLOListElement>(null);
  const hintId = useId();
  const [wantsScores, setWantsScores] = useState(false);
  const [codesOpen, setCodesOpen] = useState<ReadonlySet<string>>(new Set());
  const showScores = scored || wantsScores || options.some((o) => o.score !== undefined);

  /** Focus (and select, so typing replaces it) the text of the value at `index` once it is shown. */
  const focusValue = (index: number) =>
    requestAnimationFrame(() => {
      const input = listRef.current?.querySelectorAll<HTMLInputElement>('.value-text input')[index];
      input?.focus();
      input?.select();
    });
  const replace = (index: number, option: Option, key: string) =>
    onChange(
      options.map((o, i) => (i === index ? option : o)),
      `${key}:${option.id}`,
    );
  const move = (index: number, by: -1 | 1) => {
    const next = [...options];
    const [taken] = next.splice(index, 1);
    next.splice(index + by, 0, taken!);
    onChange(next, `order:${Date.now()}`);
  };
  /** New values after the one at `after` (-1: first), with labels no value has yet; focus on the first. */
  const insert = (after: number, labels: readonly string[]) => {
    const unique = uniqueLabels(options.map((o) => o.label));
    const next = [...options];
    next.splice(after + 1, 0, ...labels.map((label) => ({ id: createOptionId(), label: unique(label) })));
    onChange(next, `add:${next.length}:${Date.now()}`);
    focusValue(after + 1);
  };
  const onValueKey = (index: number) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    if (index < options.length - 1) focusValue(index + 1);
    else insert(index, [t.newValue]);
  };
  const onValuePaste = (index: number) => (event: ClipboardEvent) => {
    const lines = event.clipboardData
      .getData('text/plain')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (lines.length < 2) return;
    event.preventDefault();
    // The first line becomes this value; the rest follow it, in order, as one undo step.
    const [first, ...rest] = lines as [string, ...string[]];
    const labelled = uniqueLabels(options.filter((_, i) => i !== index).map((o) => o.label));
    const next = options.map((o, i) => (i === index ? { ...o, label: labelled(first) } : o));
    next.splice(index + 1, 0, ...rest.map((line) => ({ id: createOptionId(), label: labelled(line) })));
    onChange(next, `paste:${Date.now()}`);
    focusValue(index + rest.length);
  };
  const toggleCodes = (id: string) =>
    setCodesOpen((open) => {
      const next = new Set(open);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <fieldset className={`value-list${showScores ? ' is-scored' : ''}`} aria-describedby={hintId}>
      <legend>{t.valueList}</legend>
      <p id={hintId} className="field-hint">
        {t.valueListHint}
      </p>
      {options.length > 0 ? (
        <div className="value-head" aria-hidden="true">
          <span>{t.valueHeading}</span>
          {showScores ? <span>{t.scoreHeading}</span> : null}
        </div>
      ) : null}
      <ol ref={listRef}>
        {options.map((option, index) => (
          <li key={option.id} className="value-row">
            <div className="value-line">
              <div className="value-text">
                <TextField
                  label={t.value(index + 1)}
                  value={option.label}
                  onCommit={(label) => {
                    if (label.trim() !== '') replace(index, { ...option, label: label.trim() }, 'label');
                  }}
                  onKeyDown={onValueKey(index)}
                  onPaste={onValuePaste(index)}
                />
              </div>
              {showScores ? (
                <div className="value-score">
                  <NumberField
                    label={t.score(index + 1)}
                    value={option.score}
                    onCommit={(score) => {
                      const { score: _omit, ...rest } = option;
                      replace(index, score === undefined ? rest : { ...rest, score }, 'score');
                    }}
                  />
                </div>
              ) : null}
              <div className="value-actions">
                <IconButton
                  label={t.valueCodes(option.label, option.codes?.length ?? 0)}
                  icon={Tags}
                  aria-expanded={codesOpen.has(option.id)}
                  onClick={() => toggleCodes(option.id)}
                >
                  {option.codes?.length ? (
                    <span className="value-code-count">{option.codes.length}</span>
                  ) : null}
                </IconButton>
                <IconButton
                  label={t.moveValueUp(option.label)}
                  icon={ArrowUp}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                />
                <IconButton
                  label={t.moveValueDown(option.label)}
                  icon={ArrowDown}
                  disabled={index === options.length - 1}
                  onClick={() => move(index, 1)}
                />
                <IconButton
                  label={t.removeValue(option.label)}
                  icon={X}
                  onClick={() =>
                    onChange(
                      options.filter((_, i) => i !== index),
                      `remove:${option.id}`,
                    )
                  }
                />
              </div>
            </div>
            {codesOpen.has(option.id) ? (
              <div className="value-codes">
                <CodesEditor
                  codes={option.codes ?? []}
                  owner={t.forValue(option.label)}
                  onChange={(codes, key) => {
                    const { codes: _omit, ...rest } = option;
                    replace(index, codes.length === 0 ? rest : { ...rest, codes }, `codes:${key}`);
                  }}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="value-list-actions">
        <button type="button" onClick={() => insert(options.length - 1, [t.newValue])}>
          {t.addValue}
        </button>
        {!showScores ? (
          <button type="button" onClick={() => setWantsScores(true)}>
            {t.addScores}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
});
