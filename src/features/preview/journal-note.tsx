import { useMemo } from 'react';
import type { Answers, Catalog, TreeDocument } from '../../domain/model.ts';
import { liveFormFor } from '../../domain/live-form.ts';
import { NotePanel } from './note-panel.tsx';
import { useFinishedForm } from './use-finished-form.ts';

/**
 * "Journaltext" for the answers given in the (assembled) document: from the live form the preview
 * shares, so it costs what was answered, not the document's size.
 */
export function JournalNote(props: { document: TreeDocument; catalog: Catalog; answers: Answers }) {
  const { document, catalog, answers } = props;
  const form = liveFormFor(document, catalog);
  const finished = useFinishedForm(form);
  // Until a long form's opening pass is finished there is no note to write yet.
  const text = useMemo(() => {
    if (!finished) return undefined;
    form.update(answers);
    return form.noteText();
  }, [form, finished, answers]);
  return <NotePanel text={text} />;
}
