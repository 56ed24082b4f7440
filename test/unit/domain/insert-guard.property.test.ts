import fc from 'fast-check';
import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Condition, TreeDocument, TreeNode } from '../../../src/domain/model.ts';
import { draftSiblingsOf, guard } from '../../../src/domain/edit-core.ts';
import { getChildren, indexTree, insertNodes } from '../../../src/domain/index.ts';

// insertNodes checks an insert locally (domain/insert-guard.ts) instead of re-indexing the whole
// document; it must decide exactly as the full guard does, refusals and the nodes they name included.
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

const when = (sources: readonly string[]): Condition => ({
  behavior: 'all',
  clauses: sources.map((source) => ({ source, operator: 'answered' })) as Condition['clauses'],
});
const keyword = (id: string, sources: readonly string[] = [], children: TreeNode[] = []): TreeNode => ({
  id,
  keywordId: 'k',
  ...(sources.length > 0 && { showWhen: when(sources) }),
  ...(children.length > 0 && { children }),
});
const include = (id: string, sources: readonly string[] = []): TreeNode => ({
  id,
  include: { fragmentId: 'f', version: '1.0.0' },
  ...(sources.length > 0 && { showWhen: when(sources) }),
});
const documentOf = (nodes: TreeNode[]): TreeDocument => ({
  id: 'd',
  kind: 'template',
  title: 'D',
  version: '0.1.0',
  status: 'draft',
  nodes,
  changeLog: [],
  createdAt: 'x',
  updatedAt: 'x',
});

/** Ids an inserted node may take: new ones, taken ones, and ones shaped like an include's address. */
const ID = fc.constantFrom('n1', 'n2', 'n3', 'inc2', 'a', 'b1', 'inc', 'inc.q', 'c');
/** Sources: before or after the place, inside the insert, in an include, missing. */
const SOURCE = fc.constantFrom(
  'a',
  'b',
  'b1',
  'b2',
  'c',
  'inc.q',
  'inc.q.r',
  'inc2.q',
  'n1',
  'n2',
  'n3',
  'x',
  'x.y',
);
const insertedNode: fc.Arbitrary<TreeNode> = fc.letrec<{ node: TreeNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .record({ id: ID, sources: fc.array(SOURCE, { maxLength: 2 }) })
      .map(({ id, sources }) => keyword(id, sources)),
    fc
      .record({ id: ID, sources: fc.array(SOURCE, { maxLength: 1 }) })
      .map(({ id, sources }) => include(id, sources)),
    fc
      .record({
        id: ID,
        sources: fc.array(SOURCE, { maxLength: 1 }),
        children: fc.array(tie('node'), { maxLength: 2 }),
      })
      .map(({ id, sources, children }) => keyword(id, sources, children)),
  ),
})).node;

/** A small document, sometimes damaged already (a missing source, a duplicate id, a condition on a new id). */
const startDocument = fc.constantFrom<readonly TreeNode[]>(
  [
    keyword('a'),
    keyword('b', ['a'], [keyword('b1'), keyword('b2', ['b1'])]),
    include('inc'),
    keyword('c', ['inc.q']),
  ],
  [keyword('a'), keyword('b', ['x'], [keyword('b1'), keyword('b2')]), include('inc'), keyword('c')],
  [keyword('a'), keyword('b', [], [keyword('b1'), keyword('a')]), include('inc'), keyword('c', ['a'])],
  [
    keyword('a', ['n1']),
    keyword('b', [], [keyword('b1'), keyword('b2', ['n2'])]),
    include('inc'),
    keyword('c', ['inc2.q']),
  ],
  [keyword('a'), keyword('b', ['c'], [keyword('b1'), keyword('b2')]), include('inc'), keyword('c')],
);

describe('an insert checked locally', () => {
  it('is accepted or refused exactly as the full guard decides', () => {
    fc.assert(
      fc.property(
        startDocument,
        fc.array(insertedNode, { minLength: 1, maxLength: 3 }),
        fc.nat(),
        fc.nat(),
        (start, nodes, parentPick, atPick) => {
          const document = documentOf([...start]);
          const index = indexTree(document.nodes);
          const parents = [null, ...index.ordered.filter((p) => 'keywordId' in p.node).map((p) => p.node.id)];
          const parentId = parents[parentPick % parents.length]!;
          const siblings = parentId === null ? document.nodes : getChildren(index.places.get(parentId)!.node);
          const target = { parentId, index: atPick % (siblings.length + 1) };
          const recipe = (draft: Draft<TreeDocument>) => {
            draftSiblingsOf(draft, index, parentId).splice(target.index, 0, ...(nodes as Draft<TreeNode>[]));
          };
          const expected = guard(document, index, recipe);
          const actual = insertNodes(document, target, nodes);
          expect(actual.ok ? 'ok' : [actual.refusal, actual.nodeIds]).toEqual(
            expected.ok ? 'ok' : [expected.refusal, expected.nodeIds],
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('an insert at each kind of place', () => {
  const document = documentOf([keyword('a'), keyword('b', [], [keyword('b1')]), keyword('c')]);
  const insert = (parentId: string | null, at: number, sources: string[]) =>
    insertNodes(document, { parentId, index: at }, [keyword('n', sources)]);

  it('reads a source just before the place, and refuses the one just after', () => {
    expect(insert('b', 1, ['b1']).ok).toBe(true);
    expect(insert('b', 0, ['b1'])).toMatchObject({ ok: false, refusal: 'breaksCondition', nodeIds: ['n'] });
    // At the end of a parent's children: after the parent's whole subtree, before the next top node.
    expect(insert('b', 1, ['c'])).toMatchObject({ ok: false, refusal: 'breaksCondition' });
    expect(insert(null, 2, ['b1']).ok).toBe(true);
    expect(insert(null, 2, ['c'])).toMatchObject({ ok: false, refusal: 'breaksCondition' });
    expect(insert(null, 3, ['c']).ok).toBe(true);
  });

  it('refuses an inserted node that reads itself or a later inserted node', () => {
    expect(insert(null, 3, ['n'])).toMatchObject({ ok: false, nodeIds: ['n'] });
    const pair = insertNodes(document, { parentId: null, index: 3 }, [
      keyword('n1', ['n2']),
      keyword('n2', ['n1']),
    ]);
    expect(pair).toMatchObject({ ok: false, refusal: 'breaksCondition', nodeIds: ['n1'] });
  });
});
