import { useCallback, useMemo, useState } from 'react';
import { LanguageContext } from '../i18n/language.tsx';
import { loadStrings, say, stringsOf } from '../i18n/languages.ts';
import type { Language } from '../i18n/strings.ts';
import { EditorStoreContext, useEditor } from '../state/use-editor.ts';
import { RunContext, StatusContext } from '../state/run-context.ts';
import { createStatusStore, type StatusStore } from '../state/status-store.ts';
import { DamagedKeywordsContext } from '../state/damaged-keywords.ts';
import { PanelBoundary } from '../components/panel-boundary.tsx';
import { Splitter } from '../components/splitter.tsx';
import { AppHeader } from './app-header.tsx';
import { Banners } from './banners.tsx';
import { Centre } from './centre.tsx';
import { damagedKeywordIds } from './damaged.ts';
import { Dialogs, type DialogName } from './dialogs.tsx';
import { LibraryPanel } from './library-panel.tsx';
import { cycleRegions, REGION_IDS, skipToTree } from './regions.ts';
import { SidePanels } from './side-panels.tsx';
import { ONLY_TAB, type AppProps } from './sources.ts';
import { useCommandRunner } from './use-command-runner.ts';
import { useDocumentLanguageAndTitle } from './use-document-language-and-title.ts';
import { useFailureReport } from './use-failure-report.ts';
import { useHistory } from './use-history.ts';
import { usePanelSizes } from './use-layout-sizes.ts';
import { usePreviewAnswers } from './use-preview-answers.ts';
import { useStartingAnswers } from './use-starting-answers.ts';
import { useWorkspaceView, type Mode } from './use-workspace-view.ts';

export type { AppProps, SaveStatusSource, TabSource } from './sources.ts';

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

/** The panels: header, Bibliotek, the centre, the side column and the open dialog. */
function Shell({ store, status, language, onLanguage, tab = ONLY_TAB, ...props }: ShellProps) {
  const t = stringsOf(language);
  const { undo, redo } = useHistory(store, status);
  const [mode, setMode] = useState<Mode>('edit');
  const [dialog, setDialog] = useState<DialogName | undefined>();
  const view = useWorkspaceView(store, mode, props.createChecker);
  const [catalogueOpen, setCatalogueOpen] = useState(false);
  const preview = usePreviewAnswers(
    useEditor((s) => s.openDocumentId),
    useStartingAnswers(view),
  );
  useDocumentLanguageAndTitle(language, view.document?.title, t.appName);
  const { style, sizing } = usePanelSizes();
  return (
    <div className={mode === 'split' ? 'app is-split' : 'app'} style={style} onKeyDown={cycleRegions}>
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
      <Banners tab={tab} folder={props.folder} folderOpener={props.folderOpener} />
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
      <Centre
        view={view}
        mode={mode}
        onMode={setMode}
        preview={preview}
        catalogueOpen={catalogueOpen}
        onCloseCatalogue={() => setCatalogueOpen(false)}
        onExport={() => setDialog('export')}
        drawerSizing={sizing('drawer')}
      />
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
