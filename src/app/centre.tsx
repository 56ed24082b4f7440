import { Splitter } from '../components/splitter.tsx';
import { useStrings } from '../i18n/language.tsx';
import { useEditorStore } from '../state/use-editor.ts';
import { CatalogueCentre } from './catalogue-centre.tsx';
import { Drawer } from './drawer.tsx';
import { REGION_IDS } from './regions.ts';
import { useDrawerTab } from './use-drawer-tab.ts';
import type { PanelSizing } from './use-layout-sizes.ts';
import type { usePreviewAnswers } from './use-preview-answers.ts';
import type { Mode, WorkspaceView } from './use-workspace-view.ts';
import { Workspace } from './workspace.tsx';

/** The centre column: the catalogue, or the workspace with the drawer (Kontroll, Versioner …) below. */
export function Centre(props: {
  readonly view: WorkspaceView;
  readonly mode: Mode;
  readonly onMode: (mode: Mode) => void;
  readonly preview: ReturnType<typeof usePreviewAnswers>;
  readonly catalogueOpen: boolean;
  readonly onCloseCatalogue: () => void;
  readonly onExport: () => void;
  readonly drawerSizing: PanelSizing;
}) {
  const { view, mode, onMode, preview } = props;
  const t = useStrings();
  const store = useEditorStore();
  const drawerTab = useDrawerTab();
  if (props.catalogueOpen)
    return (
      <div className="centre">
        <CatalogueCentre store={store} onClose={props.onCloseCatalogue} />
      </div>
    );
  // The status changes in Versioner: show it, with focus on its tab.
  const showStatus = () => {
    onMode('edit');
    drawerTab.select('versions');
    requestAnimationFrame(() =>
      globalThis.document
        .querySelector<HTMLElement>(`#${REGION_IDS.drawer} [role="tab"][aria-selected="true"]`)
        ?.focus(),
    );
  };
  return (
    <div className="centre">
      <Workspace
        view={view}
        mode={mode}
        onMode={onMode}
        onExport={props.onExport}
        onStatus={showStatus}
        preview={preview}
      />
      {mode === 'branches' ? null : (
        <>
          <Splitter
            label={t.layout.resizeDrawer}
            controls={REGION_IDS.drawer}
            orientation="horizontal"
            {...props.drawerSizing}
            grows={-1}
          />
          <Drawer id={REGION_IDS.drawer} view={view} mode={mode} preview={preview} tab={drawerTab} />
        </>
      )}
    </div>
  );
}
