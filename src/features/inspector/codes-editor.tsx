import { memo } from 'react';
import type { CodeSystem, Coding } from '../../domain/model.ts';
import { useStrings } from '../../i18n/language.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';

const CODE_SYSTEMS: readonly CodeSystem[] = ['KVÅ', 'SNOMED CT', 'ICF', 'ICD-10-SE', 'Cosmic', 'Lokal'];

export interface CodesEditorProps {
  readonly codes: readonly Coding[];
  /** Commits the new list; `coalesceKey` tells which typing burst the change belongs to. */
  readonly onChange: (codes: Coding[], coalesceKey: string) => void;
  /** Names the owner in every label, e.g. "för Begränsning", so labels stay unique on the page. */
  readonly owner?: string;
}

/** "Koder": code bindings (system, kod, text), for a keyword or one of its values. */
export const CodesEditor = memo(function CodesEditor({ codes, onChange, owner }: CodesEditorProps) {
  const t = useStrings().inspector;
  const suffix = owner ? ` ${owner}` : '';
  return (
    <>
      {codes.map((coding, i) => {
        const set = (next: Coding, key: string) =>
          onChange(
            codes.map((c, j) => (j === i ? next : c)),
            `${key}:${i}`,
          );
        return (
          <div className="field-row" key={i}>
            <SelectField
              label={`${t.codeSystem(i + 1)}${suffix}`}
              value={coding.system}
              options={CODE_SYSTEMS.map((system) => ({ value: system, label: system }))}
              onChange={(system) => set({ ...coding, system }, 'system')}
            />
            <TextField
              label={`${t.code(i + 1)}${suffix}`}
              value={coding.code}
              onCommit={(code) => {
                if (code.trim() !== '') set({ ...coding, code: code.trim() }, 'code');
              }}
            />
            <TextField
              label={`${t.codeText(i + 1)}${suffix}`}
              value={coding.display ?? ''}
              onCommit={(display) => {
                const { display: _omit, ...rest } = coding;
                set(display.trim() === '' ? rest : { ...rest, display }, 'display');
              }}
            />
            <button
              type="button"
              onClick={() =>
                onChange(
                  codes.filter((_, j) => j !== i),
                  `remove:${i}`,
                )
              }
            >
              {`${t.removeCode(i + 1)}${suffix}`}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => onChange([...codes, { system: 'KVÅ', code: '-' }], `add:${codes.length}`)}
      >
        {`${t.addCode}${suffix}`}
      </button>
    </>
  );
});
