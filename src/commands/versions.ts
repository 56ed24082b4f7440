import type { DocumentStatus, LibraryState, SavedVersion } from '../domain/index.ts';
import { findNode, getFragmentUsages, getPlacedKeywords, indexTree, isKeywordNode } from '../domain/index.ts';
import { changeDocument, refuse, type CommandContext, type CommandResult } from './command.ts';

const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$/;

/**
 * "Spara version": freezes the document and the keyword definitions it uses under a version number
 * with a note; the document carries that number on, and the change log says who, when and why.
 */
export function saveVersion(
  state: LibraryState,
  args: { documentId: string; version: string; note: string; by?: string },
  context: CommandContext,
): CommandResult {
  const document = state.documents.get(args.documentId);
  if (!document) return refuse('documentNotFound');
  if (!SEMVER.test(args.version)) return refuse('invalidVersion');
  const taken = [...state.versions.values()].some(
    (v) => v.documentId === document.id && v.version === args.version,
  );
  if (taken) return refuse('versionExists');
  const now = context.now();
  const by = args.by?.trim().slice(0, 200);
  const entry = { at: now, version: args.version, note: args.note.slice(0, 10000), ...(by && { by }) };
  const frozen = {
    ...document,
    version: args.version,
    changeLog: [...document.changeLog, entry],
    updatedAt: now,
  };
  const saved: SavedVersion = {
    id: context.createId('version'),
    documentId: document.id,
    version: args.version,
    savedAt: now,
    ...(by && { by }),
    ...(args.note && { note: args.note.slice(0, 10000) }),
    document: frozen,
    keywords: getPlacedKeywords(document, state.keywords),
  };
  // Templates that pin the number the working copy carried keep that content: it is frozen too.
  const pinned =
    getFragmentUsages(state, document.id).some((usage) => usage.version === document.version) &&
    ![...state.versions.values()].some((v) => v.documentId === document.id && v.version === document.version);
  const previous: SavedVersion | undefined = pinned
    ? {
        id: context.createId('version'),
        documentId: document.id,
        version: document.version,
        savedAt: now,
        note: 'Sparad automatiskt: mallar använder den här versionen.',
        document,
        keywords: saved.keywords,
      }
    : undefined;
  return {
    ok: true,
    change: {
      name: 'saveVersion',
      documentId: document.id,
      recipe: (draft) => {
        if (previous) draft.versions.set(previous.id, previous);
        draft.versions.set(saved.id, saved);
        draft.documents.set(document.id, frozen);
      },
    },
  };
}

/**
 * "Återställ": the document takes the content of a saved version again, as a new undoable change
 * (its version number and log go on). The keyword definitions it froze come back too, except for
 * keywords other documents also place: changing those would change the other documents.
 */
export function restoreVersion(
  state: LibraryState,
  args: { versionId: string; by?: string },
  context: CommandContext,
): CommandResult {
  const saved = state.versions.get(args.versionId);
  const document = saved && state.documents.get(saved.documentId);
  if (!saved || !document) return refuse('documentNotFound');
  const now = context.now();
  const by = args.by?.trim().slice(0, 200);
  const { title, nodes, description, scenarios } = saved.document;
  const placedElsewhere = new Set<string>();
  for (const other of state.documents.values()) {
    if (other.id === document.id) continue;
    for (const { node } of indexTree(other.nodes).ordered)
      if (isKeywordNode(node)) placedElsewhere.add(node.keywordId);
  }
  return {
    ok: true,
    change: {
      name: 'restoreVersion',
      documentId: document.id,
      recipe: (draft) => {
        for (const keyword of saved.keywords)
          if (!placedElsewhere.has(keyword.id) || !draft.keywords.has(keyword.id))
            draft.keywords.set(keyword.id, keyword);
        const restored = {
          ...document,
          title,
          nodes,
          changeLog: [
            ...document.changeLog,
            { at: now, note: `Återställd från version ${saved.version}.`, ...(by && { by }) },
          ],
          updatedAt: now,
        };
        delete restored.description;
        delete restored.scenarios;
        if (description !== undefined) restored.description = description;
        if (scenarios !== undefined) restored.scenarios = scenarios;
        draft.documents.set(document.id, restored);
      },
    },
  };
}

/** The status workflow Utkast → Granskas → Godkänd → Avvecklad, with who, when and why in the log. */
export function setDocumentStatus(
  state: LibraryState,
  args: { documentId: string; status: DocumentStatus; note: string; by?: string },
  context: CommandContext,
): CommandResult {
  return changeDocument(state, args.documentId, 'setDocumentStatus', context, (document, now) => {
    if (document.status === args.status) return refuse('nothingToDo');
    const by = args.by?.trim().slice(0, 200);
    return {
      edit: (target) => {
        target.status = args.status;
        target.changeLog.push({
          at: now,
          status: args.status,
          note: args.note.slice(0, 10000),
          ...(by && { by }),
        });
      },
    };
  });
}

/** Moves one include of a template to another saved version of its fragment (one template at a time). */
export function moveIncludeToVersion(
  state: LibraryState,
  args: { documentId: string; nodeId: string; version: string },
  context: CommandContext,
): CommandResult {
  return changeDocument(state, args.documentId, 'moveIncludeToVersion', context, (document) => {
    const node = findNode(document.nodes, args.nodeId);
    if (!node || isKeywordNode(node)) return refuse('notFound', [args.nodeId]);
    if (node.include.version === args.version) return refuse('nothingToDo');
    return {
      select: node.id,
      edit: (target) => {
        const include = findNode(target.nodes, node.id);
        if (include && !isKeywordNode(include)) include.include.version = args.version;
      },
    };
  });
}
