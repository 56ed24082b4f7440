import type { ReactNode } from 'react';
import type { AnswerValue, Keyword, KeywordNode } from '../../domain/model.ts';
import { getOptions } from '../../domain/model.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { ScoreStatus } from '../../domain/evaluate.ts';
import { fieldId } from './field-ids.ts';
import type { KeptExpression } from '../../formats/fhir-expressions.ts';
import type { ItemShape } from '../../formats/fhir-item-shapes.ts';

export interface FieldProps {
  readonly node: KeywordNode;
  readonly keyword: Keyword;
  readonly value: AnswerValue | undefined;
  /** The computed sum of a score (Poängsumma) and how complete it is. */
  readonly score: ScoreStatus | undefined;
  readonly onAnswer: (nodeId: string, value: AnswerValue | undefined) => void;
  readonly t: Strings;
  /** What the answer check says about this answer, shown under the input. */
  readonly problem: string | undefined;
  /** A folded keyword shown by "Visa alla grenar": read-only. */
  readonly disabled: boolean;
  /** Its answer came back when its branch reopened: marked, with a way to clear it. */
  readonly restored: boolean;
  /** FHIRPath kept from an import (calculated value, condition, variables): shown, not evaluated. */
  readonly expressions?: readonly KeptExpression[] | undefined;
  /** How an imported item asks for its answer where its keyword type asks otherwise. */
  readonly shape?: ItemShape | undefined;
}

/**
 * What every field of the form shares: its ids, the label or legend with the required mark, the
 * help text and the answer check's message, tied to the input by aria-describedby.
 */
export function getFieldFrame(props: FieldProps) {
  const { node, keyword, onAnswer, t, problem, disabled, restored } = props;
  const id = fieldId(node.id);
  const required = node.required === true;
  const helpId = keyword.description ? `${id}-hjalp` : undefined;
  const problemId = problem ? `${id}-fel` : undefined;
  const expressionsId = props.expressions?.length ? `${id}-fhirpath` : undefined;
  const describedBy = [helpId, expressionsId, problemId].filter(Boolean).join(' ') || undefined;
  const invalid = problem ? true : undefined;
  const mark = required ? <abbr title={t.preview.requiredMark}> *</abbr> : null;
  const help = (
    <>
      {helpId ? (
        <p id={helpId} className="preview-help">
          {keyword.description}
        </p>
      ) : null}
      {expressionsId ? (
        <div id={expressionsId} className="preview-expressions">
          {props.expressions!.map((e, i) => (
            <p key={i}>
              {t.preview.expression[e.kind](e.name ?? '')} <code>{e.expression}</code>
            </p>
          ))}
        </div>
      ) : null}
    </>
  );
  const problemText = problemId ? (
    <p id={problemId} className="preview-problem">
      {problem}
    </p>
  ) : null;
  const options = getOptions(keyword);
  const set = (next: AnswerValue | undefined) => onAnswer(node.id, next);
  const restoredNote =
    restored && !disabled ? (
      <p className="preview-restored">
        <span className="chip">{t.preview.restored}</span> <span>{t.preview.restoredHelp}</span>{' '}
        <button
          type="button"
          className="link"
          aria-label={t.preview.clearRestored(keyword.term)}
          onClick={() => set(undefined)}
        >
          {t.preview.clearRestoredShort}
        </button>
      </p>
    ) : null;
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
      {restoredNote}
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
      {restoredNote}
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

  return { id, required, describedBy, invalid, help, options, set, group, single, inputProps };
}

export type FieldFrame = ReturnType<typeof getFieldFrame>;
