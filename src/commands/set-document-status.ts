import type { DocumentStatus, LibraryState } from '../domain/index.ts';
import { canTransition, compareDocuments, getOpenComments, getSavedVersions } from '../domain/index.ts';
import { changeDocument, refuse, type CommandContext, type CommandResult } from './command.ts';
import { saveVersion } from './save-version.ts';

/** True when the working copy differs from its latest saved version (or none was saved). */
function hasUnsavedContent(state: LibraryState, documentId: string): boolean {
  const latest = getSavedVersions(state, documentId)[0];
  const document = state.documents.get(documentId)!;
  if (!latest) return true;
  const diff = compareDocuments(
    { document: latest.document, catalog: new Map(latest.keywords.map((k) => [k.id, k])) },
    { document, catalog: state.keywords },
  );
  return diff.changes.length > 0 || latest.document.title !== document.title;
}

/**
 * The status workflow (domain/workflow.ts): only allowed transitions, each with a reason, logged
 * with who and when. Approval is refused while review comments are open, and approves a saved
 * version: when the working copy has changed since the last one, `version` names the version the
 * approval saves (in the same undo step).
 */
export function setDocumentStatus(
  state: LibraryState,
  args: { documentId: string; status: DocumentStatus; note: string; by?: string; version?: string },
  context: CommandContext,
): CommandResult {
  const document = state.documents.get(args.documentId);
  if (!document) return refuse('documentNotFound');
  if (document.status === args.status) return refuse('nothingToDo');
  if (!canTransition(document.status, args.status)) return refuse('transitionNotAllowed');
  const note = args.note.trim().slice(0, 10000);
  if (note === '') return refuse('reasonRequired');
  const by = args.by?.trim().slice(0, 200);
  if (args.status === 'approved') {
    if (getOpenComments(document).length > 0) return refuse('openComments');
    if (hasUnsavedContent(state, document.id)) {
      if (!args.version) return refuse('versionRequired');
      const saved = saveVersion(
        state,
        { documentId: document.id, version: args.version, note, ...(by && { by }) },
        context,
      );
      if (!saved.ok) return saved;
      // The saved version is approved content: it carries the status it was approved with.
      return {
        ok: true,
        change: {
          ...saved.change,
          name: 'setDocumentStatus',
          recipe: (draft) => {
            saved.change.recipe(draft);
            const target = draft.documents.get(document.id)!;
            target.status = 'approved';
            target.changeLog.push({ at: context.now(), status: 'approved', note, ...(by && { by }) });
            for (const version of draft.versions.values())
              if (version.documentId === document.id && version.version === args.version)
                version.document.status = 'approved';
          },
        },
      };
    }
  }
  return changeDocument(state, args.documentId, 'setDocumentStatus', context, (_, now) => ({
    edit: (target) => {
      target.status = args.status;
      target.changeLog.push({ at: now, status: args.status, note, ...(by && { by }) });
    },
  }));
}

/**
 * "Börja en ny revision": a Godkänd or Avvecklad document becomes an Utkast again so it can be
 * edited; its saved versions (and the templates pinned to them) stay as they were.
 */
export function startRevision(
  state: LibraryState,
  args: { documentId: string; by?: string; note: string },
  context: CommandContext,
): CommandResult {
  return changeDocument(state, args.documentId, 'startRevision', context, (document, now) => {
    if (document.status !== 'approved' && document.status !== 'retired') return refuse('nothingToDo');
    const by = args.by?.trim().slice(0, 200);
    return {
      edit: (target) => {
        target.status = 'draft';
        target.changeLog.push({
          at: now,
          status: 'draft',
          note: args.note.slice(0, 10000),
          ...(by && { by }),
        });
      },
    };
  });
}
