import { PanelBoundary } from '../components/panel-boundary.tsx';
import { Inspector } from '../features/inspector/inspector.tsx';
import { useStrings } from '../i18n/language.tsx';
import { JournalNotePanel } from './journal-note-panel.tsx';
import type { usePreviewAnswers } from './use-preview-answers.ts';
import type { Mode, WorkspaceView } from './use-workspace-view.ts';

/** The full-height side panel: Egenskaper while editing, Journaltext beside the clinician's form. */
export function SidePanels(props: {
  readonly view: WorkspaceView;
  readonly mode: Mode;
  readonly preview: ReturnType<typeof usePreviewAnswers>;
  readonly id: string;
}) {
  const { view, mode, preview } = props;
  const { document, assembled } = view;
  const t = useStrings();
  return (
    <aside id={props.id} className="side" aria-label={t.layout.side}>
      {mode === 'preview' ? (
        assembled ? (
          <JournalNotePanel assembled={assembled} answers={preview.answers} />
        ) : null
      ) : (
        <PanelBoundary name={t.inspector.title}>
          <Inspector document={document} />
        </PanelBoundary>
      )}
    </aside>
  );
}
