import type { Assembled } from '../domain/assemble.ts';
import type { Answers } from '../domain/model.ts';
import { PanelBoundary } from '../components/panel-boundary.tsx';
import { WhenLoaded } from '../components/when-loaded.tsx';
import { useStrings } from '../i18n/language.tsx';
import { journalNote } from './lazy-panels.ts';

/** Journaltext for the form's answers: beside the form (side panel) or under it (Sida vid sida). */
export function JournalNotePanel(props: { readonly assembled: Assembled; readonly answers: Answers }) {
  const t = useStrings();
  const { assembled } = props;
  return (
    <PanelBoundary name={t.note.title}>
      <WhenLoaded module={journalNote}>
        {(m) => (
          <m.JournalNote document={assembled.document} catalog={assembled.catalog} answers={props.answers} />
        )}
      </WhenLoaded>
    </PanelBoundary>
  );
}
