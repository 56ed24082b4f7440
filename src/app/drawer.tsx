import { Suspense, useCallback } from 'react';
import type { Answers, Scenario } from '../domain/model.ts';
import { PanelBoundary } from '../components/panel-boundary.tsx';
import { Tabs, type Tab } from '../components/tabs.tsx';
import { DiagnosticsPanel } from '../features/diagnostics/diagnostics-panel.tsx';
import { CHECK_TIME_LIMIT_MS } from '../features/diagnostics/live-checks.ts';
import { focusRow } from '../features/tree-editor/focus.ts';
import { useStrings } from '../i18n/language.tsx';
import { say } from '../i18n/languages.ts';
import { useStatusStore } from '../state/run-context.ts';
import { useEditor, useEditorStore } from '../state/use-editor.ts';
import { WhenLoaded } from '../components/when-loaded.tsx';
import { JournalNotePanel } from './journal-note-panel.tsx';
import { CommentsPanel, scenariosPanel, VersionsPanel } from './lazy-panels.ts';
import type { DrawerTab, useDrawerTab } from './use-drawer-tab.ts';
import type { usePreviewAnswers } from './use-preview-answers.ts';
import type { Mode, WorkspaceView } from './use-workspace-view.ts';

/**
 * The drawer under the tree or the form: Kontroll always (its tab counts errors and warnings),
 * Versioner and Kommentarer while editing, Journaltext beside the form, Testfall with it. The
 * tab chosen is remembered; one not offered in this view falls back to Kontroll.
 */
export function Drawer(props: {
  readonly view: WorkspaceView;
  readonly mode: Mode;
  readonly preview: ReturnType<typeof usePreviewAnswers>;
  readonly id: string;
  readonly tab: ReturnType<typeof useDrawerTab>;
}) {
  const { view, mode, preview } = props;
  const { document, assembled, library, checkState, openId } = view;
  const t = useStrings();
  const store = useEditorStore();
  const selectedNodeId = useEditor((s) => s.selectedNodeId);
  const status = useStatusStore();
  const { tab: selected, select } = props.tab;
  const { replaceAnswers } = preview;
  const loadScenario = useCallback(
    (scenario: Scenario, answers: Answers) => {
      replaceAnswers(answers);
      status.set({ text: say((t) => t.scenarios.loaded(scenario.name)), tone: 'info' });
    },
    [replaceAnswers, status],
  );
  const showNode = (id: string) => {
    store.reveal(id);
    focusRow(id);
  };
  const errors = view.diagnostics.filter((d) => d.severity === 'error').length;
  const tabs: Tab<DrawerTab>[] = [
    {
      id: 'checks',
      label: t.diagnostics,
      badge: t.layout.findings(errors, view.diagnostics.length - errors),
      content: () => (
        <PanelBoundary name={t.diagnostics}>
          <DiagnosticsPanel
            diagnostics={view.diagnostics}
            checking={checkState.documentId !== openId ? 'first' : checkState.pending ? 'again' : undefined}
            failed={checkState.documentId === openId ? checkState.error : undefined}
            timedOutAfter={checkState.timedOut ? CHECK_TIME_LIMIT_MS / 1000 : undefined}
            onSelectNode={showNode}
          />
        </PanelBoundary>
      ),
    },
  ];
  if (mode === 'split' && assembled)
    tabs.push({
      id: 'note',
      label: t.note.title,
      content: () => <JournalNotePanel assembled={assembled} answers={preview.answers} />,
    });
  if (mode === 'edit' && document)
    tabs.push(
      {
        id: 'versions',
        label: t.versions.title,
        content: () => (
          <PanelBoundary name={t.versions.title}>
            <Suspense fallback={null}>
              <VersionsPanel document={document} library={library} />
            </Suspense>
          </PanelBoundary>
        ),
      },
      {
        id: 'comments',
        label: t.comments.title,
        content: () => (
          <PanelBoundary name={t.comments.title}>
            <Suspense fallback={null}>
              <CommentsPanel
                document={document}
                catalog={library.keywords}
                titleOf={(id) => library.documents.get(id)?.title}
                selectedNodeId={selectedNodeId}
                onSelectNode={showNode}
              />
            </Suspense>
          </PanelBoundary>
        ),
      },
    );
  if (mode === 'preview' && document)
    tabs.push({
      id: 'scenarios',
      label: t.scenarios.title,
      content: () => (
        <PanelBoundary name={t.scenarios.title}>
          <WhenLoaded module={scenariosPanel}>
            {(m) => (
              <m.ScenariosPanel
                document={document}
                assembled={assembled?.document ?? document}
                catalog={assembled?.catalog ?? library.keywords}
                answers={preview.answers}
                onLoad={loadScenario}
              />
            )}
          </WhenLoaded>
        </PanelBoundary>
      ),
    });
  return (
    <div id={props.id} className="panel drawer">
      <Tabs
        label={t.layout.drawer}
        tabs={tabs}
        selected={tabs.some((tab) => tab.id === selected) ? selected : 'checks'}
        onSelect={select}
        className="drawer-tabs"
      />
    </div>
  );
}
