import type { Draft } from 'immer';
import type { Keyword, LibraryState, TreeNode } from '../domain/index.ts';
import { getChildren, getOptions, indexTree, isKeywordNode } from '../domain/index.ts';
import { refuse, type CommandResult } from './command.ts';

const fold = (label: string) => label.trim().toLocaleLowerCase('sv');

/** Each value of `from` paired with the value of `into` that has the same text (case aside). */
function mapValues(from: Keyword, into: Keyword): Map<string, string | undefined> {
  const target = new Map(getOptions(into).map((o) => [fold(o.label), o.id]));
  return new Map(getOptions(from).map((o) => [o.id, target.get(fold(o.label))]));
}

/**
 * "Slå ihop sökord": `mergeId` goes into `keepId`. Every placement of it in every document, every
 * condition on those placements (values paired by their text) and every score that sums it now use
 * the kept keyword; the merged one leaves the catalogue. One undoable step. Refused when the types
 * differ, or when a condition waits for a value the kept keyword does not have (naming it). Saved
 * versions keep their own definitions.
 */
export function mergeKeywords(state: LibraryState, args: { keepId: string; mergeId: string }): CommandResult {
  const keep = state.keywords.get(args.keepId);
  const merge = state.keywords.get(args.mergeId);
  if (!keep || !merge) return refuse('keywordNotFound');
  if (keep.id === merge.id) return refuse('nothingToDo');
  if (keep.type !== merge.type) return refuse('mergeTypesDiffer');
  const values = mapValues(merge, keep);
  const lost: string[] = [];
  for (const document of state.documents.values()) {
    const index = indexTree(document.nodes);
    const placing = (id: string) => {
      const node = index.places.get(id)?.node;
      return node !== undefined && isKeywordNode(node) && node.keywordId === merge.id;
    };
    for (const { node } of index.ordered)
      for (const clause of node.showWhen?.clauses ?? [])
        if (
          placing(clause.source) &&
          typeof clause.value === 'string' &&
          values.get(clause.value) === undefined
        )
          if (values.has(clause.value)) lost.push(node.id);
  }
  if (lost.length > 0) return refuse('valueInUse', [...new Set(lost)]);

  const rewire = (nodes: Draft<TreeNode>[], placing: ReadonlySet<string>) => {
    for (const node of nodes) {
      if (isKeywordNode(node) && node.keywordId === merge.id) node.keywordId = keep.id;
      for (const clause of node.showWhen?.clauses ?? []) {
        if (!placing.has(clause.source) || typeof clause.value !== 'string') continue;
        clause.value = values.get(clause.value) ?? clause.value;
      }
      rewire(getChildren(node) as Draft<TreeNode>[], placing);
    }
  };
  return {
    ok: true,
    change: {
      name: 'mergeKeywords',
      keywordIds: [keep.id, merge.id],
      recipe: (draft) => {
        for (const document of draft.documents.values()) {
          const placing = new Set(
            indexTree(state.documents.get(document.id)?.nodes ?? [])
              .ordered.filter(({ node }) => isKeywordNode(node) && node.keywordId === merge.id)
              .map(({ node }) => node.id),
          );
          rewire(document.nodes, placing);
        }
        for (const keyword of draft.keywords.values())
          for (const source of keyword.scoreSources ?? [])
            if (source.keywordId === merge.id) source.keywordId = keep.id;
        draft.keywords.delete(merge.id);
      },
    },
  };
}
