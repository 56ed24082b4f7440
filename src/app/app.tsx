import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type CSSProperties,
} from 'react';
import { LanguageContext } from '../i18n/language.tsx';
import { loadStrings, say, stringsOf } from '../i18n/languages.ts';
import type { Language } from '../i18n/strings.ts';
import type { EditorStore } from '../state/editor-store.ts';
import { EditorStoreContext, useEditor } from '../state/use-editor.ts';
import { RunContext, StatusContext } from '../state/run-context.ts';
import { createStatusStore, type StatusStore } from '../state/status-store.ts';
import { PanelBoundary } from '../components/panel-boundary.tsx';
import type { StorageFacts } from '../features/library/storage-view.tsx';
import type { CreateChecker } from '../features/diagnostics/live-checks.ts';
import { AppHeader } from './app-header.tsx';
import { Dialogs, type DialogName } from './dialogs.tsx';
import { LibraryPanel } from './library-panel.tsx';
import { SidePanels } from './side-panels.tsx';
import { ONLY_TAB, type SaveStatusSource, type TabSource } from './sources.ts';
import { TabBanner } from './tab-banner.tsx';
import { useCommandRunner } from './use-command-runner.ts';
import { useHistory } from './use-history.ts';
import { usePreviewAnswers } from './use-preview-answers.ts';
import { useStartingAnswers } from './use-starting-answers.ts';
import { useWorkspaceView, type Mode } from './use-workspace-view.ts';
import { Workspace } from './workspace.tsx';
import { CatalogueCentre } from './catalogue-centre.tsx';
import { Drawer } from './drawer.tsx';
import { useDrawerTab } from './use-drawer-tab.ts';
import { Splitter } from '../components/splitter.tsx';
import { SIZE_LIMITS, useLayoutSizes } from './use-layout-sizes.ts';
import { cycleRegions, REGION_IDS, skipToTree } from './regions.ts';
import type { FolderOpener, FolderSource } from '../features/folder/folder-source.ts';
import { useFailureReport } from './use-failure-report.ts';
import { damagedKeywordIds, type DamagedRecords } from './damaged.ts';
import { DamagedKeywordsContext } from '../state/damaged-keywords.ts';

// The folder's bar is there only while a folder is open (or asks for permission again).
const FolderBanner = lazy(() =>
  import('../features/folder/folder-banner.tsx').then((m) => ({ default: m.FolderBanner })),
);

export type { SaveStatusSource, TabSource } from './sources.ts';

export interface AppProps {
  readonly store: EditorStore;
  readonly saveStatus?: SaveStatusSource | undefined;
  /** Why the library could not be stored, when the browser's storage could not be opened. */
  readonly storageProblem?: string | undefined;
  /** The stored library was written by a newer version (its schema, and the one this app knows): read only. */
  readonly newerLibrary?: { readonly stored: number; readonly known: number } | undefined;
  /** Records in storage that do not pass the schema: named, downloadable, left untouched. */
  readonly damaged?: DamagedRecords | undefined;
  /** Unsaved changes a closed tab left that could not be replayed: set aside under `key`, and why. */
  readonly journalSetAside?: { readonly key: string; readonly reason: string } | undefined;
  /** Reads persistence and usage of the browser's storage (shown under Lagring). */
  readonly storageInfo?: (() => Promise<StorageFacts>) | undefined;
  /** This tab's part when several tabs show the library (see persistence/tab-lock.ts). */
  readonly tab?: TabSource | undefined;
  /** The library in a folder ("Öppna mapp"), when it is one. */
  readonly folder?: FolderSource | undefined;
  /** How "Öppna mapp" picks a folder (absent: the button is not offered). */
  readonly folderOpener?: FolderOpener | undefined;
  /** Where Kontroll runs: a worker unless given (tests in jsdom give the inline checker). */
  readonly createChecker?: CreateChecker | undefined;
}

/** The application: the store, language, status line and command runner around the shell. */
export function App({ store, ...rest }: AppProps) {
  const damagedKeywords = useMemo(() => damagedKeywordIds(rest.damaged), [rest.damaged]);
  const [language, setLanguage] = useState<Language>('sv');
  const status = useMemo(() => createStatusStore(), []);
  const run = useCommandRunner(store, status);
  useFailureReport(status);
  // English is a separate download: switch once its strings are here, or say why not.
  const chooseLanguage = useCallback(
    (next: Language) =>
      void loadStrings(next).then(
        () => setLanguage(next),
        (error: unknown) => status.set({ text: say((t) => t.languageFailed(String(error))), tone: 'error' }),
      ),
    [status],
  );
  return (
    <EditorStoreContext.Provider value={store}>
      <LanguageContext.Provider value={language}>
        <StatusContext.Provider value={status}>
          <RunContext.Provider value={run}>
            <DamagedKeywordsContext.Provider value={damagedKeywords}>
              <Shell
                {...rest}
                store={store}
                status={status}
                language={language}
                onLanguage={chooseLanguage}
              />
            </DamagedKeywordsContext.Provider>
          </RunContext.Provider>
        </StatusContext.Provider>
      </LanguageContext.Provider>
    </EditorStoreContext.Provider>
  );
}

interface ShellProps extends AppProps {
  readonly status: StatusStore;
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
}

/** The panels: header, Bibliotek, the workspace, the side column and the open dialog. */
function Shell({ store, status, language, onLanguage, tab = ONLY_TAB, ...props }: ShellProps) {
  const t = stringsOf(language);
  const { undo, redo } = useHistory(store, status);
  const [mode, setMode] = useState<Mode>('edit');
  const [dialog, setDialog] = useState<DialogName | undefined>();
  const drawerTab = useDrawerTab();
  const view = useWorkspaceView(store, mode, props.createChecker);
  const [catalogueOpen, setCatalogueOpen] = useState(false);
  const preview = usePreviewAnswers(
    useEditor((s) => s.openDocumentId),
    useStartingAnswers(view),
  );
  useDocumentLanguageAndTitle(language, view.document?.title, t.appName);
  const [sizes, setSize] = useLayoutSizes();
  // A splitter's size, limits and setter for one panel.
  const sizing = (panel: keyof typeof sizes) => ({
    size: sizes[panel],
    ...SIZE_LIMITS[panel],
    onSize: (size: number) => setSize(panel, size),
  });
  return (
    <div
      className={mode === 'split' ? 'app is-split' : 'app'}
      style={
        {
          '--library-width': `${sizes.library}px`,
          '--side-width': `${sizes.side}px`,
          '--drawer-height': `${sizes.drawer}px`,
        } as CSSProperties
      }
      onKeyDown={cycleRegions}
    >
      <a className="skip-link" href="#sokordstrad" onClick={skipToTree}>
        {t.layout.skipToTree}
      </a>
      <AppHeader
        language={language}
        onLanguage={onLanguage}
        undo={undo}
        redo={redo}
        saveStatus={props.saveStatus}
        storageProblem={props.storageProblem}
        newerLibrary={props.newerLibrary}
        journalSetAside={props.journalSetAside}
        damaged={props.damaged}
      />
      <div className="banners">
        <TabBanner tab={tab} />
        {props.folder || props.folderOpener?.needsPermission ? (
          <Suspense fallback={null}>
            <FolderBanner folder={props.folder} opener={props.folderOpener} />
          </Suspense>
        ) : null}
      </div>
      <PanelBoundary name={t.library}>
        <LibraryPanel
          id={REGION_IDS.library}
          damaged={props.damaged}
          onDialog={setDialog}
          canOpenFolder={props.folderOpener !== undefined && props.folder === undefined}
          storageInfo={props.storageInfo}
          catalogueOpen={catalogueOpen}
          onCatalogue={setCatalogueOpen}
        />
      </PanelBoundary>
      <Splitter
        label={t.layout.resizeLibrary}
        className="splitter-library"
        controls={REGION_IDS.library}
        orientation="vertical"
        {...sizing('library')}
        grows={1}
      />
      <div className="centre">
        {catalogueOpen ? (
          <CatalogueCentre store={store} onClose={() => setCatalogueOpen(false)} />
        ) : (
          <Workspace
            view={view}
            mode={mode}
            onMode={setMode}
            onExport={() => setDialog('export')}
            onStatus={() => {
              // The status changes in Versioner: show it, with focus on its tab.
              setMode('edit');
              drawerTab.select('versions');
              requestAnimationFrame(() =>
                globalThis.document
                  .querySelector<HTMLElement>(`#${REGION_IDS.drawer} [role="tab"][aria-selected="true"]`)
                  ?.focus(),
              );
            }}
            preview={preview}
          />
        )}
        {!catalogueOpen && mode !== 'branches' ? (
          <>
            <Splitter
              label={t.layout.resizeDrawer}
              controls={REGION_IDS.drawer}
              orientation="horizontal"
              {...sizing('drawer')}
              grows={-1}
            />
            <Drawer id={REGION_IDS.drawer} view={view} mode={mode} preview={preview} tab={drawerTab} />
          </>
        ) : null}
      </div>
      <PanelBoundary name={t.exchange.export}>
        <Dialogs
          dialog={dialog}
          view={view}
          folderOpener={props.folderOpener}
          onClose={() => setDialog(undefined)}
        />
      </PanelBoundary>
      <Splitter
        label={t.layout.resizeSide}
        className="splitter-side"
        controls={REGION_IDS.side}
        orientation="vertical"
        {...sizing('side')}
        grows={-1}
      />
      <SidePanels id={REGION_IDS.side} view={view} mode={mode} preview={preview} />
    </div>
  );
}

/** The page's lang (screen readers, hyphenation) and title follow the language and open document. */
function useDocumentLanguageAndTitle(language: Language, title: string | undefined, appName: string) {
  // Setting lang, even to the value it has, makes the browser restyle every element (:lang). Set in
  // the same commit as the words, so a screen reader never reads English text as Swedish.
  useLayoutEffect(() => {
    if (globalThis.document.documentElement.lang !== language)
      globalThis.document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    globalThis.document.title = title ? `${title} – ${appName}` : appName;
  }, [title, appName]);
}
