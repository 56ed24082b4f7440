import { updateKeyword as updateKeywordRecipe } from '../domain/index.ts';
import type { KeywordFields, LibraryState } from '../domain/index.ts';
import { refuse, type CommandContext, type CommandResult } from './command.ts';
import { findClausesBrokenBy } from './broken-clauses.ts';

type FieldChanges = { readonly [K in keyof KeywordFields]: KeywordFields[K] | undefined };

/**
 * Changes fields of a keyword definition (every template that uses it sees the change). Typing in
 * one field is one undo step: consecutive changes to the same field of the same keyword merge.
 */
export function updateKeyword(
  state: LibraryState,
  args: {
    keywordId: string;
    fields: FieldChanges;
    documentId?: string | undefined;
    coalesceKey?: string | undefined;
  },
  context: CommandContext,
): CommandResult {
  const keyword = state.keywords.get(args.keywordId);
  if (!keyword) return refuse('keywordNotFound');
  if (args.fields.term !== undefined && args.fields.term.trim() === '') return refuse('emptyTerm');
  if ('type' in args.fields) throw new Error('change a keyword type with changeKeywordType');
  // A value that conditions wait for cannot just go: they would wait for nothing. Name them.
  // Only a removed value can leave a condition waiting: typing in a value's text scans nothing.
  const kept = new Set(args.fields.options?.map((o) => o.id));
  if (args.fields.options !== undefined && (keyword.options ?? []).some((o) => !kept.has(o.id))) {
    const broken = findClausesBrokenBy(state, { ...keyword, options: args.fields.options });
    if (broken.length > 0) return refuse('valueInUse', [...new Set(broken.map((b) => b.nodeId))]);
  }
  const fieldNames = Object.keys(args.fields).sort().join(',');
  const now = context.now();
  return {
    ok: true,
    change: {
      name: fieldNames === 'term' ? 'renameKeyword' : 'updateKeyword',
      coalesceKey: `keyword:${keyword.id}:${args.coalesceKey ?? fieldNames}`,
      keywordIds: [keyword.id],
      ...(args.documentId !== undefined && { documentId: args.documentId }),
      recipe: (draft) => {
        const target = draft.keywords.get(keyword.id);
        if (target) updateKeywordRecipe(args.fields)(target);
        const document = args.documentId === undefined ? undefined : draft.documents.get(args.documentId);
        if (document) document.updatedAt = now;
      },
    },
  };
}

/** Renames a keyword ("Sökordsterm"; Enter or F2 in the tree). */
export function renameKeyword(
  state: LibraryState,
  args: { keywordId: string; term: string; documentId?: string | undefined },
  context: CommandContext,
): CommandResult {
  return updateKeyword(
    state,
    { keywordId: args.keywordId, fields: { term: args.term.trim() }, documentId: args.documentId },
    context,
  );
}
