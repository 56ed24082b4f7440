import type { Keyword, TreeDocument, TreeNode } from './model.ts';
import { getChildren, isKeywordNode } from './model.ts';

/**
 * Three-way merge of a library's records, as git's merge driver and the folder library need it:
 * base is the common ancestor, mine the local side (git's %A, "min"), theirs the other ("deras").
 * A change made on one side only is taken; the same change on both sides is taken once; different
 * changes to the same field are a conflict. Trees merge node by node (fields, parent and position
 * separately), catalogues keyword by keyword and value lists value by value. Each conflict has a
 * stable id, so the same merge run again with choices for them ("Behåll min / Behåll deras")
 * gives the resolved record.
 */
export type MergeSide = 'mine' | 'theirs';

export type ConflictKind =
  /** The same field changed both ways. */
  | 'field'
  /** Removed on one side, changed on the other. */
  | 'removed-changed'
  /** Moved to different places on the two sides. */
  | 'moved'
  /** Added or moved under a node the other side removed. */
  | 'parent-removed'
  /** A condition refers to a keyword the other side removed. */
  | 'source-removed';

export interface MergeConflict {
  readonly id: string;
  readonly kind: ConflictKind;
  readonly nodeId?: string;
  readonly keywordId?: string;
  /** The field (for 'field'), or the clause's source node (for 'source-removed'). */
  readonly field?: string;
  /** Each side's value; null = absent or removed. */
  readonly mine: unknown;
  readonly theirs: unknown;
}

export interface MergeResult<T> {
  /** The merged record; where a conflict has no choice, the local side's value stands. */
  readonly merged: T;
  /** Conflicts that had no choice. */
  readonly conflicts: readonly MergeConflict[];
}

export type MergeChoices = ReadonlyMap<string, MergeSide>;

type Json = unknown;
type Obj = Readonly<Record<string, Json>>;

/** Deep equality of JSON values with key order ignored. */
export function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as readonly Json[];
    return a.length === other.length && a.every((item, i) => sameJson(item, other[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Obj)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Obj)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Obj)[k], (b as Obj)[k]));
}

class Merger {
  readonly conflicts: MergeConflict[] = [];
  constructor(private readonly choices: MergeChoices) {}

  /** One value three ways; a conflict when both sides changed it differently. */
  value(base: Json, mine: Json, theirs: Json, conflict: Omit<MergeConflict, 'mine' | 'theirs'>): Json {
    if (sameJson(mine, theirs) || sameJson(theirs, base)) return mine;
    if (sameJson(mine, base)) return theirs;
    return this.choose(conflict, mine, theirs) === 'theirs' ? theirs : mine;
  }

  choose(conflict: Omit<MergeConflict, 'mine' | 'theirs'>, mine: Json, theirs: Json): MergeSide {
    const choice = this.choices.get(conflict.id);
    if (choice) return choice;
    this.conflicts.push({ ...conflict, mine: mine ?? null, theirs: theirs ?? null });
    return 'mine';
  }

  /** An object field by field; `special` merges the fields it names itself. */
  record(
    base: Obj | undefined,
    mine: Obj,
    theirs: Obj,
    at: (field: string) => Omit<MergeConflict, 'mine' | 'theirs'>,
    special: Readonly<Record<string, (b: Json, m: Json, t: Json) => Json>> = {},
  ): Record<string, Json> {
    const out: Record<string, Json> = {};
    const keys = new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base ?? {})]);
    for (const key of keys) {
      const merge = special[key];
      const value = merge
        ? merge(base?.[key], mine[key], theirs[key])
        : this.value(base?.[key], mine[key], theirs[key], at(key));
      if (value !== undefined) out[key] = value;
    }
    return out;
  }

  /**
   * A list of records with ids (value lists, comments, Testfall), item by item: an item added on
   * one side is added after its predecessor there; removed on one side and unchanged on the other,
   * it goes; removed and changed, that is a conflict.
   */
  keyedList<T extends { readonly id: string }>(
    base: readonly T[] | undefined,
    mine: readonly T[] | undefined,
    theirs: readonly T[] | undefined,
    prefix: string,
    owner: Pick<MergeConflict, 'keywordId'> = {},
  ): T[] | undefined {
    if (mine === undefined && theirs === undefined) return undefined;
    const b = new Map((base ?? []).map((item) => [item.id, item]));
    const m = new Map((mine ?? []).map((item) => [item.id, item]));
    const t = new Map((theirs ?? []).map((item) => [item.id, item]));
    const kept = new Map<string, T>();
    for (const id of new Set([...m.keys(), ...t.keys(), ...b.keys()])) {
      const at = `${prefix}:${id}`;
      const item = this.item(b.get(id), m.get(id), t.get(id), at, (field) => ({
        ...owner,
        id: `${at}:${field}`,
        kind: 'field',
        field,
      }));
      if (item) kept.set(id, item as unknown as T);
    }
    const order = mergeOrder(
      (base ?? []).map((i) => i.id),
      (mine ?? []).map((i) => i.id),
      (theirs ?? []).map((i) => i.id),
    ).filter((id) => kept.has(id));
    return order.map((id) => kept.get(id)!);
  }

  /** One record three ways, with removal on either side. */
  item(
    base: Obj | undefined,
    mine: Obj | undefined,
    theirs: Obj | undefined,
    prefix: string,
    at: (field: string) => Omit<MergeConflict, 'mine' | 'theirs'>,
    special?: Readonly<Record<string, (b: Json, m: Json, t: Json) => Json>>,
  ): Obj | undefined {
    if (mine && theirs) return this.record(base, mine, theirs, at, special);
    if (!mine && !theirs) return undefined;
    const present = (mine ?? theirs)!;
    if (!base) return present; // added on one side
    if (sameJson(present, base)) return undefined; // removed on one side, untouched on the other
    const { field: _field, ...owner } = at('removed');
    const side = this.choose(
      { ...owner, id: `${prefix}:removed`, kind: 'removed-changed' },
      mine ?? null,
      theirs ?? null,
    );
    return side === 'mine' ? mine : theirs;
  }
}

/**
 * The order of a merged list: the side that reordered the common items leads (the local side when
 * both did); items only the other side has follow their predecessor there.
 */
export function mergeOrder(
  base: readonly string[],
  mine: readonly string[],
  theirs: readonly string[],
): string[] {
  const common = (list: readonly string[], other: readonly string[]) => {
    const set = new Set(other);
    return list.filter((id) => set.has(id));
  };
  const mineReordered = !sameJson(common(mine, base), common(base, mine));
  const [lead, follow] =
    mineReordered || sameJson(common(theirs, base), common(base, theirs)) ? [mine, theirs] : [theirs, mine];
  const out = [...lead];
  const placed = new Set(out);
  for (let i = 0; i < follow.length; i++) {
    const id = follow[i]!;
    if (placed.has(id)) continue;
    let at = 0;
    for (let j = i - 1; j >= 0; j--) {
      const index = out.indexOf(follow[j]!);
      if (index >= 0) {
        at = index + 1;
        break;
      }
    }
    // After the lead side's own additions there, so each side's new items stay together.
    const baseSet = new Set(base);
    const followSet = new Set(follow);
    while (at < out.length && !baseSet.has(out[at]!) && !followSet.has(out[at]!)) at++;
    out.splice(at, 0, id);
    placed.add(id);
  }
  for (const id of base) if (!placed.has(id)) out.push(id);
  return out;
}

interface FlatNode {
  readonly node: Obj;
  readonly parent: string | null;
}

function flatten(nodes: readonly TreeNode[] | undefined): Map<string, FlatNode> {
  const out = new Map<string, FlatNode>();
  const walk = (list: readonly TreeNode[], parent: string | null) => {
    for (const node of list) {
      const own: Record<string, Json> = { ...node };
      delete own.children;
      out.set(node.id, { node: own, parent });
      walk(getChildren(node), node.id);
    }
  };
  walk(nodes ?? [], null);
  return out;
}

function childOrder(nodes: readonly TreeNode[] | undefined): Map<string | null, string[]> {
  const out = new Map<string | null, string[]>();
  const walk = (list: readonly TreeNode[], parent: string | null) => {
    out.set(
      parent,
      list.map((n) => n.id),
    );
    for (const node of list) if (isKeywordNode(node) && node.children) walk(node.children, node.id);
  };
  walk(nodes ?? [], null);
  return out;
}

const sideOf = (side: MergeSide) => (side === 'mine' ? 0 : 1);

/** A tree node by node: each node's fields, its parent and its place among its siblings. */
function mergeTree(
  merger: Merger,
  base: readonly TreeNode[],
  mine: readonly TreeNode[],
  theirs: readonly TreeNode[],
): TreeNode[] {
  const b = flatten(base);
  const sides = [flatten(mine), flatten(theirs)] as const;
  const merged = new Map<string, FlatNode>();
  const ids = new Set([...sides[0].keys(), ...sides[1].keys(), ...b.keys()]);
  for (const id of ids) {
    const [m, t] = [sides[0].get(id), sides[1].get(id)];
    const o = b.get(id);
    const at = (field: string) => ({ id: `node:${id}:${field}`, kind: 'field' as const, nodeId: id, field });
    const whole = (f?: FlatNode) => f && { ...f.node, parent: f.parent };
    const item = merger.item(whole(o), whole(m), whole(t), `node:${id}`, at, {
      parent: (pb, pm, pt) =>
        merger.value(pb, pm, pt, { id: `node:${id}:parent`, kind: 'moved', nodeId: id }),
    });
    if (!item) continue;
    const { parent, ...node } = item;
    merged.set(id, { node, parent: (parent as string | null) ?? null });
  }

  // A node whose parent the other side removed: the removal stands unless the node's side is chosen,
  // which brings the parent (and its parents) back.
  const restore = (id: string, side: MergeSide) => {
    for (let at: string | null = id; at !== null && !merged.has(at);) {
      const from: FlatNode | undefined = sides[sideOf(side)].get(at);
      if (!from) break;
      merged.set(at, from);
      at = from.parent;
    }
  };
  for (const [id, entry] of [...merged]) {
    if (entry.parent === null || merged.has(entry.parent)) continue;
    const side: MergeSide = sides[0].has(entry.parent) ? 'mine' : 'theirs';
    const conflict = { id: `node:${id}:parent-removed`, kind: 'parent-removed' as const, nodeId: id };
    const values = side === 'mine' ? [entry.parent, null] : [null, entry.parent];
    if (merger.choose(conflict, values[0], values[1]) === side) restore(entry.parent, side);
    else merged.delete(id);
  }
  // Removing a node removes what lies below it.
  const alive = (id: string): boolean => {
    const entry = merged.get(id);
    return entry !== undefined && (entry.parent === null || alive(entry.parent));
  };
  for (const id of [...merged.keys()]) if (!alive(id)) merged.delete(id);

  // Conditions on a keyword the other side removed.
  for (const [id, entry] of merged) {
    const condition = entry.node.showWhen as { clauses: { source: string }[] } | undefined;
    if (!condition) continue;
    const clauses = condition.clauses.filter((clause) => {
      const source = clause.source;
      if (merged.has(source) || !(b.has(source) || sides[0].has(source) || sides[1].has(source))) return true;
      const keptBy: MergeSide = sides[0].has(source) ? 'mine' : 'theirs';
      const conflict = {
        id: `node:${id}:source:${source}`,
        kind: 'source-removed' as const,
        nodeId: id,
        field: source,
      };
      const values = keptBy === 'mine' ? [source, null] : [null, source];
      if (merger.choose(conflict, values[0], values[1]) === keptBy) {
        restore(source, keptBy);
        return true;
      }
      return false;
    });
    if (clauses.length !== condition.clauses.length) {
      const node: Record<string, Json> = { ...entry.node };
      if (clauses.length === 0) delete node.showWhen;
      else node.showWhen = { ...condition, clauses };
      merged.set(id, { ...entry, node });
    }
  }

  const orders = [childOrder(base), childOrder(mine), childOrder(theirs)] as const;
  const children = new Map<string | null, string[]>();
  for (const [id, entry] of merged) {
    const list = children.get(entry.parent) ?? [];
    list.push(id);
    children.set(entry.parent, list);
  }
  const build = (parent: string | null): TreeNode[] => {
    const here = new Set(children.get(parent) ?? []);
    const order = mergeOrder(
      orders[0].get(parent) ?? [],
      orders[1].get(parent) ?? [],
      orders[2].get(parent) ?? [],
    );
    for (const id of here) if (!order.includes(id)) order.push(id);
    return order
      .filter((id) => here.has(id))
      .map((id) => {
        const node = merged.get(id)!.node as unknown as TreeNode;
        if (!isKeywordNode(node)) return node;
        const below = build(id);
        const { children: _dropped, ...own } = node;
        return below.length > 0 ? { ...own, children: below } : own;
      });
  };
  return build(null);
}

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
