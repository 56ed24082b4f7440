import type { CommandResult } from '../commands/command.ts';
import type { LibraryState } from '../domain/library.ts';
import type { TreeDocument } from '../domain/model.ts';
import { isKeywordNode } from '../domain/model.ts';
import { indexTree } from '../domain/tree.ts';
import type { Strings } from './strings.ts';

/** Says a refusal in words, naming the keywords concerned. */
export function describeRefusal(
  result: Extract<CommandResult, { ok: false }>,
  document: TreeDocument | undefined,
  library: LibraryState,
  t: Strings,
) {
  const index = document ? indexTree(document.nodes) : undefined;
  const terms = result.nodeIds
    .map((id) => {
      const node = index?.places.get(id)?.node;
      return node && isKeywordNode(node)
        ? `"${library.keywords.get(node.keywordId)?.term ?? id}"`
        : `"${id}"`;
    })
    .join(', ');
  const text = t.refusal[result.refusal];
  return typeof text === 'function' ? text(terms) : text;
}
