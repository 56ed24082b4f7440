import { insertNodes } from '../domain/index.ts';
import type { Keyword, KeywordNode, KeywordType, LibraryState, Option, Target } from '../domain/index.ts';
import { fromEdit, refuse, withKeywords, type CommandContext, type CommandResult } from './command.ts';

/** One pasted line (formats/term-outline reads them): its level from 0, the term, type and values if given. */
export interface PastedTerm {
  readonly depth: number;
  readonly term: string;
  readonly type: KeywordType | undefined;
  readonly values: readonly Pick<Option, 'label' | 'score'>[];
}

/**
 * Pastes a list of terms (from an e-mail, a document or a spreadsheet) as new keywords at a target,
 * the list's indentation giving the levels. A keyword is Fritext unless the list names its type;
 * a choice list gets the values listed. New keywords are "proposed", as from Lägg till sökord.
 */
export function pasteTerms(
  state: LibraryState,
  args: { documentId: string; target: Target; entries: readonly PastedTerm[] },
  context: CommandContext,
): CommandResult {
  const document = state.documents.get(args.documentId);
  if (!document) return refuse('documentNotFound');
  const keywords: Keyword[] = [];
  const roots: KeywordNode[] = [];
  // The open node at each level: a line goes under the last line one level up.
  const open: KeywordNode[] = [];
  for (const entry of args.entries) {
    const type = entry.type ?? 'text';
    const keyword: Keyword = {
      id: context.createId('kw'),
      term: entry.term,
      type,
      status: 'proposed',
      ...((type === 'singleChoice' || type === 'multipleChoice') && {
        options: entry.values.map((value) => ({ id: context.createId('v'), ...value })),
      }),
    };
    const node: KeywordNode = { id: context.createId('n'), keywordId: keyword.id };
    keywords.push(keyword);
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
    keywords,
  );
}
