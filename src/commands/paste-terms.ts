import { getOptions, hasOwnOptions, insertNodes } from '../domain/index.ts';
import type { Catalog, Keyword, KeywordNode, LibraryState, PastedTerm, Target } from '../domain/index.ts';
import { fromEdit, refuse, withKeywords, type CommandContext, type CommandResult } from './command.ts';

export type { PastedTerm } from '../domain/index.ts';

/**
 * Whether a keyword is what a pasted line asks for: the same term and type, and the same values
 * when the line lists them. A bare term names no type, so it is not matched: "Sömn" could be a
 * PHQ-9 item or a new heading, and guessing would place a definition the user did not mean.
 */
function fits(keyword: Keyword, line: PastedTerm): boolean {
  if (line.type === undefined || keyword.term !== line.term || keyword.status === 'retired') return false;
  if (keyword.type !== line.type) return false;
  if (!hasOwnOptions(line.type) || line.values.length === 0) return true;
  const labels = getOptions(keyword).map((option) => option.label);
  return labels.length === line.values.length && line.values.every((value, i) => value.label === labels[i]);
}

/**
 * The keyword each line places: a catalogue keyword that fits it (keywords are reusable
 * definitions, so a list copied out of Termverkstad and pasted back places the same ones), else a
 * new one, which later lines asking for the same share. New keywords are Fritext unless the line
 * names a type.
 */
export function planPastedKeywords(
  catalog: Catalog,
  lines: readonly PastedTerm[],
  createId: (prefix: 'kw' | 'v') => string,
): { readonly keywordIds: readonly string[]; readonly created: readonly Keyword[] } {
  const byTerm = new Map<string, Keyword[]>();
  const remember = (keyword: Keyword) => {
    const same = byTerm.get(keyword.term);
    if (same) same.push(keyword);
    else byTerm.set(keyword.term, [keyword]);
  };
  for (const keyword of catalog.values()) remember(keyword);
  const created: Keyword[] = [];
  const keywordIds = lines.map((line) => {
    const existing = byTerm.get(line.term)?.find((keyword) => fits(keyword, line));
    if (existing) return existing.id;
    const type = line.type ?? 'text';
    const keyword: Keyword = {
      id: createId('kw'),
      term: line.term,
      type,
      status: 'proposed',
      ...(hasOwnOptions(type) && { options: line.values.map((value) => ({ id: createId('v'), ...value })) }),
    };
    created.push(keyword);
    remember(keyword);
    return keyword.id;
  });
  return { keywordIds, created };
}

/**
 * Pastes a list of terms (from an e-mail, a document or a spreadsheet) at a target, the list's
 * indentation giving the levels; each line places the keyword planPastedKeywords finds or makes.
 */
export function pasteTerms(
  state: LibraryState,
  args: { documentId: string; target: Target; entries: readonly PastedTerm[] },
  context: CommandContext,
): CommandResult {
  const document = state.documents.get(args.documentId);
  if (!document) return refuse('documentNotFound');
  const { keywordIds, created } = planPastedKeywords(state.keywords, args.entries, context.createId);
  const roots: KeywordNode[] = [];
  // The open node at each level: a line goes under the last line one level up.
  const open: KeywordNode[] = [];
  for (const [i, entry] of args.entries.entries()) {
    const node: KeywordNode = { id: context.createId('n'), keywordId: keywordIds[i]! };
    const depth = Math.min(entry.depth, open.length);
    const parent = depth === 0 ? undefined : open[depth - 1]!;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
    open.length = depth;
    open.push(node);
  }
  if (roots.length === 0) return refuse('nothingToDo');
  return withKeywords(
    fromEdit(
      insertNodes(document, args.target, roots),
      { name: 'pasteTerms', documentId: document.id, select: roots[0]!.id },
      context.now(),
    ),
    created,
  );
}
