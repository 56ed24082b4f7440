/*
 * The pieces of the three-way merge (merge.ts): conflict types, JSON equality, the Merger that
 * merges values, records and keyed lists, and the order of a merged list.
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

export type Json = unknown;
export type Obj = Readonly<Record<string, Json>>;

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

export class Merger {
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
