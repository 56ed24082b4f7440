import { copySubtree, pasteSubtree } from '../../commands/paste-subtree.ts';
import { pasteTerms, planPastedKeywords } from '../../commands/paste-terms.ts';
import type { Run } from '../../state/run-context.ts';
import type { Target } from '../../domain/edits.ts';
import type { LibraryState } from '../../domain/library.ts';
import { isKeywordNode, type TreeDocument } from '../../domain/model.ts';
import { KEYWORD_TYPE_BY_NAME, listWords } from '../../i18n/file-words.ts';
import { SUBTREE_TYPE, writeSubtree } from '../../exchange/subtree-clipboard.ts';
import { parseTermOutline } from '../../formats/term-outline.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { StatusMessage } from '../../state/status-store.ts';
import { inWords } from '../../i18n/in-words.ts';
import { say } from '../../i18n/languages.ts';
import { focusRow } from './focus.ts';

/** What the tree's copy and paste work on. */
export interface ClipboardScope {
  readonly library: LibraryState;
  readonly document: TreeDocument;
  readonly t: Strings;
  readonly run: Run;
  readonly now: () => string;
  readonly onStatus: (status: StatusMessage) => void;
}

/** Puts the node's subtree on the clipboard (JSON for us, an indented term list for others). */
export function copyNode(scope: ClipboardScope, nodeId: string, event: ClipboardEvent): boolean {
  const { library, document } = scope;
  const copied = copySubtree(library, document.id, nodeId);
  if (!copied || !event.clipboardData) return false;
  event.preventDefault();
  const { json, text } = writeSubtree(copied, document, library.keywords, listWords(scope.t), scope.now());
  event.clipboardData.setData(SUBTREE_TYPE, json);
  event.clipboardData.setData('text/plain', text);
  if (event.type === 'cut') return true;
  const node = copied.node;
  const term = isKeywordNode(node) ? (library.keywords.get(node.keywordId)?.term ?? '') : '';
  scope.onStatus({ text: say((t) => t.copied(term)), tone: 'info' });
  return true;
}

/** A list of terms, one keyword per line. */
function pasteText(scope: ClipboardScope, text: string, target: Target) {
  const { library, document } = scope;
  const parsed = parseTermOutline(text, KEYWORD_TYPE_BY_NAME);
  if (!parsed.ok) return scope.onStatus({ text: say((t) => t.pasteLineTooLong(parsed.line)), tone: 'error' });
  if (parsed.entries.length === 0)
    return scope.onStatus({ text: say((t) => t.nothingCopied), tone: 'error' });
  const result = scope.run((l, c) =>
    pasteTerms(l, { documentId: document.id, target, entries: parsed.entries }, c),
  );
  if (!result.ok) return;
  const plan = planPastedKeywords(library.keywords, parsed.entries, () => '');
  const reused = plan.keywordIds.filter((id) => library.keywords.has(id)).length;
  scope.onStatus({ text: say((t) => t.pastedTerms(parsed.entries.length, reused)), tone: 'info' });
  focusRow(result.change.select);
}

/** A copied subtree, checked like an import (the checks load on the first paste). */
async function pasteSubtreeJson(scope: ClipboardScope, json: string, target: Target) {
  const { readSubtree } = await import('../../exchange/read-subtree.ts');
  const read = readSubtree(json);
  if (!read.ok)
    return scope.onStatus({
      text: say((t, language) => t.pasteRefused(inWords(read.reason, language))),
      tone: 'error',
    });
  const result = scope.run((l, c) =>
    pasteSubtree(l, { documentId: scope.document.id, target, clipboard: read.clipboard }, c),
  );
  if (result.ok) focusRow(result.change.select);
}

/** Pastes what the clipboard holds at the target: our subtree if it is one, else a list of terms. */
export function pasteAt(scope: ClipboardScope, target: Target, clipboard: DataTransfer | null) {
  const json = clipboard?.getData(SUBTREE_TYPE) ?? '';
  if (json === '') pasteText(scope, clipboard?.getData('text/plain') ?? '', target);
  else void pasteSubtreeJson(scope, json, target);
}
