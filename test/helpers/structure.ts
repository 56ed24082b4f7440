import type { Catalog, TreeDocument, TreeNode } from '../../src/domain/index.ts';
import { getOptions, indexTree, isKeywordNode } from '../../src/domain/index.ts';

/** A tree's structure without ids: terms, types, value lists, required flags and conditions in words. */
export interface Structure {
  term: string;
  type: string;
  options?: string[];
  required?: true;
  when?: string;
  children?: Structure[];
}

/** The structure of a document down to `depth` levels, for comparing trees built in different ways. */
export function getStructure(document: TreeDocument, catalog: Catalog, depth = Infinity): Structure[] {
  const index = indexTree(document.nodes);
  const termOf = (id: string) => {
    const node = index.places.get(id)?.node;
    return node && isKeywordNode(node) ? (catalog.get(node.keywordId)?.term ?? '?') : '?';
  };
  const describe = (node: TreeNode, level: number): Structure => {
    if (!isKeywordNode(node)) return { term: `include ${node.include.fragmentId}`, type: 'include' };
    const keyword = catalog.get(node.keywordId)!;
    const structure: Structure = { term: keyword.term, type: keyword.type };
    if (keyword.type === 'singleChoice' || keyword.type === 'multipleChoice')
      structure.options = (keyword.options ?? []).map((o) => o.label);
    if (node.required) structure.required = true;
    if (node.showWhen) {
      structure.when = node.showWhen.clauses
        .map((clause) => {
          const source = index.places.get(clause.source)?.node;
          const sourceKeyword = source && isKeywordNode(source) ? catalog.get(source.keywordId) : undefined;
          const label = sourceKeyword && getOptions(sourceKeyword).find((o) => o.id === clause.value)?.label;
          return `${termOf(clause.source)} ${clause.operator} ${label ?? String(clause.value ?? '')}`.trim();
        })
        .join(` ${node.showWhen.behavior} `);
    }
    if (level < depth && node.children && node.children.length > 0)
      structure.children = node.children.map((c) => describe(c, level + 1));
    return structure;
  };
  return document.nodes.map((node) => describe(node, 1));
}
