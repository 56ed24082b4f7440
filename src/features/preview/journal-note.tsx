import { useMemo } from 'react';
import type { Answers, Catalog, TreeDocument } from '../../domain/model.ts';
import { getNoteText } from '../../domain/note.ts';
import { NotePanel } from './note-panel.tsx';

/** "Journaltext" for the answers given in the (assembled) document. */
export function JournalNote(props: { document: TreeDocument; catalog: Catalog; answers: Answers }) {
  const { document, catalog, answers } = props;
  const text = useMemo(() => getNoteText(document, catalog, answers), [document, catalog, answers]);
  return <NotePanel text={text} />;
}
