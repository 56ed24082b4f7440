import {
  lazy,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import {
  createDocument,
  deleteDocument,
  renameDocument,
  type CommandContext,
  type CommandResult,
} from '../commands/index.ts';
import { collectFragments, getSortedDocuments, type LibraryState } from '../domain/library.ts';
import { assembleDocument } from '../domain/assemble.ts';
import type { AnswerValue, Answers, Scenario } from '../domain/model.ts';
import { indexTree } from '../domain/tree.ts';
import type { Diagnostic } from '../validation/diagnostics.ts';
import { LanguageContext } from '../i18n/language.tsx';
import { STRINGS, type Language } from '../i18n/strings.ts';
import type { EditorStore } from '../state/editor-store.ts';
import { EditorStoreContext, useEditor } from '../state/use-editor.ts';
import { TextField } from '../components/fields.tsx';
import { useLatestCallback } from '../components/use-latest-callback.ts';
import { LibraryNav } from '../features/library/library-nav.tsx';
import { StorageView, type StorageFacts } from '../features/library/storage-view.tsx';
import { TreePanel } from '../features/tree-editor/tree-panel.tsx';
import { describeRefusal, type StatusMessage } from '../features/tree-editor/status.ts';
import { focusRow } from '../features/tree-editor/focus.ts';
import { Inspector } from '../features/inspector/inspector.tsx';
import { DiagnosticsPanel } from '../features/diagnostics/diagnostics-panel.tsx';
import { LiveChecks, type CreateChecker } from '../features/diagnostics/live-checks.ts';

import { FragmentUse } from '../features/exchange/fragment-use.tsx';
import { VersionsPanel } from '../features/versions/versions-panel.tsx';

import { downloadText } from '../features/exchange/download.ts';
import { toLibraryFile } from '../domain/backup.ts';
import { checkStructure } from '../validation/structural.ts';

// Export, import and restore carry the FHIR, CSV and file-checking code: loaded when first opened
// (quality-targets.md PERF-14).
const ExportDialog = lazy(() =>
  import('../features/exchange/export-dialog.tsx').then((m) => ({ default: m.ExportDialog })),
);
const ImportDialog = lazy(() =>
  import('../features/exchange/import-dialog.tsx').then((m) => ({ default: m.ImportDialog })),
);
const RestoreDialog = lazy(() =>
  import('../features/backup/restore-dialog.tsx').then((m) => ({ default: m.RestoreDialog })),
);
// The form, its note, Testfall and Grenar are loaded when first shown: editing needs none of them.
const Preview = lazy(() => import('../features/preview/preview.tsx').then((m) => ({ default: m.Preview })));
const JournalNote = lazy(() =>
  import('../features/preview/journal-note.tsx').then((m) => ({ default: m.JournalNote })),
);
const BranchMapView = lazy(() =>
  import('../features/preview/branch-map-view.tsx').then((m) => ({ default: m.BranchMapView })),
);
const ScenariosPanel = lazy(() =>
  import('../features/preview/scenarios-panel.tsx').then((m) => ({ default: m.ScenariosPanel })),
);

/** What the workspace shows: the tree, the tree beside the form, the form, or the branch map. */
type Mode = 'edit' | 'split' | 'preview' | 'branches';

type Command = (library: LibraryState, context: CommandContext) => CommandResult;

/** Where the app reads the save status from (the autosaver), when the library is stored. */
export interface SaveStatusSource {
  readonly getStatus: () =>
    | { readonly state: 'saved' | 'pending' | 'saving' }
    | {
        readonly state: 'failed';
        readonly reason: string;
        readonly full?: boolean;
        readonly stale?: boolean;
      };
  readonly subscribe: (listener: () => void) => () => void;
}

export interface AppProps {
  readonly store: EditorStore;
  readonly initialLanguage?: Language;
  readonly saveStatus?: SaveStatusSource | undefined;
  /** Why the library could not be stored, when the browser's storage could not be opened. */
  readonly storageProblem?: string | undefined;
  /** Reads persistence and usage of the browser's storage (shown under Lagring). */
  readonly storageInfo?: (() => Promise<StorageFacts>) | undefined;
  /** This tab's part when several tabs show the library (see persistence/tab-lock.ts). */
  readonly tab?: TabSource | undefined;
  /** Where Kontroll runs: a worker unless given (tests in jsdom give the inline checker). */
  readonly createChecker?: CreateChecker | undefined;
}

/** Whether this tab edits or reads, and how it takes over editing. */
export interface TabSource {
  readonly getRole: () => 'editor' | 'reader' | 'displaced';
  readonly subscribe: (listener: () => void) => () => void;
  readonly takeOver: () => Promise<void>;
}

const NO_DIAGNOSTICS: readonly Diagnostic[] = [];

const NO_TAB: TabSource = {
  getRole: () => 'editor',
  subscribe: () => () => undefined,
  takeOver: () => Promise.resolve(),
};

/** The banner of a read-only tab, with "Ta över redigeringen". */
function TabBanner({ tab }: { tab: TabSource }) {
  const t = STRINGS[useContext(LanguageContext)];
  const role = useSyncExternalStore(tab.subscribe, tab.getRole);
  if (role === 'editor') return null;
  return (
    <div className="tab-banner" role="alert">
      <p>{role === 'displaced' ? t.tabs.displaced : t.tabs.reader}</p>
      <button type="button" onClick={() => void tab.takeOver()}>
        {t.tabs.takeOver}
      </button>
    </div>
  );
}

/** The application: the store and language around the editor. */
export function App({
  store,
  initialLanguage = 'sv',
  saveStatus,
  storageProblem,
  storageInfo,
  tab = NO_TAB,
  createChecker,
}: AppProps) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  return (
    <EditorStoreContext.Provider value={store}>
      <LanguageContext.Provider value={language}>
        <Editor
          store={store}
          language={language}
          onLanguage={setLanguage}
          saveStatus={saveStatus}
          storageProblem={storageProblem}
          storageInfo={storageInfo}
          tab={tab}
          createChecker={createChecker}
        />
      </LanguageContext.Provider>
    </EditorStoreContext.Provider>
  );
}

function SaveStatusView({ source }: { source: SaveStatusSource }) {
  const t = STRINGS[useContext(LanguageContext)];
  const status = useSyncExternalStore(source.subscribe, source.getStatus);
  const text =
    status.state === 'failed'
      ? status.full
        ? t.save.full
        : status.stale
          ? t.save.stale
          : t.save.failed(status.reason)
      : t.save[status.state];
  return (
    <p className={`save-status is-${status.state}`} role="status" aria-label={t.save.label}>
      {text}
    </p>
  );
}

function Editor({
  store,
  language,
  onLanguage,
  saveStatus,
  storageProblem,
  storageInfo,
  tab,
  createChecker,
}: {
  store: EditorStore;
  language: Language;
  onLanguage: (l: Language) => void;
  saveStatus: SaveStatusSource | undefined;
  storageProblem: string | undefined;
  storageInfo: (() => Promise<StorageFacts>) | undefined;
  tab: TabSource;
  createChecker: CreateChecker | undefined;
}) {
  const t = STRINGS[language];
  const library = useEditor((s) => s.library);
  const openId = useEditor((s) => s.openDocumentId);
  const [status, setStatus] = useState<StatusMessage | undefined>();
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const document = openId === undefined ? undefined : library.documents.get(openId);
  const [mode, setMode] = useState<Mode>('edit');
  const previewing = mode === 'preview' || mode === 'split';
  // Preview answers per document, kept while the app is open (not stored: they are try-outs; a
  // Testfall stores them on purpose). Answers are keyed by node id, so they stay where the node does.
  const [answersByDocument, setAnswersByDocument] = useState<ReadonlyMap<string, Answers>>(new Map());
  // Bumped when answers are replaced from outside, so the form's typed drafts start over.
  const [formKey, setFormKey] = useState(0);
  const [dialog, setDialog] = useState<'export' | 'import' | 'restore' | undefined>();
  const backUp = () => {
    const now = new Date().toISOString();
    const file = toLibraryFile(store.getSnapshot().library, now);
    const checked = checkStructure.libraryFile(file);
    if (!checked.ok) {
      setStatus({ text: t.exchange.exportFailed(checked.diagnostic.message[language]), tone: 'error' });
      return;
    }
    const name = `termverkstad-bibliotek-${now.slice(0, 10)}.json`;
    downloadText(name, 'application/json', `${JSON.stringify(file, null, 2)}\n`);
    setStatus({ text: t.backup.downloaded(name), tone: 'info' });
  };

  const fragments = useMemo(
    () =>
      collectFragments({
        documents: [...library.documents.values()],
        versions: [...library.versions.values()],
      }),
    [library.documents, library.versions],
  );
  // Kontroll runs in a worker after every change, so a keystroke paints without waiting for it.
  const checks = useMemo(() => new LiveChecks(store, createChecker), [store, createChecker]);
  const checkState = useSyncExternalStore(checks.subscribe, checks.getSnapshot);
  const diagnostics = checkState.documentId === openId ? checkState.diagnostics : NO_DIAGNOSTICS;
  // The form and the branch map need fragments put in place; the tree does not.
  const assembled = useMemo(
    () =>
      document && mode !== 'edit'
        ? assembleDocument(document, (ref) => fragments.get(ref.fragmentId)?.get(ref.version))
        : undefined,
    [document, fragments, mode],
  );
  const answers = useMemo<Answers>(
    () => (openId === undefined ? new Map() : (answersByDocument.get(openId) ?? new Map())),
    [answersByDocument, openId],
  );
  const setAnswer = useCallback(
    (nodeId: string, value: AnswerValue | undefined) => {
      if (openId === undefined) return;
      setAnswersByDocument((all) => {
        const next = new Map(all.get(openId) ?? []);
        if (value === undefined) next.delete(nodeId);
        else next.set(nodeId, value);
        return new Map(all).set(openId, next);
      });
    },
    [openId],
  );
  const replaceAnswers = useCallback(
    (next: Answers) => {
      if (openId === undefined) return;
      setAnswersByDocument((all) => new Map(all).set(openId, next));
      setFormKey((key) => key + 1);
    },
    [openId],
  );
  const loadScenario = useCallback(
    (scenario: Scenario, answers: Answers) => {
      replaceAnswers(answers);
      setStatus({ text: t.scenarios.loaded(scenario.name), tone: 'info' });
    },
    [replaceAnswers, t],
  );
  const ownNodes = useMemo(() => indexTree(document?.nodes ?? []).places, [document?.nodes]);
  const diagnosticsByNode = useMemo(() => {
    const byNode = new Map<string, Diagnostic[]>();
    for (const d of diagnostics) if (d.nodeId) byNode.set(d.nodeId, [...(byNode.get(d.nodeId) ?? []), d]);
    return byNode;
  }, [diagnostics]);

  const run = useCallback(
    (command: Command, fix?: StatusMessage['fix']): CommandResult => {
      const result = store.run(command);
      if (result.ok) setStatus({ text: t.done[result.change.name], tone: 'info' });
      else {
        const current = store.getSnapshot();
        const text = describeRefusal(
          result,
          current.library.documents.get(current.openDocumentId ?? ''),
          current.library,
          t,
        );
        const fixable = result.refusal === 'hasDependents' || result.refusal === 'breaksCondition';
        setStatus(fix && fixable ? { text, tone: 'error', fix } : { text, tone: 'error' });
      }
      return result;
    },
    [store, t],
  );

  const undo = useCallback(() => {
    const entry = store.undo();
    setStatus({
      text: entry ? t.undone(t.done[entry.name]) : t.nothingToUndo,
      tone: entry ? 'info' : 'error',
    });
    focusRow(store.getSnapshot().selectedNodeId);
  }, [store, t]);
  const redo = useCallback(() => {
    const entry = store.redo();
    setStatus({
      text: entry ? t.redone(t.done[entry.name]) : t.nothingToRedo,
      tone: entry ? 'info' : 'error',
    });
    focusRow(store.getSnapshot().selectedNodeId);
  }, [store, t]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.target instanceof Element && event.target.closest('[data-native-undo]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    };
    globalThis.addEventListener('keydown', onKeyDown);
    return () => globalThis.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);

  // Setting lang, even to the value it has, makes the browser restyle every element (:lang).
  useEffect(() => {
    if (globalThis.document.documentElement.lang !== language)
      globalThis.document.documentElement.lang = language;
  }, [language]);
  const documentTitle = document?.title;
  useEffect(() => {
    globalThis.document.title = documentTitle ? `${documentTitle} – ${t.appName}` : t.appName;
  }, [documentTitle, t.appName]);

  const documents = useMemo(() => getSortedDocuments(library), [library]);
  const renameOpenDocument = useLatestCallback((title: string) => {
    if (document && title.trim() !== '')
      run((l, c) => renameDocument(l, { documentId: document.id, title }, c));
  });
  const newDocument = (kind: 'template' | 'fragment') => run((l, c) => createDocument(l, { kind }, c));

  return (
    <div className={mode === 'split' ? 'app is-split' : 'app'}>
      <header className="app-header">
        <h1>{t.appName}</h1>
        <div className="history-actions">
          <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
            {t.actions.undo}
          </button>
          <button
            type="button"
            onClick={redo}
            disabled={!canRedo}
            aria-keyshortcuts="Control+Shift+Z Control+Y"
          >
            {t.actions.redo}
          </button>
        </div>
        {saveStatus ? <SaveStatusView source={saveStatus} /> : null}
        {storageProblem ? (
          <p className="save-status is-failed" role="alert">
            {t.save.unavailable(storageProblem)}
          </p>
        ) : null}
        <label className="language">
          {t.language}
          <select value={language} onChange={(event) => onLanguage(event.target.value as Language)}>
            <option value="sv">{t.languages.sv}</option>
            <option value="en">{t.languages.en}</option>
          </select>
        </label>
      </header>
      <TabBanner tab={tab} />
      <LibraryNav
        documents={documents}
        openId={openId}
        onOpen={(id) => store.open(id)}
        actions={
          <>
            <button type="button" onClick={() => newDocument('template')}>
              {t.actions.newTemplate}
            </button>
            <button type="button" onClick={() => newDocument('fragment')}>
              {t.actions.newFragment}
            </button>
            <button type="button" onClick={() => setDialog('import')}>
              {t.exchange.import}
            </button>
            <button type="button" onClick={backUp}>
              {t.backup.backup}
            </button>
            <button type="button" onClick={() => setDialog('restore')}>
              {t.backup.restore}
            </button>
          </>
        }
        footer={storageInfo ? <StorageView load={storageInfo} /> : null}
      />
      <main className="panel workspace">
        <p
          className={`status${status?.tone === 'error' ? ' is-error' : ''}`}
          role="status"
          aria-label={t.messages}
        >
          {status?.text}
          {status?.fix ? (
            <button
              type="button"
              onClick={() => {
                const fix = status.fix!;
                setStatus(undefined);
                run(fix.command);
              }}
            >
              {status.fix.label}
            </button>
          ) : null}
        </p>
        {document ? (
          <>
            <div className="workspace-head">
              <h2>{document.title}</h2>
              <p className="workspace-meta">
                {t.documentKind[document.kind]} · {t.documentStatus[document.status]} ·{' '}
                {t.version(document.version)}
                {document.example ? ` · ${t.example}` : ''}
              </p>
              <div className="mode-switch" role="group" aria-label={t.preview.mode}>
                {(
                  [
                    ['edit', t.preview.edit],
                    ['split', t.preview.split],
                    ['preview', t.preview.open],
                    ['branches', t.branches.open],
                  ] as const
                ).map(([value, label]) => (
                  <button
                    key={value}
                    type="button"
                    aria-pressed={mode === value}
                    onClick={() => setMode(value)}
                  >
                    {label}
                  </button>
                ))}
              </div>
              <div className="field-row">
                <TextField
                  key={document.id}
                  label={t.documentTitle}
                  value={document.title}
                  onCommit={renameOpenDocument}
                />
                <button type="button" onClick={() => setDialog('export')}>
                  {t.exchange.export}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => run((l) => deleteDocument(l, { documentId: document.id }))}
                >
                  {t.actions.deleteDocument}
                </button>
              </div>
              {document.kind === 'fragment' ? (
                <FragmentUse
                  fragment={document}
                  library={library}
                  run={run}
                  onOpen={(id) => store.open(id)}
                />
              ) : null}
            </div>
            <div className={mode === 'split' ? 'workspace-split' : 'workspace-single'}>
              {mode === 'edit' || mode === 'split' ? (
                <TreePanel
                  document={document}
                  diagnosticsByNode={diagnosticsByNode}
                  run={run}
                  onStatus={setStatus}
                />
              ) : null}
              <Suspense fallback={null}>
                {previewing ? (
                  <Preview
                    document={assembled ?? document}
                    catalog={library.keywords}
                    answers={answers}
                    onAnswer={setAnswer}
                    onReset={() => replaceAnswers(new Map())}
                    formKey={formKey}
                  />
                ) : null}
                {mode === 'branches' ? (
                  <BranchMapView
                    document={assembled ?? document}
                    catalog={library.keywords}
                    isOwnNode={(id) => ownNodes.has(id)}
                    onShowNode={(id) => {
                      setMode('edit');
                      store.reveal(id);
                      focusRow(id);
                    }}
                  />
                ) : null}
              </Suspense>
            </div>
          </>
        ) : (
          <p>{t.noDocument}</p>
        )}
      </main>
      <Suspense fallback={null}>
        {dialog === 'export' && document ? (
          <ExportDialog
            document={document}
            catalog={library.keywords}
            resolve={(ref) => fragments.get(ref.fragmentId)?.get(ref.version)}
            onClose={(fileName) => {
              setDialog(undefined);
              if (fileName) setStatus({ text: t.exchange.downloaded(fileName), tone: 'info' });
            }}
          />
        ) : null}
        {dialog === 'restore' ? (
          <RestoreDialog library={library} run={run} onClose={() => setDialog(undefined)} />
        ) : null}
        {dialog === 'import' ? (
          <ImportDialog
            library={library}
            run={run}
            onClose={(importedId) => {
              setDialog(undefined);
              if (importedId) store.open(importedId);
            }}
          />
        ) : null}
      </Suspense>
      <div className="side">
        {mode === 'edit' || mode === 'split' ? <Inspector document={document} run={run} /> : null}
        {mode === 'edit' && document ? (
          <VersionsPanel document={document} library={library} run={run} />
        ) : null}
        <Suspense fallback={null}>
          {previewing && assembled ? (
            <JournalNote document={assembled} catalog={library.keywords} answers={answers} />
          ) : null}
          {mode === 'preview' && document ? (
            <ScenariosPanel
              document={document}
              assembled={assembled ?? document}
              catalog={library.keywords}
              answers={answers}
              run={run}
              onLoad={loadScenario}
            />
          ) : null}
        </Suspense>
        <DiagnosticsPanel
          diagnostics={diagnostics}
          checking={checkState.documentId !== openId ? 'first' : checkState.pending ? 'again' : undefined}
          failed={checkState.documentId === openId ? checkState.error : undefined}
          onSelectNode={(id) => {
            store.reveal(id);
            focusRow(id);
          }}
        />
      </div>
    </div>
  );
}
