import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerValue, Answers } from '../../domain/model.ts';
import { isAnswered } from '../../domain/evaluate.ts';
import type { FormChange, LiveForm } from '../../domain/live-form.ts';

type OnAnswer = (nodeId: string, value: AnswerValue | undefined) => void;

/**
 * Answers of a branch that closed and opened again: the form keeps them (as FHIR renderers do), so
 * the clinician is told which came back. A node is restored when it shows again with an answer it
 * had before; answering it, clearing it or a fresh form (reset, a loaded Testfall) ends that.
 * Follows the live form's change record, so the cost is what opened, not the form's size.
 */
export function useRestoredAnswers(
  form: LiveForm,
  change: FormChange,
  answers: Answers,
  formKey: number,
  onAnswer: OnAnswer,
) {
  const [restored, setRestored] = useState<ReadonlySet<string>>(new Set());
  const previousAnswers = useRef(answers);
  const formKeyAtEffect = useRef(formKey);
  const formAtEffect = useRef(form);

  useEffect(() => {
    const fresh = formKeyAtEffect.current !== formKey;
    formKeyAtEffect.current = formKey;
    // A new document version starts its own form: what it shows did not "open again".
    const sameForm = formAtEffect.current === form;
    formAtEffect.current = form;
    const kept =
      fresh || !sameForm ? [] : change.shown.filter((id) => isAnswered(previousAnswers.current.get(id)));
    previousAnswers.current = answers;
    setRestored((all) => {
      // Nothing restored before or now: the form's visible nodes need not be read (a long form
      // that has just opened finishes that pass in slices).
      if (all.size === 0 && kept.length === 0) return all;
      const next = new Set(
        fresh ? [] : [...all].filter((id) => form.visible.has(id) && isAnswered(answers.get(id))),
      );
      for (const id of kept) next.add(id);
      return next.size === all.size && [...next].every((id) => all.has(id)) ? all : next;
    });
  }, [form, change, answers, formKey]);

  const answer = useCallback<OnAnswer>(
    (nodeId, value) => {
      setRestored((all) => {
        if (!all.has(nodeId)) return all;
        const next = new Set(all);
        next.delete(nodeId);
        return next;
      });
      onAnswer(nodeId, value);
    },
    [onAnswer],
  );

  const clearAll = () => {
    for (const id of restored) onAnswer(id, undefined);
    setRestored(new Set());
  };

  return { restored, answer, clearAll };
}
