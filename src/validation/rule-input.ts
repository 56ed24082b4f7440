import type { Catalog, Keyword, TreeDocument, TreeNode } from '../domain/model.ts';
import {
  assembleDocument,
  indexTree,
  isKeywordNode,
  resolveIn,
  type AssemblyStop,
  type TreeIndex,
} from '../domain/index.ts';
import type { FragmentVersions } from '../domain/library.ts';

export interface CheckContext {
  readonly catalog: Catalog;
  /** When given, includes are resolved and include cycles found; otherwise includes are not checked. */
  readonly fragments?: FragmentVersions;
  /** Check the definitions of the keywords the document uses (off when a library checks them once). */
  readonly keywordRules?: boolean;
  /** Fragment titles by id, so that messages name a fragment as people do (the library's documents). */
  readonly fragmentTitles?: ReadonlyMap<string, string>;
}

/** A node's term as messages name it: its keyword's term, or the fragment an include places. */
export function termOf(node: TreeNode, catalog: Catalog): string {
  if (isKeywordNode(node)) return catalog.get(node.keywordId)?.term ?? node.keywordId;
  return `${node.include.fragmentId} ${node.include.version}`;
}

/** What every rule family sees of the document being checked, worked out once per check. */
export interface RuleInput {
  readonly document: TreeDocument;
  readonly index: TreeIndex;
  readonly context: CheckContext;
  readonly keywordOf: (node: TreeNode) => Keyword | undefined;
  /** Where each keyword is first placed, in document order. */
  readonly firstPlacement: ReadonlyMap<string, number>;
  /** Why assembling the includes stopped early (too large, a cycle), when it did. */
  readonly assemblyStop?: AssemblyStop;
  /**
   * Where conditions find their sources: the document with its includes in place (keywords of a
   * fragment placed earlier can be sources), or the document itself when fragments are not known.
   */
  readonly sources: {
    /** The document with its includes in place (the document itself when fragments are not known). */
    readonly document: TreeDocument;
    readonly index: TreeIndex;
    readonly catalog: Catalog;
    readonly keywordOf: (node: TreeNode) => Keyword | undefined;
  };
}

export function createRuleInput(document: TreeDocument, context: CheckContext): RuleInput {
  const index = indexTree(document.nodes);
  const firstPlacement = new Map<string, number>();
  for (const place of index.ordered) {
    if (isKeywordNode(place.node) && !firstPlacement.has(place.node.keywordId)) {
      firstPlacement.set(place.node.keywordId, place.order);
    }
  }
  const keywordOf = (node: TreeNode) =>
    isKeywordNode(node) ? context.catalog.get(node.keywordId) : undefined;
  const fragments = context.fragments;
  const assembled = fragments && assembleDocument(document, context.catalog, resolveIn(fragments));
  const sources = assembled
    ? {
        document: assembled.document,
        index: indexTree(assembled.document.nodes),
        catalog: assembled.catalog,
        keywordOf: (node: TreeNode) =>
          isKeywordNode(node) ? assembled.catalog.get(node.keywordId) : undefined,
      }
    : { document, index, catalog: context.catalog, keywordOf };
  return {
    document,
    index,
    context,
    keywordOf,
    firstPlacement,
    sources,
    ...(assembled?.stopped ? { assemblyStop: assembled.stopped } : {}),
  };
}
