import type { Condition, FragmentRef, TreeDocument, TreeNode } from './model.ts';
import { getChildren, isKeywordNode } from './model.ts';

/** Includes are assembled this many levels deep at most (a cycle stops here too). */
export const MAX_INCLUDE_DEPTH = 8;

function withPrefix(node: TreeNode, prefix: string): TreeNode {
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
  if (isKeywordNode(node) && node.children && isKeywordNode(copy))
    copy.children = node.children.map((c) => withPrefix(c, prefix));
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

/**
 * The document with every fragment include replaced by the fragment's nodes (ids prefixed with the
 * include's id, so they stay unique and its conditions follow), as a renderer or the preview needs
 * it. An include that cannot be resolved is left in place.
 */
export function assembleDocument(
  document: TreeDocument,
  resolve: (ref: FragmentRef) => TreeDocument | undefined,
): TreeDocument {
  const assemble = (nodes: readonly TreeNode[], depth: number): TreeNode[] =>
    nodes.flatMap((node): TreeNode[] => {
      if (isKeywordNode(node)) {
        const children = getChildren(node);
        return [children.length > 0 ? { ...node, children: assemble(children, depth) } : node];
      }
      const fragment = depth < MAX_INCLUDE_DEPTH ? resolve(node.include) : undefined;
      if (!fragment) return [node];
      const prefix = `${node.id}.`;
      return assemble(fragment.nodes, depth + 1).map((top) => {
        const prefixed = withPrefix(top, prefix);
        const showWhen = joinConditions(node.showWhen, prefixed.showWhen);
        if (showWhen) prefixed.showWhen = showWhen;
        return prefixed;
      });
    });
  return { ...document, nodes: assemble(document.nodes, 0) };
}
