import { getUniqueTerm } from '../domain/index.ts';
import type { DocumentKind, LibraryState, TreeDocument } from '../domain/index.ts';
import { type CommandContext, type CommandResult } from './command.ts';

/** The title a new document gets until it is renamed. */
export const NEW_TITLE: Readonly<Record<DocumentKind, string>> = {
  template: 'Ny mall',
  fragment: 'Nytt fragment',
};

/** "Ny mall" / "Nytt fragment": an empty draft document, version 0.1.0. */
export function createDocument(
  state: LibraryState,
  args: { kind: DocumentKind },
  context: CommandContext,
): CommandResult {
  const now = context.now();
  const document: TreeDocument = {
    id: context.createId('doc'),
    kind: args.kind,
    title: getUniqueTerm(
      NEW_TITLE[args.kind],
      [...state.documents.values()].map((d) => d.title),
    ),
    version: '0.1.0',
    status: 'draft',
    nodes: [],
    changeLog: [{ at: now, version: '0.1.0', status: 'draft', note: 'Skapad.' }],
    createdAt: now,
    updatedAt: now,
  };
  return {
    ok: true,
    change: {
      name: 'createDocument',
      documentId: document.id,
      recipe: (draft) => {
        draft.documents.set(document.id, document);
      },
    },
  };
}
