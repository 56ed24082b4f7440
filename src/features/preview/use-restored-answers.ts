import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerValue, Answers } from '../../domain/model.ts';
import { isAnswered } from '../../domain/evaluate.ts';

type OnAnswer = (nodeId: string, value: AnswerValue | undefined) => void;

/**
 * Answers of a branch that closed and opened again: the form keeps them (as FHIR renderers do), so
 * the clinician is told which came back. A node is restored when it shows again with an answer it
 * had before; answering it, clearing it or a fresh form (reset, a loaded Testfall) ends that.
 */
export function useRestoredAnswers(
  visible: ReadonlySet<string>,
  answers: Answers,
  formKey: number,
  onAnswer: OnAnswer,
) {
  const [restored, setRestored] = useState<ReadonlySet<string>>(new Set());
  const previousVisible = useRef(visible);
  const previousAnswers = useRef(answers);
  const formKeyAtEffect = useRef(formKey);

  useEffect(() => {
    const before = previousVisible.current;
    previousVisible.current = visible;
    const fresh = formKeyAtEffect.current !== formKey;
    formKeyAtEffect.current = formKey;
    const kept = fresh
      ? []
      : [...visible].filter((id) => !before.has(id) && isAnswered(previousAnswers.current.get(id)));
    previousAnswers.current = answers;
    setRestored((all) => {
      const next = new Set(
        fresh ? [] : [...all].filter((id) => visible.has(id) && isAnswered(answers.get(id))),
      );
      for (const id of kept) next.add(id);
      return next.size === all.size && [...next].every((id) => all.has(id)) ? all : next;
    });
  }, [visible, answers, formKey]);

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
