import type { Catalog, Condition, FragmentRef, Keyword, TreeDocument, TreeNode } from './model.ts';
import { getChildren, isKeywordNode } from './model.ts';
import { LIMITS } from './limits.ts';
import { includesIn } from './tree.ts';

/** Includes are assembled this many levels deep at most (a cycle stops here too). */
export const MAX_INCLUDE_DEPTH = 8;

/** A saved version of a fragment: the frozen document and the keyword definitions it was saved with. */
export interface FrozenFragment {
  readonly document: TreeDocument;
  readonly catalog: Catalog;
}

/** Finds the saved version an include pins; undefined when the library does not have it. */
export type ResolveFragment = (ref: FragmentRef) => FrozenFragment | undefined;

/** A document with its includes put in place, and the keyword definitions its nodes use. */
export interface Assembled {
  readonly document: TreeDocument;
  readonly catalog: Catalog;
  /**
   * Each resolved include (by its id, prefixed when nested) with the fragment's top nodes as placed
   * there: ids prefixed, includes inside them not yet put in place (they have entries of their own).
   */
  readonly includes: ReadonlyMap<
    string,
    { readonly fragment: TreeDocument; readonly tops: readonly TreeNode[] }
  >;
  /**
   * Why an include was left in place although its fragment was found: it would have made the
   * document larger than a document may be (`size`, with the nodes it would have reached), it would
   * have been the fragment placement beyond the node limit (`includes`: empty fragments placed by
   * the thousand), or the fragment is already being placed further out (`cycle`). `chain` is the fragments from the
   * outermost include to the one left. Only the first such stop is kept.
   */
  readonly stopped?: AssemblyStop;
}

export interface AssemblyStop {
  readonly reason: 'size' | 'includes' | 'cycle';
  readonly chain: readonly string[];
  readonly nodes: number;
}

const countNodes = (nodes: readonly TreeNode[]): number =>
  nodes.reduce((sum, node) => sum + 1 + countNodes(getChildren(node)), 0);

function withPrefix(node: TreeNode, prefix: string, keywordIds: ReadonlyMap<string, string>): TreeNode {
  const copy: TreeNode = { ...node, id: `${prefix}${node.id}` };
  if (node.showWhen) {
    copy.showWhen = {
      behavior: node.showWhen.behavior,
      clauses: node.showWhen.clauses.map((c) => ({
        ...c,
        source: `${prefix}${c.source}`,
      })) as Condition['clauses'],
    };
  }
  if (isKeywordNode(node) && isKeywordNode(copy)) {
    copy.keywordId = keywordIds.get(node.keywordId) ?? node.keywordId;
    if (node.children) copy.children = node.children.map((c) => withPrefix(c, prefix, keywordIds));
  }
  return copy;
}

/** The include's own condition joined to the condition of an included top node (both must hold). */
function joinConditions(outer: Condition | undefined, inner: Condition | undefined): Condition | undefined {
  if (!outer) return inner;
  if (!inner) return outer;
  if (outer.behavior === 'all' && inner.behavior === 'all') {
    return { behavior: 'all', clauses: [...outer.clauses, ...inner.clauses] as Condition['clauses'] };
  }
  // Alla of Någon cannot be written as one list of clauses; the include's condition wins.
  return outer;
}

const renameSources = (keyword: Keyword, ids: ReadonlyMap<string, string>): Keyword =>
  keyword.scoreSources
    ? {
        ...keyword,
        scoreSources: keyword.scoreSources.map((s) => ({
          ...s,
          keywordId: ids.get(s.keywordId) ?? s.keywordId,
        })),
      }
    : keyword;

const sameDefinition = (a: Keyword, b: Keyword) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The keyword an assembled id stands for: a frozen definition given an id of its own ("kw-vikt.r1",
 * see addFrozen) is still that keyword, so a template's score sums it as it sums "kw-vikt".
 */
// Most ids have no such suffix: the test for '.r' spares the expression on every evaluated node.
export const definitionIdOf = (id: string) => (id.includes('.r') ? id.replace(/\.r\d+$/, '') : id);

/**
 * Adds a frozen catalogue to the assembled one. A definition that differs from the one already there
 * under its id (the keyword was edited after the version was saved) gets an id of its own, so the
 * pinned version shows exactly what was saved while the template's own keywords stay current; scores
 * follow their sources. Returns the ids it gave.
 */
function addFrozen(into: Map<string, Keyword>, frozen: Catalog): Map<string, string> {
  const renamed = new Map<string, string>();
  const fresh = (id: string) => {
    for (let n = 1; ; n++) if (!into.has(`${id}.r${n}`)) return `${id}.r${n}`;
  };
  // A renamed source changes the score that sums it: repeat until nothing more needs a new id.
  for (let changed = true; changed;) {
    changed = false;
    for (const [id, keyword] of frozen) {
      if (renamed.has(id)) continue;
      const current = into.get(id);
      if (current && !sameDefinition(current, renameSources(keyword, renamed))) {
        renamed.set(id, fresh(id));
        changed = true;
      }
    }
  }
  for (const [id, keyword] of frozen) {
    const target = renamed.get(id) ?? id;
    if (!into.has(target)) into.set(target, { ...renameSources(keyword, renamed), id: target });
  }
  return renamed;
}

/**
 * The document with every fragment include replaced by the nodes of the saved version it pins (ids
 * prefixed with the include's id, so they stay unique and its conditions follow), and the keyword
 * definitions as they were saved: a template pinned to 1.0.0 shows 1.0.0, whatever happened to the
 * fragment or its keywords since. An include that cannot be resolved is left in place.
 */
export function assembleDocument(
  document: TreeDocument,
  catalog: Catalog,
  resolve: ResolveFragment,
): Assembled {
  // Nothing to put in place (most templates): the document and the catalogue as they are, with no
  // copy of every node (~30 ms at 25,000 nodes when the form opens).
  if (includesIn(document.nodes).length === 0) return { document, catalog, includes: new Map() };
  const keywords = new Map(catalog);
  const includes = new Map<string, { fragment: TreeDocument; tops: TreeNode[] }>();
  // Work bounded by what a document may hold once assembled: a fragment that includes another ten
  // times, eight levels deep, stops at the node limit instead of growing to 10^8 nodes.
  let placed = countNodes(document.nodes);
  let placements = 0;
  let stopped: AssemblyStop | undefined;
  const sizes = new Map<TreeDocument, number>();
  const sizeOf = (fragment: TreeDocument) => {
    let size = sizes.get(fragment);
    if (size === undefined) sizes.set(fragment, (size = countNodes(fragment.nodes)));
    return size;
  };
  // The fragments being placed, outermost first: one met again is a cycle, left in place.
  const path: string[] = [];
  const stop = (reason: AssemblyStop['reason'], fragmentId: string, nodes: number) => {
    stopped ??= { reason, chain: [...path, fragmentId], nodes };
  };
  const assemble = (nodes: readonly TreeNode[], depth: number): TreeNode[] =>
    nodes.flatMap((node): TreeNode[] => {
      if (isKeywordNode(node)) {
        const children = getChildren(node);
        return [children.length > 0 ? { ...node, children: assemble(children, depth) } : node];
      }
      const fragment = depth < MAX_INCLUDE_DEPTH ? resolve(node.include) : undefined;
      if (!fragment) return [node];
      const fragmentId = node.include.fragmentId;
      if (path.includes(fragmentId)) {
        stop('cycle', fragmentId, placed);
        return [node];
      }
      // The include node gives way to the fragment's nodes.
      const after = placed - 1 + sizeOf(fragment.document);
      if (after > LIMITS.nodes) {
        stop('size', fragmentId, after);
        return [node];
      }
      if (++placements > LIMITS.nodes) {
        stop('includes', fragmentId, placements);
        return [node];
      }
      placed = after;
      const keywordIds = addFrozen(keywords, fragment.catalog);
      const prefix = `${node.id}.`;
      // This level's ids and definitions first; includes inside the fragment then resolve their own.
      const tops = fragment.document.nodes.map((top) => {
        const prefixed = withPrefix(top, prefix, keywordIds);
        const showWhen = joinConditions(node.showWhen, prefixed.showWhen);
        if (showWhen) prefixed.showWhen = showWhen;
        return prefixed;
      });
      includes.set(node.id, { fragment: fragment.document, tops });
      path.push(fragmentId);
      const inPlace = assemble(tops, depth + 1);
      path.pop();
      return inPlace;
    });
  const assembled = assemble(document.nodes, 0);
  return {
    document: { ...document, nodes: assembled },
    catalog: keywords,
    includes,
    ...(stopped ? { stopped } : {}),
  };
}
