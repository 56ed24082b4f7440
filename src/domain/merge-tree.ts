import type { TreeNode } from './model.ts';
import { getChildren, isKeywordNode } from './model.ts';
import { mergeOrder, type Json, type Merger, type MergeSide, type Obj } from './merge-core.ts';

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
/** A tree three ways (see merge.ts), node by node. */
export function mergeTree(
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
