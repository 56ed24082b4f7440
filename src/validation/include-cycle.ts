import type { TreeDocument } from '../domain/model.ts';
import { indexTree, isKeywordNode } from '../domain/index.ts';
import type { FragmentVersions } from '../domain/library.ts';

/** The fragments a document includes, at their pinned versions, following includes: the first cycle, if any. */
export function findIncludeCycle(start: TreeDocument, fragments: FragmentVersions): string[] | undefined {
  const includesOf = (document: TreeDocument) =>
    indexTree(document.nodes)
      .ordered.map((place) => place.node)
      .flatMap((node) => (isKeywordNode(node) ? [] : [node.include]));
  const path: string[] = [];
  const onPath = new Set<string>();
  const done = new Set<string>();
  const visit = (document: TreeDocument): string[] | undefined => {
    if (onPath.has(document.id)) return [...path.slice(path.indexOf(document.id)), document.id];
    if (done.has(document.id)) return undefined;
    path.push(document.id);
    onPath.add(document.id);
    for (const ref of includesOf(document)) {
      const next = fragments.get(ref.fragmentId)?.get(ref.version);
      const cycle = next && visit(next.document);
      if (cycle) return cycle;
    }
    path.pop();
    onPath.delete(document.id);
    done.add(document.id);
    return undefined;
  };
  return visit(start);
}
