import type { ResolveFragment } from './assemble.ts';
import type { IncludedFragment, TreeDocument } from './model.ts';
import { isKeywordNode } from './model.ts';
import { indexTree } from './tree.ts';

/**
 * The saved fragment versions a document's includes pin, following includes inside them, each with
 * the keywords it was saved with; in the order first met. Pins that cannot be resolved are left out
 * (the checks name them).
 */
export function collectIncludedFragments(
  document: TreeDocument,
  resolve: ResolveFragment,
): IncludedFragment[] {
  const found = new Map<string, IncludedFragment>();
  const visit = (doc: TreeDocument) => {
    for (const { node } of indexTree(doc.nodes).ordered) {
      if (isKeywordNode(node)) continue;
      const key = `${node.include.fragmentId}\n${node.include.version}`;
      const frozen = found.has(key) ? undefined : resolve(node.include);
      if (!frozen) continue;
      found.set(key, { document: frozen.document, keywords: [...frozen.catalog.values()] });
      visit(frozen.document);
    }
  };
  visit(document);
  return [...found.values()];
}
