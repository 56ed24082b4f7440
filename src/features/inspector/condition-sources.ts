import type { Catalog, Clause, Keyword, TreeNode } from '../../domain/model.ts';
import { getOptions, isKeywordNode, VALUELESS_OPERATORS } from '../../domain/model.ts';
import { getTypeSpec } from '../../domain/keyword-types.ts';
import type { TreeIndex } from '../../domain/tree.ts';

/** A node a condition may depend on, with its keyword. */
export interface Source {
  readonly node: TreeNode;
  readonly keyword: Keyword;
}

/** Nodes a condition may depend on: earlier in document order, with a value to test; the parent first. */
export function getConditionSources(node: TreeNode, index: TreeIndex, catalog: Catalog): Source[] {
  const place = index.places.get(node.id);
  if (!place) return [];
  const sources: Source[] = [];
  for (const earlier of index.ordered.slice(0, place.order)) {
    const keyword = isKeywordNode(earlier.node) ? catalog.get(earlier.node.keywordId) : undefined;
    if (keyword && getTypeSpec(keyword.type).operators.length > 0)
      sources.push({ node: earlier.node, keyword });
  }
  const parent = sources.findIndex((s) => s.node.id === place.parentId);
  if (parent > 0) sources.unshift(...sources.splice(parent, 1));
  return sources;
}

/** A clause for a source with its first operator and, where needed, its first value. */
export function createClause(source: Source): Clause {
  const operator = getTypeSpec(source.keyword.type).operators[0]!;
  if (VALUELESS_OPERATORS.has(operator)) return { source: source.node.id, operator };
  const first = getOptions(source.keyword)[0];
  if (first) return { source: source.node.id, operator, value: first.id };
  const kind = getTypeSpec(source.keyword.type).conditionValue;
  if (kind === 'date' || kind === 'dateTime')
    return { source: source.node.id, operator, value: new Date().toISOString().slice(0, 10) };
  return { source: source.node.id, operator, value: source.keyword.min ?? 0 };
}
