import { useState } from 'react';
import type { AnswerValue, Answers, Catalog, TreeDocument } from '../../src/domain/model.ts';
import { getNoteText } from '../../src/domain/index.ts';
import { Preview } from '../../src/features/preview/preview.tsx';

/** Förhandsgranska holding its own answers, with the note they write (data-testid "note") below it. */
export function PreviewWithNote(props: { readonly document: TreeDocument; readonly catalog: Catalog }) {
  const { document, catalog } = props;
  const [answers, setAnswers] = useState<Answers>(new Map());
  const onAnswer = (nodeId: string, value: AnswerValue | undefined) =>
    setAnswers((all) => {
      const next = new Map(all);
      if (value === undefined) next.delete(nodeId);
      else next.set(nodeId, value);
      return next;
    });
  return (
    <>
      <Preview
        document={document}
        catalog={catalog}
        answers={answers}
        onAnswer={onAnswer}
        onReset={() => undefined}
      />
      <pre data-testid="note">{getNoteText(document, catalog, answers)}</pre>
    </>
  );
}
