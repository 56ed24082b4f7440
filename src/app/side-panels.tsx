import { lazy, Suspense, useCallback } from 'react';
import type { Answers, Scenario } from '../domain/model.ts';
import { PanelBoundary } from '../components/panel-boundary.tsx';
import { Inspector } from '../features/inspector/inspector.tsx';
import { VersionsPanel } from '../features/versions/versions-panel.tsx';
import { DiagnosticsPanel } from '../features/diagnostics/diagnostics-panel.tsx';
import { CommentsPanel } from '../features/review/comments-panel.tsx';
import { focusRow } from '../features/tree-editor/focus.ts';
import { useStrings } from '../i18n/language.tsx';
import { useStatusStore } from '../state/run-context.ts';
import { useEditor, useEditorStore } from '../state/use-editor.ts';
import type { usePreviewAnswers } from './use-preview-answers.ts';
import type { Mode, WorkspaceView } from './use-workspace-view.ts';

// The note and Testfall are loaded when the form is first shown.
const JournalNote = lazy(() =>
  import('../features/preview/journal-note.tsx').then((m) => ({ default: m.JournalNote })),
);
const ScenariosPanel = lazy(() =>
  import('../features/preview/scenarios-panel.tsx').then((m) => ({ default: m.ScenariosPanel })),
);

/** The side column: Egenskaper and Versioner while editing, Journaltext and Testfall with the form, Kontroll always. */
export function SidePanels(props: {
  readonly view: WorkspaceView;
  readonly mode: Mode;
  readonly preview: ReturnType<typeof usePreviewAnswers>;
}) {
  const { view, mode, preview } = props;
  const { document, assembled, library, checkState, openId } = view;
  const t = useStrings();
  const store = useEditorStore();
  const selectedNodeId = useEditor((s) => s.selectedNodeId);
  const status = useStatusStore();
  const { replaceAnswers } = preview;
  const loadScenario = useCallback(
    (scenario: Scenario, answers: Answers) => {
      replaceAnswers(answers);
      status.set({ text: t.scenarios.loaded(scenario.name), tone: 'info' });
    },
    [replaceAnswers, status, t],
  );
  const editing = mode === 'edit' || mode === 'split';
  const previewing = mode === 'preview' || mode === 'split';
  return (
    <div className="side">
      {editing ? (
        <PanelBoundary name={t.inspector.title}>
          <Inspector document={document} />
        </PanelBoundary>
      ) : null}
      {mode === 'edit' && document ? (
        <PanelBoundary name={t.versions.title}>
          <VersionsPanel document={document} library={library} />
        </PanelBoundary>
      ) : null}
      {mode === 'edit' && document ? (
        <PanelBoundary name={t.comments.title}>
          <CommentsPanel
            document={document}
            catalog={library.keywords}
            titleOf={(id) => library.documents.get(id)?.title}
            selectedNodeId={selectedNodeId}
            onSelectNode={(id) => {
              store.reveal(id);
              focusRow(id);
            }}
          />
        </PanelBoundary>
      ) : null}
      <Suspense fallback={null}>
        {previewing && assembled ? (
          <PanelBoundary name={t.note.title}>
            <JournalNote
              document={assembled.document}
              catalog={assembled.catalog}
              answers={preview.answers}
            />
          </PanelBoundary>
        ) : null}
        {mode === 'preview' && document ? (
          <PanelBoundary name={t.scenarios.title}>
            <ScenariosPanel
              document={document}
              assembled={assembled?.document ?? document}
              catalog={assembled?.catalog ?? library.keywords}
              answers={preview.answers}
              onLoad={loadScenario}
            />
          </PanelBoundary>
        ) : null}
      </Suspense>
      <PanelBoundary name={t.diagnostics}>
        <DiagnosticsPanel
          diagnostics={view.diagnostics}
          checking={checkState.documentId !== openId ? 'first' : checkState.pending ? 'again' : undefined}
          failed={checkState.documentId === openId ? checkState.error : undefined}
          onSelectNode={(id) => {
            store.reveal(id);
            focusRow(id);
          }}
        />
      </PanelBoundary>
    </div>
  );
}
