/*
 * Three-way merge of a library's records, as git's merge driver and the folder library need it:
 * base is the common ancestor, mine the local side (git's %A, "min"), theirs the other ("deras").
 * A change made on one side only is taken; the same change on both sides is taken once; different
 * changes to the same field are a conflict. Trees merge node by node (fields, parent and position
 * separately), catalogues keyword by keyword and value lists value by value. Each conflict has a
 * stable id, so the same merge run again with choices for them ("Behåll min / Behåll deras")
 * gives the resolved record.
 */
import type { Keyword, TreeDocument, TreeNode } from './model.ts';
import {
  Merger,
  mergeOrder,
  type Json,
  type MergeChoices,
  type MergeResult,
  type Obj,
} from './merge-core.ts';
import { mergeTree } from './merge-tree.ts';

export {
  mergeOrder,
  sameJson,
  type ConflictKind,
  type MergeChoices,
  type MergeConflict,
  type MergeResult,
  type MergeSide,
} from './merge-core.ts';

/** The later of two timestamps (ISO 8601 strings compare in time order). */
const latest = (_b: Json, m: Json, t: Json) =>
  (typeof m === 'string' ? m : '') > (typeof t === 'string' ? t : '') ? m : t;

function unionLog(b: Json, m: Json, t: Json): Json {
  const seen = new Set<string>();
  const out: { at: string }[] = [];
  for (const entry of [
    ...((m ?? []) as { at: string }[]),
    ...((t ?? []) as { at: string }[]),
    ...((b ?? []) as { at: string }[]),
  ]) {
    const key = JSON.stringify(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(entry);
  }
  return out.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}

/** Three-way merge of one template or fragment. */
export function mergeDocuments(
  base: TreeDocument | undefined,
  mine: TreeDocument,
  theirs: TreeDocument,
  choices: MergeChoices = new Map(),
): MergeResult<TreeDocument> {
  const merger = new Merger(choices);
  const at = (field: string) => ({ id: `document:${field}`, kind: 'field' as const, field });
  const keyed = (prefix: string) => (b: Json, m: Json, t: Json) =>
    merger.keyedList(
      b as { id: string }[] | undefined,
      m as { id: string }[] | undefined,
      t as { id: string }[] | undefined,
      prefix,
    );
  const merged = merger.record(
    base as unknown as Obj | undefined,
    mine as unknown as Obj,
    theirs as unknown as Obj,
    at,
    {
      nodes: (b, m, t) =>
        mergeTree(merger, (b ?? []) as TreeNode[], (m ?? []) as TreeNode[], (t ?? []) as TreeNode[]),
      changeLog: unionLog,
      updatedAt: latest,
      comments: keyed('comment'),
      scenarios: keyed('scenario'),
    },
  );
  return { merged: merged as unknown as TreeDocument, conflicts: merger.conflicts };
}

/** Three-way merge of keyword lists (a catalogue or one keyword group), keyword by keyword. */
export function mergeKeywords(
  base: readonly Keyword[],
  mine: readonly Keyword[],
  theirs: readonly Keyword[],
  choices: MergeChoices = new Map(),
): MergeResult<Keyword[]> {
  const merger = new Merger(choices);
  const b = new Map(base.map((k) => [k.id, k]));
  const m = new Map(mine.map((k) => [k.id, k]));
  const t = new Map(theirs.map((k) => [k.id, k]));
  const out: Keyword[] = [];
  for (const id of mergeOrder(
    base.map((k) => k.id),
    mine.map((k) => k.id),
    theirs.map((k) => k.id),
  )) {
    const at = (field: string) => ({
      id: `keyword:${id}:${field}`,
      kind: 'field' as const,
      keywordId: id,
      field,
    });
    const keyword = merger.item(
      b.get(id) as Obj | undefined,
      m.get(id) as Obj | undefined,
      t.get(id) as Obj | undefined,
      `keyword:${id}`,
      at,
      {
        options: (ob, om, ot) =>
          merger.keyedList(
            ob as { id: string }[] | undefined,
            om as { id: string }[] | undefined,
            ot as { id: string }[] | undefined,
            `keyword:${id}:option`,
            { keywordId: id },
          ),
      },
    );
    if (keyword) out.push(keyword as unknown as Keyword);
  }
  return { merged: out, conflicts: merger.conflicts };
}

/** Three-way merge of a record merged as a whole (a saved version, a Papperskorg entry). */
export function mergeWhole<T>(
  base: T | undefined,
  mine: T,
  theirs: T,
  choices: MergeChoices = new Map(),
): MergeResult<T> {
  const merger = new Merger(choices);
  const merged = merger.value(base, mine, theirs, { id: 'file', kind: 'field', field: 'file' }) as T;
  return { merged, conflicts: merger.conflicts };
}
