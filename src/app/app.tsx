import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LibraryFile } from '../domain/model.ts';
import { createCatalog, getPath, indexTree } from '../domain/index.ts';
import { checkDocument, collectFragments, type Diagnostic } from '../validation/index.ts';
import { LanguageContext } from '../i18n/language.tsx';
import { STRINGS, type Language } from '../i18n/strings.ts';
import { LibraryNav } from '../features/library/library-nav.tsx';
import { TreeView } from '../features/tree-editor/tree-view.tsx';
import { getExpandableIds } from '../features/tree-editor/tree-rows.ts';
import { DiagnosticsPanel } from '../features/diagnostics/diagnostics-panel.tsx';

export interface AppProps {
  /** The library to show; the example library on first start. */
  readonly initialLibrary: LibraryFile;
  readonly initialLanguage?: Language;
}

/** The application shell: library, keyword tree and checks, in Swedish or English. */
export function App({ initialLibrary, initialLanguage = 'sv' }: AppProps) {
  const [library] = useState(initialLibrary);
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [openId, setOpenId] = useState<string | undefined>(library.documents[0]?.id);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() =>
    getExpandableIds(library.documents[0]?.nodes ?? []),
  );
  const t = STRINGS[language];

  const catalog = useMemo(() => createCatalog(library.keywords), [library.keywords]);
  const fragments = useMemo(() => collectFragments(library), [library]);
  const document = library.documents.find((d) => d.id === openId);
  const index = useMemo(() => (document ? indexTree(document.nodes) : undefined), [document]);
  const diagnostics = useMemo<readonly Diagnostic[]>(
    () => (document ? checkDocument(document, { catalog, fragments }) : []),
    [document, catalog, fragments],
  );
  const diagnosticsByNode = useMemo(() => {
    const byNode = new Map<string, Diagnostic[]>();
    for (const d of diagnostics) if (d.nodeId) byNode.set(d.nodeId, [...(byNode.get(d.nodeId) ?? []), d]);
    return byNode;
  }, [diagnostics]);

  useEffect(() => {
    globalThis.document.documentElement.lang = language;
    globalThis.document.title = document ? `${document.title} – ${t.appName}` : t.appName;
  }, [language, document, t.appName]);

  const openDocument = (id: string) => {
    setOpenId(id);
    setSelectedId(undefined);
    setExpanded(getExpandableIds(library.documents.find((d) => d.id === id)?.nodes ?? []));
  };
  const setNodeExpanded = useCallback((id: string, open: boolean) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  // Selecting from Kontroll opens the node's ancestors and moves focus to its row.
  const revealNode = (id: string) => {
    if (!index) return;
    setExpanded((current) => new Set([...current, ...getPath(index, id).slice(0, -1)]));
    setSelectedId(id);
    requestAnimationFrame(() => globalThis.document.getElementById(`tree-row-${id}`)?.focus());
  };

  return (
    <LanguageContext.Provider value={language}>
      <div className="app">
        <header className="app-header">
          <h1>{t.appName}</h1>
          <label className="language">
            {t.language}
            <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
              <option value="sv">{t.languages.sv}</option>
              <option value="en">{t.languages.en}</option>
            </select>
          </label>
        </header>
        <LibraryNav documents={library.documents} openId={openId} onOpen={openDocument} />
        <main className="panel workspace">
          {document && index ? (
            <>
              <div className="workspace-head">
                <h2>{document.title}</h2>
                <p className="workspace-meta">
                  {t.documentKind[document.kind]} · {t.documentStatus[document.status]} ·{' '}
                  {t.version(document.version)}
                  {document.example ? ` · ${t.example}` : ''}
                </p>
                <div className="toolbar">
                  <button type="button" onClick={() => setExpanded(getExpandableIds(document.nodes))}>
                    {t.expandAll}
                  </button>
                  <button type="button" onClick={() => setExpanded(new Set())}>
                    {t.collapseAll}
                  </button>
                </div>
              </div>
              <TreeView
                document={document}
                index={index}
                catalog={catalog}
                expanded={expanded}
                selectedId={selectedId}
                diagnosticsByNode={diagnosticsByNode}
                onSelect={setSelectedId}
                onExpandedChange={setNodeExpanded}
              />
            </>
          ) : (
            <p>{t.noDocument}</p>
          )}
        </main>
        <DiagnosticsPanel diagnostics={diagnostics} onSelectNode={revealNode} />
      </div>
    </LanguageContext.Provider>
  );
}
