import type { Clipboard } from '../commands/paste-subtree.ts';
import type { Catalog, FragmentFile, TreeDocument } from '../domain/model.ts';
import { getSubtreeIds } from '../domain/tree.ts';
import { getKeywordRows, type ListWords } from '../formats/keyword-rows.ts';

/**
 * The clipboard type of a copied subtree. Its content is a fragment file (the exchange format,
 * with every keyword definition), so another Termverkstad tab can paste it after checking it
 * like an import (read-subtree.ts, loaded when pasting: it carries the rules).
 */
export const SUBTREE_TYPE = 'application/vnd.termverkstad.fragment+json';

export interface SubtreeTexts {
  /** A fragment file holding the subtree, for SUBTREE_TYPE. */
  readonly json: string;
  /** The subtree as an indented list (tab per level) for an e-mail or a spreadsheet. */
  readonly text: string;
}

/**
 * What Ctrl+C puts on the clipboard for a copied subtree. The list is written from the source
 * document, so a condition on the copied keyword names its source there.
 */
export function writeSubtree(
  clipboard: Clipboard,
  source: TreeDocument,
  catalog: Catalog,
  /** The list's words, in the user's language (from i18n). */
  words: ListWords,
  now: string,
): SubtreeTexts {
  const document: TreeDocument = {
    id: source.id,
    kind: 'fragment',
    title: source.title,
    version: source.version,
    status: source.status,
    nodes: [clipboard.node],
    changeLog: [],
    createdAt: now,
    updatedAt: now,
  };
  const file: FragmentFile = {
    format: 'termverkstad-fragment',
    formatVersion: 1,
    exportedAt: now,
    document,
    keywords: [...clipboard.keywords],
  };
  const copied = new Set(getSubtreeIds(clipboard.node));
  const rows = getKeywordRows(source, catalog, words, copied);
  const top = rows[0]?.depth ?? 1;
  const text = rows
    .map((row) => {
      const values = row.values.length > 0 ? `: ${row.values.join(', ')}` : '';
      const condition = row.condition === '' ? '' : ` – ${row.condition}`;
      return `${'\t'.repeat(row.depth - top)}${row.keyword.term} (${row.type}${values})${condition}`;
    })
    .join('\n');
  return { json: JSON.stringify(file), text };
}
