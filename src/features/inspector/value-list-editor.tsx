import { memo } from 'react';
import type { Option } from '../../domain/model.ts';
import { useStrings } from '../../i18n/language.tsx';
import { NumberField, TextField } from '../../components/fields.tsx';
import { CodesEditor } from './codes-editor.tsx';

export interface ValueListEditorProps {
  readonly options: readonly Option[];
  /** Commits a new list; `coalesceKey` tells which typing burst the change belongs to. */
  readonly onChange: (options: Option[], coalesceKey: string) => void;
  readonly createOptionId: () => string;
}

/** "Värdelista": values in order, with score, reorder and remove; "Lägg till värde" adds one. */
export const ValueListEditor = memo(function ValueListEditor({
  options,
  onChange,
  createOptionId,
}: ValueListEditorProps) {
  const t = useStrings().inspector;
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
  return (
    <fieldset className="value-list">
      <legend>{t.valueList}</legend>
      <ol>
        {options.map((option, index) => (
          <li key={option.id} className="value-row">
            <TextField
              label={t.value(index + 1)}
              value={option.label}
              onCommit={(label) => {
                if (label.trim() !== '') replace(index, { ...option, label: label.trim() }, 'label');
              }}
            />
            <NumberField
              label={t.score(index + 1)}
              shortLabel={t.scoreHeading}
              value={option.score}
              onCommit={(score) => {
                const { score: _omit, ...rest } = option;
                replace(index, score === undefined ? rest : { ...rest, score }, 'score');
              }}
            />
            <details className="value-codes">
              <summary>{t.valueCodes(option.label, option.codes?.length ?? 0)}</summary>
              <CodesEditor
                codes={option.codes ?? []}
                owner={t.forValue(option.label)}
                onChange={(codes, key) => {
                  const { codes: _omit, ...rest } = option;
                  replace(index, codes.length === 0 ? rest : { ...rest, codes }, `codes:${key}`);
                }}
              />
            </details>
            <div className="value-actions">
              <button
                type="button"
                aria-label={t.moveValueUp(option.label)}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t.moveValueDown(option.label)}
                disabled={index === options.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={t.removeValue(option.label)}
                onClick={() =>
                  onChange(
                    options.filter((_, i) => i !== index),
                    `remove:${option.id}`,
                  )
                }
              >
                ✕
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => {
          const labels = new Set(options.map((o) => o.label));
          let label = t.newValue;
          for (let n = 2; labels.has(label); n++) label = `${t.newValue} ${n}`;
          onChange([...options, { id: createOptionId(), label }], `add:${options.length}`);
        }}
      >
        {t.addValue}
      </button>
    </fieldset>
  );
});
