// Edit cost in the state layer (quality-targets.md PERF-10: one rename / one subtree move as a single
// produce, median ≤ 2 ms / ≤ 5 ms on a dev machine) at ~5,000 nodes: the command (with its checks
// that nothing breaks) and produceWithPatches, as the editor store runs them. Run: npm run bench.
import { enablePatches, freeze, produceWithPatches } from 'immer';
import { bench, describe } from 'vitest';
import { moveNode, renameKeyword, type CommandResult } from '../../src/commands/index.ts';
import { createLibraryState, indexTree, isKeywordNode } from '../../src/domain/index.ts';
import { buildLargeTemplate } from '../helpers/large-tree.ts';
import { createTestContext } from '../helpers/editor.ts';

enablePatches();
const file = buildLargeTemplate(10, 99);
const state = freeze(createLibraryState({ keywords: file.keywords, documents: [file.document] }), true);
const documentId = file.document.id;
const index = indexTree(file.document.nodes);
const context = createTestContext();
const apply = (result: CommandResult) => {
  if (!result.ok) throw new Error(`refused: ${result.refusal}`);
  return produceWithPatches(state, result.change.recipe);
};
// A group in the middle of the tree (a heading's child with its own children), and its keyword.
const group = index.ordered.find((p) => p.depth === 2 && p.node.id.includes('5'))!;
const keywordId = isKeywordNode(group.node) ? group.node.keywordId : '';

describe(`one edit as a single produce: ${index.ordered.length} nodes`, () => {
  bench('rename a keyword (PERF-10: ≤ 2 ms)', () => {
    apply(renameKeyword(state, { keywordId, term: 'Nytt namn', documentId }, context));
  });
  bench('move a subtree one place down (PERF-10: ≤ 5 ms)', () => {
    apply(
      moveNode(
        state,
        { documentId, nodeId: group.node.id, target: { parentId: group.parentId, index: group.index + 2 } },
        context,
      ),
    );
  });
});
