import { describe, expect, it } from 'vitest';
import type { Condition, FragmentRef, Keyword, TreeDocument, TreeNode } from '../../../src/domain/model.ts';
import { assembleDocument, MAX_INCLUDE_DEPTH, getUniqueTerm } from '../../../src/domain/index.ts';

const include = (id: string, showWhen?: Condition): TreeNode => ({
  id,
  include: { fragmentId: 'f', version: '1.0.0' },
  ...(showWhen && { showWhen }),
});
const doc = (nodes: TreeNode[]): TreeDocument => ({
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
const all = (...sources: string[]): Condition => ({
  behavior: 'all',
  clauses: sources.map((source) => ({ source, operator: 'answered' })) as Condition['clauses'],
});
const any = (...sources: string[]): Condition => ({
  behavior: 'any',
  clauses: sources.map((source) => ({ source, operator: 'answered' })) as Condition['clauses'],
});

const NONE = new Map<string, Keyword>();
const frozen = (document: TreeDocument) => ({ document, catalog: NONE });

describe('assembling includes', () => {
  const fragment = (top: TreeNode) => doc([top]);

  it('prefixes ids and condition sources inside the fragment with the include id', () => {
    const f = fragment({
      id: 'a',
      keywordId: 'k',
      children: [{ id: 'b', keywordId: 'k', showWhen: all('a') }],
    });
    const assembled = assembleDocument(doc([include('i')]), NONE, () => frozen(f));
    expect(assembled.document.nodes).toEqual([
      { id: 'i.a', keywordId: 'k', children: [{ id: 'i.b', keywordId: 'k', showWhen: all('i.a') }] },
    ]);
  });

  it('joins the include’s condition to the fragment top’s: both Alla → one list; otherwise the include’s wins; either alone stays', () => {
    const topWith = (showWhen?: Condition) =>
      fragment({ id: 'a', keywordId: 'k', ...(showWhen && { showWhen }) });
    const top = (outer: Condition | undefined, inner: Condition | undefined) =>
      assembleDocument(doc([{ id: 'x', keywordId: 'k' }, include('i', outer)]), NONE, () =>
        frozen(topWith(inner)),
      ).document.nodes[1]!.showWhen;
    expect(top(all('x'), all('y'))).toEqual(all('x', 'i.y'));
    expect(top(all('x'), any('y'))).toEqual(all('x'));
    expect(top(any('x'), all('y'))).toEqual(any('x'));
    expect(top(undefined, all('y'))).toEqual(all('i.y'));
    expect(top(all('x'), undefined)).toEqual(all('x'));
    expect(top(undefined, undefined)).toBeUndefined();
  });

  it('leaves an include it cannot resolve in place, also under a keyword', () => {
    const nested = doc([{ id: 'h', keywordId: 'k', children: [include('i')] }]);
    expect(assembleDocument(nested, NONE, () => undefined).document).toEqual(nested);
  });

  it('a fragment including itself is placed once, then left as an include: a cycle, named', () => {
    const self: TreeDocument = doc([{ id: 'a', keywordId: 'k', children: [include('i')] }]);
    const resolved: FragmentRef[] = [];
    const assembled = assembleDocument(
      doc([include('i')]),
      NONE,
      (ref) => (resolved.push(ref), frozen(self)),
    );
    expect(resolved).toHaveLength(2);
    expect(assembled.stopped).toEqual({ reason: 'cycle', chain: ['f', 'f'], nodes: 2 });
    const top = assembled.document.nodes[0];
    expect(top && 'keywordId' in top && top.children?.[0]).toMatchObject({ include: { fragmentId: 'f' } });
  });

  it('stops at the depth limit: a chain of different fragments is assembled that many levels, then left as an include', () => {
    // f0 includes f1, which includes f2, …: no cycle, only depth.
    const level = (n: number): TreeDocument =>
      doc([
        {
          id: 'a',
          keywordId: 'k',
          children: [{ id: 'i', include: { fragmentId: `f${n + 1}`, version: '1.0.0' } }],
        },
      ]);
    const resolved: FragmentRef[] = [];
    const assembled = assembleDocument(
      doc([{ id: 'i', include: { fragmentId: 'f0', version: '1.0.0' } }]),
      NONE,
      (ref) => (resolved.push(ref), frozen(level(Number(ref.fragmentId.slice(1))))),
    );
    expect(resolved).toHaveLength(MAX_INCLUDE_DEPTH);
    expect(assembled.stopped).toBeUndefined();
    let node: TreeNode | undefined = assembled.document.nodes[0];
    let levels = 0;
    while (node && 'keywordId' in node) {
      levels++;
      node = node.children?.[0];
    }
    expect(levels).toBe(MAX_INCLUDE_DEPTH);
    expect(node && 'include' in node).toBe(true);
  });
});

describe('getUniqueTerm', () => {
  it.each([
    ['Nytt sökord', [], 'Nytt sökord'],
    ['Nytt sökord', ['Nytt sökord'], 'Nytt sökord 2'],
    ['Nytt sökord', [' nytt SÖKORD ', 'Nytt sökord 2'], 'Nytt sökord 3'],
    ['Nytt sökord', ['Nytt sökord 2'], 'Nytt sökord'],
  ])('%s among %j: %s', (base, taken, expected) => {
    expect(getUniqueTerm(base, taken)).toBe(expected);
  });
});
