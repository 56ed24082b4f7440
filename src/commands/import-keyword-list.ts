import type { Keyword, KeywordListRow, LibraryState, Option } from '../domain/index.ts';
import { foldTerm, hasOwnOptions } from '../domain/index.ts';
import { refuse, type CommandResult } from './command.ts';

/** What a keyword list would do to the catalogue: keywords to create, and new definitions of existing ones. */
export interface KeywordListPlan {
  readonly created: readonly Keyword[];
  readonly updated: readonly Keyword[];
  readonly unchanged: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Matches each row with a keyword of the same term (case and diacritics aside) and type: it is
 * updated (values added and scored, unit and codes set as the list says), else created as
 * Föreslaget. Values are only added, never removed, so no condition loses its value. Rows naming
 * the same keyword twice count once, the later row winning.
 */
export function planKeywordList(
  state: LibraryState,
  rows: readonly KeywordListRow[],
  createId: (prefix: string) => string,
): KeywordListPlan {
  const byTerm = new Map<string, Keyword>();
  for (const keyword of state.keywords.values()) {
    const key = `${keyword.type}:${foldTerm(keyword.term)}`;
    if (!byTerm.has(key)) byTerm.set(key, keyword);
  }
  const created = new Map<string, Keyword>();
  const updated = new Map<string, Keyword>();
  for (const row of rows) {
    const key = `${row.type}:${foldTerm(row.term)}`;
    const base = created.get(key) ?? updated.get(byTerm.get(key)?.id ?? '') ?? byTerm.get(key);
    const next: Keyword = base
      ? { ...base }
      : { id: createId('kw'), term: row.term, type: row.type, status: 'proposed' };
    if (hasOwnOptions(row.type)) {
      const options: Option[] = [...(next.options ?? [])];
      for (const value of row.values) {
        const at = options.findIndex((o) => foldTerm(o.label) === foldTerm(value.label));
        const scored = value.score === undefined ? {} : { score: value.score };
        if (at >= 0) options[at] = { ...options[at]!, ...scored };
        else options.push({ id: createId('v'), label: value.label, ...scored });
      }
      if (options.length > 0) next.options = options;
    }
    if (row.unit !== undefined) next.unit = row.unit;
    if (row.codes.length > 0) next.codes = [...row.codes];
    if (!base || created.has(key)) created.set(key, next);
    else if (!same(next, state.keywords.get(base.id))) updated.set(base.id, next);
  }
  const matched = new Set(
    rows.map((row) => byTerm.get(`${row.type}:${foldTerm(row.term)}`)?.id).filter(Boolean),
  );
  return {
    created: [...created.values()],
    updated: [...updated.values()],
    unchanged: [...matched].filter((id) => !updated.has(id!)).length,
  };
}

/** "Importera" of a keyword list: the planned keywords created and updated, as one undoable step. */
export function importKeywordList(plan: KeywordListPlan): CommandResult {
  if (plan.created.length + plan.updated.length === 0) return refuse('nothingToDo');
  return {
    ok: true,
    change: {
      name: 'importKeywordList',
      recipe: (draft) => {
        for (const keyword of [...plan.created, ...plan.updated]) draft.keywords.set(keyword.id, keyword);
      },
    },
  };
}
