import { useMemo } from 'react';
import type { Answers, Catalog, TreeDocument } from '../../domain/model.ts';
import { liveFormFor } from '../../domain/live-form.ts';
import { NotePanel } from './note-panel.tsx';

/**
 * "Journaltext" for the answers given in the (assembled) document: from the live form the preview
 * shares, so it costs what was answered, not the document's size.
 */
export function JournalNote(props: { document: TreeDocument; catalog: Catalog; answers: Answers }) {
  const { document, catalog, answers } = props;
  const text = useMemo(() => {
    const form = liveFormFor(document, catalog);
    form.update(answers);
    return form.noteText();
  }, [document, catalog, answers]);
  return <NotePanel text={text} />;
}
