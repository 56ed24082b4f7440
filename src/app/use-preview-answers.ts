import { useCallback, useMemo, useState } from 'react';
import type { AnswerValue, Answers } from '../domain/model.ts';

const NO_ANSWERS: Answers = new Map();

/**
 * The preview's answers per document, kept while the app is open. Not stored: they are try-outs
 * (a Testfall stores them on purpose). Keyed by node id, so they stay where the node does.
 */
export function usePreviewAnswers(documentId: string | undefined) {
  const [byDocument, setByDocument] = useState<ReadonlyMap<string, Answers>>(new Map());
  // Bumped when answers are replaced from outside, so the form's typed drafts start over.
  const [formKey, setFormKey] = useState(0);
  const answers = useMemo(
    () => (documentId === undefined ? NO_ANSWERS : (byDocument.get(documentId) ?? NO_ANSWERS)),
    [byDocument, documentId],
  );
  const setAnswer = useCallback(
    (nodeId: string, value: AnswerValue | undefined) => {
      if (documentId === undefined) return;
      setByDocument((all) => {
        const next = new Map(all.get(documentId) ?? []);
        if (value === undefined) next.delete(nodeId);
        else next.set(nodeId, value);
        return new Map(all).set(documentId, next);
      });
    },
    [documentId],
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
