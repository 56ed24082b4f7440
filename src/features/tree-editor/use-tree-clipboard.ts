import { useEffect, type RefObject } from 'react';
import { copySubtree, pasteSubtree, pasteTerms, planPastedKeywords } from '../../commands/index.ts';
import type { Target } from '../../domain/edits.ts';
import { isKeywordNode, type TreeDocument } from '../../domain/model.ts';
import { indexTree } from '../../domain/tree.ts';
import { useLatestCallback } from '../../components/use-latest-callback.ts';
import { KEYWORD_TYPE_BY_NAME, listWords } from '../../i18n/file-words.ts';
import { SUBTREE_TYPE, writeSubtree } from '../../exchange/subtree-clipboard.ts';
import { parseTermOutline } from '../../formats/term-outline.ts';
import { useStrings } from '../../i18n/language.tsx';
import { useEditor, useEditorStore } from '../../state/use-editor.ts';
import { focusRow } from './focus.ts';
import { useRun, useStatusStore } from '../../state/run-context.ts';
import { inWords } from '../../i18n/in-words.ts';
import { say } from '../../i18n/languages.ts';

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
  const documentId = document.id;

  const onCopy = useLatestCallback((event: ClipboardEvent) => {
    if (!isForTree(props.frameRef.current) || !selectedId || !event.clipboardData) return;
    const copied = copySubtree(library, documentId, selectedId);
    if (!copied) return;
    event.preventDefault();
    const { json, text } = writeSubtree(
      copied,
      document,
      library.keywords,
      listWords(t),
      store.context.now(),
    );
    event.clipboardData.setData(SUBTREE_TYPE, json);
    event.clipboardData.setData('text/plain', text);
    if (event.type === 'cut') {
      props.onCut();
      return;
    }
    const node = copied.node;
    const term = isKeywordNode(node) ? (library.keywords.get(node.keywordId)?.term ?? '') : '';
    onStatus({ text: say((t) => t.copied(term)), tone: 'info' });
  });

  /** A list of terms, one keyword per line. */
  const pasteText = (text: string, target: Target) => {
    const parsed = parseTermOutline(text, KEYWORD_TYPE_BY_NAME);
    if (!parsed.ok) return onStatus({ text: say((t) => t.pasteLineTooLong(parsed.line)), tone: 'error' });
    if (parsed.entries.length === 0) return onStatus({ text: say((t) => t.nothingCopied), tone: 'error' });
    const result = run((l, c) => pasteTerms(l, { documentId, target, entries: parsed.entries }, c));
    if (!result.ok) return;
    const plan = planPastedKeywords(library.keywords, parsed.entries, () => '');
    const reused = plan.keywordIds.filter((id) => library.keywords.has(id)).length;
    onStatus({ text: say((t) => t.pastedTerms(parsed.entries.length, reused)), tone: 'info' });
    focusRow(result.change.select);
  };

  /** A copied subtree, checked like an import (the checks load on the first paste). */
  const pasteSubtreeJson = async (json: string, target: Target) => {
    const { readSubtree } = await import('../../exchange/read-subtree.ts');
    const read = readSubtree(json);
    if (!read.ok)
      return onStatus({
        text: say((t, language) => t.pasteRefused(inWords(read.reason, language))),
        tone: 'error',
      });
    const result = run((l, c) => pasteSubtree(l, { documentId, target, clipboard: read.clipboard }, c));
    if (result.ok) focusRow(result.change.select);
  };

  const onPaste = useLatestCallback((event: ClipboardEvent) => {
    if (!isForTree(props.frameRef.current)) return;
    event.preventDefault();
    // After the selected node, or at the end of the top level.
    const selected = selectedId === undefined ? undefined : indexTree(document.nodes).places.get(selectedId);
    const target: Target = selected
      ? { parentId: selected.parentId, index: selected.index + 1 }
      : { parentId: null, index: document.nodes.length };
    const json = event.clipboardData?.getData(SUBTREE_TYPE) ?? '';
    if (json === '') pasteText(event.clipboardData?.getData('text/plain') ?? '', target);
    else void pasteSubtreeJson(json, target);
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
