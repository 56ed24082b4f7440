import { applyPatches, freeze, produceWithPatches, type Patch } from 'immer';
import { getResolver, type LibraryState } from '../domain/library.ts';
import { getOutline } from '../domain/outline.ts';
import { isKeywordNode, type TreeNode } from '../domain/model.ts';
import { getIdsWithChildren, indexTree } from '../domain/tree.ts';
import type { CommandContext, CommandResult } from '../commands/command.ts';
import { lockedRefusal } from '../commands/locks.ts';
import {
  EMPTY_HISTORY,
  recordEntry,
  takeRedo,
  takeUndo,
  type History,
  type HistoryEntry,
} from '../history/history.ts';
import { compactArrayPatches } from '../history/compact-patches.ts';

/** Everything the editor shows: the library (history-tracked) and the view (not in history). */
export interface EditorSnapshot {
  readonly library: LibraryState;
  readonly history: History;
  readonly openDocumentId: string | undefined;
  readonly selectedNodeId: string | undefined;
  /** Expanded nodes per document. */
  readonly expanded: ReadonlyMap<string, ReadonlySet<string>>;
  /** Another tab edits the library: this one shows it and refuses changes. */
  readonly readOnly: boolean;
  /**
   * How `library` came from the one before it, when a change or undo made it (not when it was
   * replaced): lets a copy elsewhere (the checks' worker) follow with the patches alone.
   */
  readonly lastChange?: { readonly from: LibraryState; readonly patches: readonly Patch[] } | undefined;
}

type Listener = () => void;

// Node arrays never change once made (immer), so a new view's "everything expanded" is worked out
// once per tree rather than on every change (a walk over ~5,000 nodes).
const defaultExpanded = new WeakMap<readonly TreeNode[], ReadonlySet<string>>();
function getDefaultExpanded(nodes: readonly TreeNode[]): ReadonlySet<string> {
  let ids = defaultExpanded.get(nodes);
  if (!ids) defaultExpanded.set(nodes, (ids = getIdsWithChildren(nodes)));
  return ids;
}

/**
 * The editor's state container: the only place where commands are applied (one produceWithPatches
 * per user action), recorded for undo, and where selection follows the change.
 */
export class EditorStore {
  private snapshot: EditorSnapshot;
  private readonly listeners = new Set<Listener>();

  constructor(
    library: LibraryState,
    readonly context: CommandContext & { readonly clock: () => number },
    openDocumentId?: string,
  ) {
    this.snapshot = {
      // Frozen like every later version, so indexes of its trees can be shared (see indexTree).
      library: freeze(library, true),
      history: EMPTY_HISTORY,
      openDocumentId: openDocumentId ?? library.documents.keys().next().value,
      selectedNodeId: undefined,
      expanded: new Map(),
      readOnly: false,
    };
  }

  readonly getSnapshot = (): EditorSnapshot => this.snapshot;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: Partial<EditorSnapshot>) {
    this.snapshot = { ...this.snapshot, ...next };
    for (const listener of this.listeners) listener();
  }

  /**
   * Runs a command against the current library and applies it if it is not refused.
   * @example store.run((library, context) => addKeyword(library, { documentId, as: 'child', relativeTo }, context))
   */
  run(command: (library: LibraryState, context: CommandContext) => CommandResult): CommandResult {
    if (this.snapshot.readOnly) return { ok: false, refusal: this.readOnlyRefusal, nodeIds: [] };
    const result = command(this.snapshot.library, this.context);
    if (!result.ok) return result;
    const { change } = result;
    // Approved content is locked, whichever command tries to change it.
    const locked = lockedRefusal(this.snapshot.library, change);
    if (locked) return { ok: false, refusal: locked, nodeIds: [] };
    const [library, producedPatches, producedInverse] = produceWithPatches(
      this.snapshot.library,
      change.recipe,
    );
    const [patches, inversePatches] = compactArrayPatches(
      this.snapshot.library,
      library,
      producedPatches,
      producedInverse,
    );
    const entry: HistoryEntry = {
      name: change.name,
      patches,
      inversePatches,
      documentId: change.documentId,
      selectBefore: this.snapshot.selectedNodeId,
      selectAfter: change.select ?? this.snapshot.selectedNodeId,
      coalesceKey: change.coalesceKey,
      at: this.context.clock(),
    };
    const openDocumentId = library.documents.has(this.snapshot.openDocumentId ?? '')
      ? (change.documentId ?? this.snapshot.openDocumentId)
      : change.documentId;
    this.set({
      library,
      lastChange: { from: this.snapshot.library, patches },
      history: recordEntry(this.snapshot.history, entry),
      openDocumentId,
      ...this.revealIn(library, openDocumentId, entry.selectAfter),
    });
    return result;
  }

  /** Read-only while another tab edits (see persistence/tab-lock.ts). */
  /** Why changes are refused while read-only: another tab edits (the default), or a newer app wrote the library. */
  private readOnlyRefusal: 'readOnly' | 'libraryFromNewerVersion' = 'readOnly';

  setReadOnly(readOnly: boolean, because: 'readOnly' | 'libraryFromNewerVersion' = 'readOnly') {
    this.readOnlyRefusal = because;
    if (readOnly !== this.snapshot.readOnly) this.set({ readOnly });
  }

  /**
   * Takes the library as another tab saved it. The undo history is about the old state, so it
   * starts over; the open document and selection stay where they still exist.
   */
  replaceLibrary(library: LibraryState) {
    const frozen = freeze(library, true);
    const openDocumentId = frozen.documents.has(this.snapshot.openDocumentId ?? '')
      ? this.snapshot.openDocumentId
      : frozen.documents.keys().next().value;
    this.set({ library: frozen, lastChange: undefined, history: EMPTY_HISTORY, openDocumentId });
  }

  /** Undoes the last step, opens the document it changed and selects what was selected before it. */
  undo(): HistoryEntry | undefined {
    if (this.snapshot.readOnly) return undefined;
    const taken = takeUndo(this.snapshot.history);
    if (!taken) return undefined;
    this.applyStep(
      taken.entry.inversePatches,
      taken.history,
      taken.entry.documentId,
      taken.entry.selectBefore,
    );
    return taken.entry;
  }

  /** Redoes the last undone step. */
  redo(): HistoryEntry | undefined {
    if (this.snapshot.readOnly) return undefined;
    const taken = takeRedo(this.snapshot.history);
    if (!taken) return undefined;
    this.applyStep(taken.entry.patches, taken.history, taken.entry.documentId, taken.entry.selectAfter);
    return taken.entry;
  }

  private applyStep(
    patches: HistoryEntry['patches'],
    history: History,
    documentId: string | undefined,
    select: string | undefined,
  ) {
    const library = applyPatches(this.snapshot.library, patches);
    const wanted =
      documentId !== undefined && library.documents.has(documentId)
        ? documentId
        : this.snapshot.openDocumentId;
    const openDocumentId = library.documents.has(wanted ?? '') ? wanted : undefined;
    this.set({
      library,
      lastChange: { from: this.snapshot.library, patches },
      history,
      openDocumentId,
      ...this.revealIn(library, openDocumentId, select),
    });
  }

  /** Opens a document; the selection is cleared. */
  open(documentId: string | undefined) {
    this.set({ openDocumentId: documentId, selectedNodeId: undefined });
  }

  /** Selects a node in the open document and expands its ancestors so it can be seen. */
  reveal(nodeId: string | undefined) {
    this.set(this.revealIn(this.snapshot.library, this.snapshot.openDocumentId, nodeId));
  }

  /** The selection and expansion that show a node of the open document (nothing selected if it is not there). */
  private revealIn(
    library: LibraryState,
    openDocumentId: string | undefined,
    nodeId: string | undefined,
  ): Pick<EditorSnapshot, 'selectedNodeId' | 'expanded'> {
    const { expanded } = this.snapshot;
    const document = library.documents.get(openDocumentId ?? '');
    if (!document || nodeId === undefined) return { selectedNodeId: undefined, expanded };
    // Own nodes, and nodes shown from an included fragment (read-only, selectable to read them).
    const index = indexTree(document.nodes);
    const places = index.places.has(nodeId)
      ? index.places
      : getOutline(document, library.keywords, getResolver(library.versions)).places;
    if (!places.has(nodeId)) return { selectedNodeId: undefined, expanded };
    const ancestors: string[] = [];
    for (let id = places.get(nodeId)!.parentId; id !== null; id = places.get(id)!.parentId)
      ancestors.push(id);
    const stored = expanded.get(document.id);
    // A document not yet folded shows its own keywords open (includes start closed): no need to
    // list every open node of a new version to find that nothing is missing.
    const ownKeyword = (id: string) => {
      const node = index.places.get(id)?.node;
      return node !== undefined && isKeywordNode(node);
    };
    if (!stored && ancestors.every(ownKeyword)) return { selectedNodeId: nodeId, expanded };
    const current = stored ?? getDefaultExpanded(document.nodes);
    const missing = ancestors.filter((id) => !current.has(id));
    return {
      selectedNodeId: nodeId,
      expanded:
        missing.length === 0
          ? expanded
          : new Map(expanded).set(document.id, new Set([...current, ...missing])),
    };
  }

  /** The expanded nodes of a document; a document not yet opened shows everything expanded. */
  getExpanded(documentId: string): ReadonlySet<string> {
    const document = this.snapshot.library.documents.get(documentId);
    return this.snapshot.expanded.get(documentId) ?? getDefaultExpanded(document?.nodes ?? []);
  }

  /** Sets the expanded nodes of a document (view state, not history). */
  setExpanded(documentId: string, expanded: ReadonlySet<string>) {
    this.set({ expanded: new Map(this.snapshot.expanded).set(documentId, expanded) });
  }
}
