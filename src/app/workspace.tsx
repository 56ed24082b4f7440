import { lazy, Suspense, useMemo } from 'react';
import { indexTree } from '../domain/tree.ts';
import { PanelBoundary } from '../components/panel-boundary.tsx';
import { WhenLoaded } from '../components/when-loaded.tsx';
import { TreePanel } from '../features/tree-editor/tree-panel.tsx';
import { focusRow } from '../features/tree-editor/focus.ts';
import { useStrings } from '../i18n/language.tsx';
import { useEditorStore } from '../state/use-editor.ts';
import { DocumentHead } from './document-head.tsx';
import { previewForm } from './lazy-panels.ts';
import { StatusLine } from './status-line.tsx';
import type { usePreviewAnswers } from './use-preview-answers.ts';
import type { Mode, WorkspaceView } from './use-workspace-view.ts';

// Grenar is loaded when first shown: editing does not need it (the form: see lazy-panels.ts).
const BranchMapView = lazy(() =>
  import('../features/preview/branch-map-view.tsx').then((m) => ({ default: m.BranchMapView })),
);

/** The centre: the status line, the open document's head, and the tree, the form or the branch map. */
export function Workspace(props: {
  readonly view: WorkspaceView;
  readonly mode: Mode;
  readonly onMode: (mode: Mode) => void;
  readonly onExport: () => void;
  /** Opens where the document's status is changed (Versioner). */
  readonly onStatus: () => void;
  readonly preview: ReturnType<typeof usePreviewAnswers>;
}) {
  const { view, mode, preview } = props;
  const { document, assembled, library } = view;
  const t = useStrings();
  const store = useEditorStore();
  const ownNodes = useMemo(() => indexTree(document?.nodes ?? []).places, [document?.nodes]);
  return (
    <main className="panel workspace">
      <StatusLine />
      {document ? (
        <>
          <DocumentHead
            document={document}
            mode={mode}
            onMode={props.onMode}
            onExport={props.onExport}
            onStatus={props.onStatus}
          />
          <div className={mode === 'split' ? 'workspace-split' : 'workspace-single'}>
            {mode === 'edit' || mode === 'split' ? (
              <PanelBoundary name={t.keywordTree}>
                <TreePanel document={document} diagnosticsByNode={view.diagnosticsByNode} />
              </PanelBoundary>
            ) : null}
            <Suspense fallback={null}>
              {mode === 'preview' || mode === 'split' ? (
                <PanelBoundary name={t.preview.open}>
                  <WhenLoaded module={previewForm}>
                    {(m) => (
                      <m.Preview
                        document={assembled?.document ?? document}
                        catalog={assembled?.catalog ?? library.keywords}
                        answers={preview.answers}
                        onAnswer={preview.setAnswer}
                        onReset={() => preview.replaceAnswers(new Map())}
                        formKey={preview.formKey}
                      />
                    )}
                  </WhenLoaded>
                </PanelBoundary>
              ) : null}
              {mode === 'branches' ? (
                <PanelBoundary name={t.branches.open}>
                  <BranchMapView
                    document={assembled?.document ?? document}
                    catalog={assembled?.catalog ?? library.keywords}
                    isOwnNode={(id) => ownNodes.has(id)}
                    onShowNode={(id) => {
                      props.onMode('edit');
                      store.reveal(id);
                      focusRow(id);
                    }}
                  />
                </PanelBoundary>
              ) : null}
            </Suspense>
          </div>
        </>
      ) : (
        <p>{t.noDocument}</p>
      )}
    </main>
  );
}
