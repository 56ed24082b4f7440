import type { CommandContext, CommandResult } from '../../commands/index.ts';
import type { LibraryState } from '../../domain/library.ts';
import type { TreeDocument } from '../../domain/model.ts';
import { isKeywordNode } from '../../domain/model.ts';
import { indexTree } from '../../domain/tree.ts';
import type { Strings } from '../../i18n/strings.ts';

type Command = (library: LibraryState, context: CommandContext) => CommandResult;

/** A line in the status area: what just happened, or why it could not, with a fix when there is one. */
export interface StatusMessage {
  readonly text: string;
  readonly tone: 'info' | 'error';
  readonly fix?: { readonly label: string; readonly command: Command };
}

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
