import type { Patch } from 'immer';

type Path = Patch['path'];

const isPrefix = (prefix: Path, path: Path) =>
  prefix.length <= path.length && prefix.every((part, i) => part === path[i]);
const samePath = (a: Path, b: Path) => a.length === b.length && isPrefix(a, b);

function getIn(root: unknown, path: Path): unknown {
  let value = root;
  for (const part of path) {
    if (value instanceof Map) value = value.get(part);
    else if (typeof value === 'object' && value !== null)
      value = (value as Record<string | number, unknown>)[part];
    else return undefined;
  }
  return value;
}

/** Where `longer` is `shorter` with `count` items put in at `at` (same items elsewhere), or undefined. */
function findInsertion(shorter: readonly unknown[], longer: readonly unknown[]): number | undefined {
  const count = longer.length - shorter.length;
  if (count <= 0) return undefined;
  let at = 0;
  while (at < shorter.length && shorter[at] === longer[at]) at++;
  for (let i = at; i < shorter.length; i++) if (shorter[i] !== longer[i + count]) return undefined;
  return at;
}

/** A patch at an index of the array at `parent`. */
const isIndexOf = (parent: Path) => (patch: Patch) =>
  patch.path.length === parent.length + 1 &&
  typeof patch.path[parent.length] === 'number' &&
  isPrefix(parent, patch.path);

/**
 * Immer records an item put into or taken out of the middle of an array as a replacement of every
 * later index, each carrying its whole subtree: undoing an insertion above nine 500-node headings
 * copied 4,500 nodes. Where an array only gained or lost a run of items (everything else the same
 * objects), this writes that array's patches as add or remove at the spot, which applyPatches does
 * as a splice. Arrays whose change is anything else, or whose path runs through an array that
 * changed, keep immer's patches.
 */
export function compactArrayPatches(
  base: unknown,
  next: unknown,
  patches: readonly Patch[],
  inversePatches: readonly Patch[],
): [Patch[], Patch[]] {
  let forward = [...patches];
  let inverse = [...inversePatches];
  const parents: Path[] = [];
  for (const patch of forward) {
    const parent = patch.path.slice(0, -1);
    if (typeof patch.path.at(-1) === 'number' && !parents.some((p) => samePath(p, parent)))
      parents.push(parent);
  }
  for (const parent of parents) {
    const inGroup = isIndexOf(parent);
    const all = [...forward, ...inverse];
    // Only this array's own indices may change under it, and nothing on the way to it.
    if (
      all.some((patch) => !inGroup(patch) && (isPrefix(parent, patch.path) || isPrefix(patch.path, parent)))
    )
      continue;
    const throughChangedArray = parent.some(
      (part, i) => typeof part === 'number' && parents.some((other) => samePath(other, parent.slice(0, i))),
    );
    if (throughChangedArray) continue;
    const before = getIn(base, parent);
    const after = getIn(next, parent);
    if (!Array.isArray(before) || !Array.isArray(after)) continue;
    const added = findInsertion(before, after);
    const removed = added === undefined ? findInsertion(after, before) : undefined;
    if (added === undefined && removed === undefined) continue;
    const [at, items, count] =
      added !== undefined
        ? [added, after as unknown[], after.length - before.length]
        : [removed!, before as unknown[], before.length - after.length];
    const adds = Array.from({ length: count }, (_, i): Patch => ({
      op: 'add',
      path: [...parent, at + i],
      value: items[at + i],
    }));
    const removes = Array.from({ length: count }, (): Patch => ({ op: 'remove', path: [...parent, at] }));
    const replaceGroup = (list: Patch[], by: Patch[]) => {
      const first = list.findIndex(inGroup);
      return [
        ...list.slice(0, first).filter((p) => !inGroup(p)),
        ...by,
        ...list.slice(first).filter((p) => !inGroup(p)),
      ];
    };
    forward = replaceGroup(forward, added !== undefined ? adds : removes);
    inverse = replaceGroup(inverse, added !== undefined ? removes : adds);
  }
  return [forward, inverse];
}
