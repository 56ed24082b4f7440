import { useEffect, type RefObject } from 'react';
import type { Target } from '../../domain/edits.ts';
import type { TreeDocument } from '../../domain/model.ts';
import { indexTree } from '../../domain/tree.ts';
import { onDemand, useOnDemand } from '../../components/on-demand.ts';
import { useLatestCallback } from '../../components/use-latest-callback.ts';
import { useStrings } from '../../i18n/language.tsx';
import { useEditor, useEditorStore } from '../../state/use-editor.ts';
import { useRun, useStatusStore } from '../../state/run-context.ts';

// Copy and paste (the clipboard formats, the term-list reader) are fetched once the tree is painted.
const actions = onDemand(() => import('./tree-clipboard-actions.ts'));

/** Whether a clipboard event is the tree's: focus on a row, not in the rename box. */
function isForTree(frame: HTMLElement | null): boolean {
  const active = globalThis.document.activeElement;
  return !!frame && frame.contains(active) && !(active instanceof HTMLInputElement);
}

/**
 * Ctrl+C, Ctrl+X and Ctrl+V in Sökordsträd, through the system clipboard (the browser's copy, cut
 * and paste events), so a subtree survives switching documents or views and can be pasted in
 * another tab. Copying also gives an indented list of the terms for an e-mail or a spreadsheet;
 * such a list pasted (from there or typed) becomes keywords. Cut copies, then calls `onCut`.
 */
export function useTreeClipboard(props: {
  readonly frameRef: RefObject<HTMLElement | null>;
  readonly document: TreeDocument;
  readonly selectedId: string | undefined;
  readonly onCut: () => void;
}) {
  const store = useEditorStore();
  const library = useEditor((s) => s.library);
  const t = useStrings();
  const { document, selectedId } = props;
  const run = useRun();
  const onStatus = useStatusStore().set;
  const loaded = useOnDemand(actions);
  const scope = { library, document, t, run, now: store.context.now, onStatus };

  const onCopy = useLatestCallback((event: ClipboardEvent) => {
    if (!loaded || !isForTree(props.frameRef.current) || !selectedId) return;
    if (loaded.copyNode(scope, selectedId, event) && event.type === 'cut') props.onCut();
  });

  const onPaste = useLatestCallback((event: ClipboardEvent) => {
    if (!loaded || !isForTree(props.frameRef.current)) return;
    event.preventDefault();
    // After the selected node, or at the end of the top level.
    const selected = selectedId === undefined ? undefined : indexTree(document.nodes).places.get(selectedId);
    const target: Target = selected
      ? { parentId: selected.parentId, index: selected.index + 1 }
      : { parentId: null, index: document.nodes.length };
    loaded.pasteAt(scope, target, event.clipboardData);
  });

  useEffect(() => {
    const page = globalThis.document;
    page.addEventListener('copy', onCopy);
    page.addEventListener('cut', onCopy);
    page.addEventListener('paste', onPaste);
    return () => {
      page.removeEventListener('copy', onCopy);
      page.removeEventListener('cut', onCopy);
      page.removeEventListener('paste', onPaste);
    };
  }, [onCopy, onPaste]);
}
