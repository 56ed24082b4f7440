import { useCallback, useState } from 'react';
import type { AnswerValue, Answers } from '../domain/model.ts';

const NO_ANSWERS: Answers = new Map();

/**
 * The preview's answers per document, kept while the app is open. Not stored: they are try-outs
 * (a Testfall stores them on purpose). Keyed by node id, so they stay where the node does. A
 * document starts from `startingAnswers` (an imported form's initial values), read once per
 * document; "Rensa alla svar" clears them too.
 */
export function usePreviewAnswers(
  documentId: string | undefined,
  startingAnswers: (documentId: string) => Answers | undefined = () => NO_ANSWERS,
) {
  const [byDocument, setByDocument] = useState<ReadonlyMap<string, Answers>>(new Map());
  // Bumped when answers are replaced from outside, so the form's typed drafts start over.
  const [formKey, setFormKey] = useState(0);
  // Each document's starting answers, read the first time it is shown (undefined: not loaded yet).
  const [startedWith] = useState(() => new Map<string, Answers>());
  let answers = NO_ANSWERS;
  if (documentId !== undefined) {
    let start = startedWith.get(documentId);
    if (start === undefined) {
      start = startingAnswers(documentId);
      if (start !== undefined) startedWith.set(documentId, start);
    }
    answers = byDocument.get(documentId) ?? start ?? NO_ANSWERS;
  }
  const setAnswer = useCallback(
    (nodeId: string, value: AnswerValue | undefined) => {
      if (documentId === undefined) return;
      setByDocument((all) => {
        const next = new Map(all.get(documentId) ?? startedWith.get(documentId) ?? NO_ANSWERS);
        if (value === undefined) next.delete(nodeId);
        else next.set(nodeId, value);
        return new Map(all).set(documentId, next);
      });
    },
    [documentId, startedWith],
  );
  const replaceAnswers = useCallback(
    (next: Answers) => {
      if (documentId === undefined) return;
      setByDocument((all) => new Map(all).set(documentId, next));
      setFormKey((key) => key + 1);
    },
    [documentId],
  );
  return { answers, formKey, setAnswer, replaceAnswers };
}
