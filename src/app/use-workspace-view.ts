import { useMemo, useSyncExternalStore } from 'react';
import { assembleDocument } from '../domain/assemble.ts';
import { getResolver } from '../domain/library.ts';
import type { Diagnostic } from '../validation/diagnostics.ts';
import { LiveChecks, type CreateChecker } from '../features/diagnostics/live-checks.ts';
import type { EditorStore } from '../state/editor-store.ts';
import { useEditor } from '../state/use-editor.ts';
import { usePreparedForm } from './use-prepared-form.ts';

/** What the workspace shows: the tree, the tree beside the form, the form, or the branch map. */
export type Mode = 'edit' | 'split' | 'preview' | 'branches';

const NO_DIAGNOSTICS: readonly Diagnostic[] = [];

/**
 * What the panels around the open document share: the document, its fragments (to put in place
 * for the form and the branch map; the tree does not need them) and Kontroll's findings.
 */
export function useWorkspaceView(store: EditorStore, mode: Mode, createChecker: CreateChecker | undefined) {
  const library = useEditor((s) => s.library);
  const openId = useEditor((s) => s.openDocumentId);
  const document = openId === undefined ? undefined : library.documents.get(openId);
  const resolve = getResolver(library.versions);
  // Kontroll runs in a worker after every change, so a keystroke paints without waiting for it.
  const checks = useMemo(() => new LiveChecks(store, createChecker), [store, createChecker]);
  const checkState = useSyncExternalStore(checks.subscribe, checks.getSnapshot);
  const diagnostics = checkState.documentId === openId ? checkState.diagnostics : NO_DIAGNOSTICS;
  const diagnosticsByNode = useMemo(() => {
    const byNode = new Map<string, Diagnostic[]>();
    for (const d of diagnostics) if (d.nodeId) byNode.set(d.nodeId, [...(byNode.get(d.nodeId) ?? []), d]);
    return byNode;
  }, [diagnostics]);
  const assembled = useMemo(
    () => (document && mode !== 'edit' ? assembleDocument(document, library.keywords, resolve) : undefined),
    [document, library.keywords, resolve, mode],
  );
  // While editing, the form is worked out in the background for Förhandsgranska.
  usePreparedForm(document, library.keywords, mode === 'edit');
  return { library, openId, document, resolve, checkState, diagnostics, diagnosticsByNode, assembled };
}

export type WorkspaceView = ReturnType<typeof useWorkspaceView>;
