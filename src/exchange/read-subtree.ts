import type { Clipboard } from '../commands/paste-subtree.ts';
import { checkFileText } from '../validation/check-file.ts';

export type SubtreeRead =
  | { readonly ok: true; readonly clipboard: Clipboard }
  | { readonly ok: false; readonly reason: { readonly sv: string; readonly en: string } };

/**
 * Reads a pasted subtree: the same gates as an import (size, parse, format, schema); the rules are
 * left to Kontroll, which checks the document once the subtree is in it.
 */
export function readSubtree(json: string): SubtreeRead {
  const checked = checkFileText(json, new TextEncoder().encode(json).byteLength, { rules: false });
  if (!checked.ok) return { ok: false, reason: checked.refusal };
  if (checked.kind !== 'fragment') {
    return {
      ok: false,
      reason: { sv: 'Urklippet är ett helt bibliotek.', en: 'The clipboard holds a whole library.' },
    };
  }
  if (!checked.file) return { ok: false, reason: checked.diagnostics[0]!.message };
  const [node, ...more] = checked.file.document.nodes;
  if (!node || more.length > 0) {
    return {
      ok: false,
      reason: {
        sv: `Urklippet ska innehålla ett sökord med sina undersökord, inte ${checked.file.document.nodes.length}.`,
        en: `The clipboard should hold one keyword with its children, not ${checked.file.document.nodes.length}.`,
      },
    };
  }
  return { ok: true, clipboard: { node, keywords: checked.file.keywords } };
}
