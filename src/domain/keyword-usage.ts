import type { LibraryState } from './library.ts';
import type { Catalog } from './model.ts';
import { isKeywordNode } from './model.ts';
import { indexTree } from './tree.ts';

/** One place a keyword is used: the document, the node, and the terms from the top down to it. */
export interface KeywordUsage {
  readonly documentId: string;
  readonly nodeId: string;
  readonly path: readonly string[];
}

const cache = new WeakMap<ReadonlyMap<string, unknown>, ReadonlyMap<string, readonly KeywordUsage[]>>();

/**
 * "Används i": every placement of every keyword in the library's documents (their working copies),
 * in library and document order. Cached per (immutable) version of the documents map.
 */
export function getKeywordUsages(library: Pick<LibraryState, 'documents' | 'keywords'>) {
  const cached = cache.get(library.documents);
  if (cached) return cached;
  const usages = new Map<string, KeywordUsage[]>();
  for (const document of library.documents.values()) {
    const index = indexTree(document.nodes);
    const termOf = (id: string) => {
      const node = index.places.get(id)?.node;
      return node && isKeywordNode(node)
        ? (library.keywords.get(node.keywordId)?.term ?? node.keywordId)
        : id;
    };
    for (const place of index.ordered) {
      if (!isKeywordNode(place.node)) continue;
      const path: string[] = [];
      for (let id: string | null = place.node.id; id !== null; id = index.places.get(id)!.parentId)
        path.unshift(termOf(id));
      const list = usages.get(place.node.keywordId) ?? [];
      list.push({ documentId: document.id, nodeId: place.node.id, path });
      usages.set(place.node.keywordId, list);
    }
  }
  cache.set(library.documents, usages);
  return usages as ReadonlyMap<string, readonly KeywordUsage[]>;
}

/** Keywords of the catalogue placed in no document. */
export function getUnusedKeywords(
  library: Pick<LibraryState, 'documents' | 'keywords'>,
  catalog: Catalog = library.keywords,
) {
  const usages = getKeywordUsages(library);
  return [...catalog.values()].filter((keyword) => !usages.has(keyword.id));
}

/** The conditions, in every document, that wait for an answer to this keyword: its dependants. */
export function getConditionsOn(library: Pick<LibraryState, 'documents'>, keywordId: string) {
  const found: { readonly documentId: string; readonly nodeId: string }[] = [];
  for (const document of library.documents.values()) {
    const index = indexTree(document.nodes);
    for (const { node } of index.ordered) {
      const waits = node.showWhen?.clauses.some((clause) => {
        const source = index.places.get(clause.source)?.node;
        return source !== undefined && isKeywordNode(source) && source.keywordId === keywordId;
      });
      if (waits) found.push({ documentId: document.id, nodeId: node.id });
    }
  }
  return found;
}
