import { applyPatches, enableMapSet, enablePatches, freeze, produceWithPatches } from 'immer';
import { beforeAll, describe, expect, it } from 'vitest';
import { compactArrayPatches } from '../../../src/history/compact-patches.ts';

beforeAll(() => {
  enablePatches();
  enableMapSet();
});

interface Item {
  id: string;
  children?: Item[];
}
const tree = (id: string, size: number): Item => ({
  id,
  children: Array.from({ length: size }, (_, i) => ({ id: `${id}.${i}` })),
});
const start = freeze(
  { documents: new Map([['d', { nodes: ['a', 'b', 'c', 'd', 'e'].map((id) => tree(id, 50)) }]]) },
  true,
);
type State = typeof start;

function run(recipe: (draft: State) => void) {
  const [next, patches, inverse] = produceWithPatches(start, recipe);
  const [forward, back] = compactArrayPatches(start, next, patches, inverse);
  expect(applyPatches(start, forward)).toEqual(next);
  expect(applyPatches(next, back)).toEqual(start);
  return { patches, forward, back };
}

describe('compactArrayPatches', () => {
  it('writes a run put into the middle of a list as adds, undone by removes at the spot', () => {
    const { patches, forward, back } = run((draft) => {
      draft.documents.get('d')!.nodes.splice(1, 0, { id: 'x' }, { id: 'y' });
    });
    // Immer replaces every later index, each with a 51-node subtree.
    expect(patches.filter((p) => p.op === 'replace')).toHaveLength(4);
    expect(forward).toEqual([
      { op: 'add', path: ['documents', 'd', 'nodes', 1], value: { id: 'x' } },
      { op: 'add', path: ['documents', 'd', 'nodes', 2], value: { id: 'y' } },
    ]);
    expect(back).toEqual([
      { op: 'remove', path: ['documents', 'd', 'nodes', 1] },
      { op: 'remove', path: ['documents', 'd', 'nodes', 1] },
    ]);
  });

  it('writes a run taken out as removes, undone by adds of the same items', () => {
    const { forward, back } = run((draft) => {
      draft.documents.get('d')!.nodes.splice(0, 2);
    });
    expect(forward.map((p) => [p.op, p.path.at(-1)])).toEqual([
      ['remove', 0],
      ['remove', 0],
    ]);
    expect(back.map((p) => [p.op, p.path.at(-1), (p.value as Item).id])).toEqual([
      ['add', 0, 'a'],
      ['add', 1, 'b'],
    ]);
  });

  it("keeps immer's patches where a list changed in another way or an item in it changed too", () => {
    const reordered = run((draft) => {
      draft.documents.get('d')!.nodes.reverse();
    });
    expect(reordered.forward).toEqual(reordered.patches);
    const both = run((draft) => {
      const nodes = draft.documents.get('d')!.nodes;
      nodes.splice(0, 1);
      nodes[2]!.children!.splice(3, 1);
    });
    expect(both.forward).toEqual(both.patches);
  });

  it('compacts a list inside an item whose own list kept its places', () => {
    const { forward } = run((draft) => {
      draft.documents.get('d')!.nodes[2]!.children!.splice(10, 0, { id: 'z' });
    });
    expect(forward).toEqual([
      { op: 'add', path: ['documents', 'd', 'nodes', 2, 'children', 10], value: { id: 'z' } },
    ]);
  });
});
