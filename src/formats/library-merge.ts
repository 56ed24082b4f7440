import type { Keyword, TreeDocument } from '../domain/model.ts';
import {
  mergeDocuments,
  mergeKeywords,
  mergeWhole,
  type MergeChoices,
  type MergeConflict,
} from '../domain/merge.ts';
import { parseJsonSafely } from './parse-json.ts';
import { stableJson, type KeywordGroupFile } from './library-folder.ts';

/**
 * Three-way merge of one file of a library folder, as `termverkstad merge-driver` (git) and the
 * folder library (a file changed on disk while it was being edited) need it. A clean merge gives
 * the merged file; a real conflict gives a conflict file that holds the three sides and each
 * conflict, which `validate` reports and the app opens to choose "Behåll min / Behåll deras".
 */
export const CONFLICT_FORMAT = 'termverkstad-merge-conflict';

export type MergedRecord = 'document' | 'keywords' | 'whole';

export interface ConflictFile {
  readonly format: typeof CONFLICT_FORMAT;
  readonly formatVersion: 1;
  readonly record: MergedRecord;
  readonly conflicts: readonly MergeConflict[];
  readonly base: unknown;
  readonly mine: unknown;
  readonly theirs: unknown;
}

export type FileMerge =
  | { readonly ok: true; readonly text: string; readonly conflicts: readonly MergeConflict[] }
  /** Not a file of ours in all three versions (unreadable, or a conflict file already): merge as text. */
  | { readonly ok: false };

type Parsed = Record<string, unknown>;

function recordOf(value: Parsed): MergedRecord {
  if (value.format === 'termverkstad-keywords') return 'keywords';
  if ((value.kind === 'template' || value.kind === 'fragment') && Array.isArray(value.nodes))
    return 'document';
  return 'whole';
}

function merge(
  record: MergedRecord,
  base: Parsed | undefined,
  mine: Parsed,
  theirs: Parsed,
  choices: MergeChoices,
): { merged: unknown; conflicts: readonly MergeConflict[] } {
  switch (record) {
    case 'document':
      return mergeDocuments(
        base as unknown as TreeDocument | undefined,
        mine as unknown as TreeDocument,
        theirs as unknown as TreeDocument,
        choices,
      );
    case 'keywords': {
      const list = (file: Parsed | undefined) => (file?.keywords ?? []) as Keyword[];
      const { merged, conflicts } = mergeKeywords(list(base), list(mine), list(theirs), choices);
      const ids = (a: Keyword, b: Keyword) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      const header = mergeWhole(
        { ...base, keywords: [] },
        { ...mine, keywords: [] },
        { ...theirs, keywords: [] },
        choices,
      );
      const file: KeywordGroupFile = {
        ...(header.merged as unknown as KeywordGroupFile),
        keywords: [...merged].sort(ids),
      };
      return { merged: file, conflicts: [...header.conflicts, ...conflicts] };
    }
    case 'whole':
      return mergeWhole(base, mine, theirs, choices);
  }
}

const parse = (text: string): Parsed | undefined => {
  const parsed = parseJsonSafely(text);
  return parsed.ok && parsed.value.format !== CONFLICT_FORMAT ? parsed.value : undefined;
};

/** Merges the three versions of a file's text; `base` is empty when both sides added the file. */
export function mergeFileTexts(base: string, mine: string, theirs: string): FileMerge {
  const [b, m, t] = [base.trim() === '' ? {} : parse(base), parse(mine), parse(theirs)];
  if (!b || !m || !t) return { ok: false };
  const record = recordOf(m);
  if (recordOf(t) !== record) return { ok: false };
  const baseRecord = Object.keys(b).length === 0 ? undefined : b;
  const { merged, conflicts } = merge(record, baseRecord, m, t, new Map());
  if (conflicts.length === 0) return { ok: true, text: stableJson(merged), conflicts };
  const file: ConflictFile = {
    format: CONFLICT_FORMAT,
    formatVersion: 1,
    record,
    conflicts,
    base: baseRecord ?? null,
    mine: m,
    theirs: t,
  };
  return { ok: true, text: stableJson(file), conflicts };
}

/** True when the parsed file is a conflict file left by a merge. */
export const isConflictFile = (value: Parsed): value is Parsed & ConflictFile =>
  value.format === CONFLICT_FORMAT && Array.isArray(value.conflicts);

/**
 * The file a conflict file becomes with a choice for each conflict. Conflicts without a choice keep
 * the local side ("min"); the result names any conflict the choices uncovered (a restored node's
 * own conflicts), so the caller can ask again.
 */
export function resolveConflictFile(
  file: ConflictFile,
  choices: MergeChoices,
): { readonly text: string; readonly merged: unknown; readonly conflicts: readonly MergeConflict[] } {
  const { merged, conflicts } = merge(
    file.record,
    (file.base ?? undefined) as Parsed | undefined,
    file.mine as Parsed,
    file.theirs as Parsed,
    choices,
  );
  return { text: stableJson(merged), merged, conflicts };
}
