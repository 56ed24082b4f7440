import { useId } from 'react';
import type { Catalog, Clause, Condition, Operator, TreeNode } from '../../domain/model.ts';
import { getOptions, VALUELESS_OPERATORS } from '../../domain/model.ts';
import { getTypeSpec } from '../../domain/keyword-types.ts';
import { createClause, getConditionSources } from './condition-sources.ts';
import type { TreeIndex } from '../../domain/tree.ts';
import { describeCondition } from '../../formats/describe-condition.ts';
import { useStrings } from '../../i18n/language.tsx';

export interface ConditionEditorProps {
  readonly node: TreeNode;
  readonly index: TreeIndex;
  readonly catalog: Catalog;
  readonly onChange: (condition: Condition | undefined) => void;
}

/** "Visas när": clauses of source, operator and value, joined by Alla or Någon, and the condition as a sentence. */
export function ConditionEditor({ node, index, catalog, onChange }: ConditionEditorProps) {
  const strings = useStrings();
  const t = strings.conditionEditor;
  const combineId = useId();
  const sources = getConditionSources(node, index, catalog);
  const condition = node.showWhen;
  const clauses = condition?.clauses ?? [];
  const set = (next: Clause[], behavior = condition?.behavior ?? 'all') =>
    onChange(next.length === 0 ? undefined : { behavior, clauses: next as Condition['clauses'] });
  const update = (i: number, clause: Clause) => set(clauses.map((c, j) => (j === i ? clause : c)));

  return (
    <fieldset className="condition-editor">
      <legend>{t.title}</legend>
      <p className="condition-sentence">
        {condition
          ? describeCondition(condition, node.id, index, catalog, strings.condition, { nameParent: true })
          : t.alwaysShown}
      </p>
      {clauses.map((clause, i) => {
        const source = sources.find((s) => s.node.id === clause.source);
        const operators = source ? getTypeSpec(source.keyword.type).operators : [clause.operator];
        const valueKind = source && getTypeSpec(source.keyword.type).conditionValue;
        // A condition on Datum och tid compares with a day (an imported one may carry a time).
        const isDate =
          valueKind === 'date' || (valueKind === 'dateTime' && !String(clause.value).includes('T'));
        const options = source ? getOptions(source.keyword) : [];
        const n = i + 1;
        return (
          <div className="clause" key={i}>
            <label>
              {t.source(n)}
              <select
                value={clause.source}
                onChange={(event) => {
                  const next = sources.find((s) => s.node.id === event.currentTarget.value);
                  if (next) update(i, createClause(next));
                }}
              >
                {source ? null : <option value={clause.source}>{clause.source}</option>}
                {sources.map((s) => (
                  <option key={s.node.id} value={s.node.id}>
                    {s.keyword.term}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t.operator(n)}
              <select
                value={clause.operator}
                onChange={(event) => {
                  const operator = event.currentTarget.value as Operator;
                  if (VALUELESS_OPERATORS.has(operator)) update(i, { source: clause.source, operator });
                  // A typed text keeps what was typed; none yet is a value Kontroll asks for.
                  else if (valueKind === 'text')
                    update(
                      i,
                      typeof clause.value === 'string' && clause.value !== ''
                        ? { source: clause.source, operator, value: clause.value }
                        : { source: clause.source, operator },
                    );
                  else update(i, source ? { ...createClause(source), operator } : { ...clause, operator });
                }}
              >
                {operators.map((operator) => (
                  <option key={operator} value={operator}>
                    {t.operatorLabel[operator]}
                  </option>
                ))}
              </select>
            </label>
            {VALUELESS_OPERATORS.has(clause.operator) ? null : options.length > 0 ? (
              <label>
                {t.value(n)}
                <select
                  value={String(clause.value)}
                  onChange={(event) => update(i, { ...clause, value: event.currentTarget.value })}
                >
                  {options.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <label>
                {t.value(n)}
                <input
                  type={isDate ? 'date' : 'text'}
                  inputMode={valueKind === 'number' ? 'decimal' : undefined}
                  defaultValue={
                    typeof clause.value === 'number'
                      ? String(clause.value).replace('.', ',')
                      : (clause.value ?? '')
                  }
                  key={`${clause.source}-${clause.operator}`}
                  onBlur={(event) => {
                    const text = event.currentTarget.value.trim();
                    if (isDate || valueKind === 'dateTime') {
                      if (text) update(i, { ...clause, value: text });
                      return;
                    }
                    if (valueKind === 'text') {
                      const typed = event.currentTarget.value;
                      update(
                        i,
                        typed === ''
                          ? { source: clause.source, operator: clause.operator }
                          : { ...clause, value: typed },
                      );
                      return;
                    }
                    const value = Number(text.replace(',', '.'));
                    if (text !== '' && Number.isFinite(value)) update(i, { ...clause, value });
                  }}
                />
              </label>
            )}
            <button type="button" onClick={() => set(clauses.filter((_, j) => j !== i))}>
              {t.removeClause(n)}
            </button>
          </div>
        );
      })}
      {clauses.length > 1 ? (
        <div role="radiogroup" aria-labelledby={combineId} className="combine">
          <span id={combineId}>{t.combine}</span>
          {(['all', 'any'] as const).map((behavior) => (
            <label key={behavior}>
              <input
                type="radio"
                name={`${combineId}-behavior`}
                checked={condition?.behavior === behavior}
                onChange={() => set([...clauses], behavior)}
              />
              {behavior === 'all' ? t.all : t.any}
            </label>
          ))}
        </div>
      ) : null}
      <div className="condition-actions">
        {sources.length > 0 ? (
          <button type="button" onClick={() => set([...clauses, createClause(sources[0]!)])}>
            {t.addClause}
          </button>
        ) : (
          <p>{t.noSources}</p>
        )}
        {condition ? (
          <button type="button" onClick={() => onChange(undefined)}>
            {t.removeAll}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
