import { getChildren, getSavedVersions, indexTree, insertNodes } from '../domain/index.ts';
import type { IncludeNode, LibraryState } from '../domain/index.ts';
import { fromEdit, refuse, type CommandContext, type CommandResult } from './command.ts';
import { copySubtree, pasteSubtree } from './paste-subtree.ts';

/** How a fragment goes into a template: a reference pinned to its version, or a copy of its keywords. */
export type FragmentPlacement = 'reference' | 'copy';

/**
 * "Lägg till i mall": places a fragment last under a node of a template (or at its top level), as a
 * reference pinned to the fragment's latest saved version (it follows the fragment only when moved
 * to a newer version) or as an independent copy of the working copy with fresh ids. One undoable step.
 */
export function addFragmentToTemplate(
  state: LibraryState,
  args: { fragmentId: string; templateId: string; parentId: string | null; placement: FragmentPlacement },
  context: CommandContext,
): CommandResult {
  const fragment = state.documents.get(args.fragmentId);
  const template = state.documents.get(args.templateId);
  if (!fragment || !template || fragment.kind !== 'fragment') return refuse('documentNotFound');
  const root = fragment.nodes[0];
  if (!root) return refuse('nothingToDo');
  const saved = getSavedVersions(state, fragment.id)[0];
  const index = indexTree(template.nodes);
  if (args.parentId !== null && !index.places.has(args.parentId)) return refuse('notFound', [args.parentId]);
  const siblings =
    args.parentId === null ? template.nodes : getChildren(index.places.get(args.parentId)!.node);
  const target = { parentId: args.parentId, index: siblings.length };

  if (args.placement === 'copy') {
    const clipboard = copySubtree(state, fragment.id, root.id)!;
    const result = pasteSubtree(state, { documentId: template.id, target, clipboard }, context);
    return result.ok ? { ok: true, change: { ...result.change, name: 'addFragment' } } : result;
  }
  // A reference pins the latest saved version: the working copy never reaches a template.
  if (!saved) return refuse('fragmentNotSaved');
  const include: IncludeNode = {
    id: context.createId('inkl'),
    include: { fragmentId: fragment.id, version: saved.version },
  };
  return fromEdit(
    insertNodes(template, target, [include]),
    { name: 'addFragment', documentId: template.id, select: include.id },
    context.now(),
  );
}
