import type { Clipboard } from '../commands/paste-subtree.ts';
import { checkFileText } from '../validation/check-file.ts';
import { message } from '../domain/message.ts';
import type { ExchangeMessage } from './exchange-messages.ts';

export type SubtreeRead =
  | { readonly ok: true; readonly clipboard: Clipboard }
  | { readonly ok: false; readonly reason: ExchangeMessage };

/**
 * Reads a pasted subtree: the same gates as an import (size, parse, format, schema); the rules are
 * left to Kontroll, which checks the document once the subtree is in it.
 */
export function readSubtree(json: string): SubtreeRead {
  const checked = checkFileText(json, new TextEncoder().encode(json).byteLength, { rules: false });
  if (!checked.ok) return { ok: false, reason: checked.refusal };
  if (checked.kind !== 'fragment') {
    return { ok: false, reason: message('CLIPBOARD_IS_LIBRARY') };
  }
  if (!checked.file) return { ok: false, reason: checked.diagnostics[0]! };
  const [node, ...more] = checked.file.document.nodes;
  if (!node || more.length > 0) {
    return {
      ok: false,
      reason: message('CLIPBOARD_NODE_COUNT', { count: checked.file.document.nodes.length }),
    };
  }
  return { ok: true, clipboard: { node, keywords: checked.file.keywords } };
}
