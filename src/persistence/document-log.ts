import type { TreeDocument, TreeNode } from '../domain/model.ts';

/**
 * How a document is saved without writing it whole (issue 17): the stored record is a base, and
 * each save appends an edit that holds only what changed since the previous save. An edit stores
 * nodes as rows, each node's own fields with its children by id, so a keystroke writes a few
 * small objects whatever the size of the tree. Compaction (document-store.ts) folds the edits
 * into the base again, in a worker.
 */

/** A node as an edit stores it: its own fields, and its children (when it has the field) by id. */
export type NodeRow = { readonly id: string; readonly children?: readonly string[] } & Readonly<
  Record<string, unknown>
>;

/** What changed in one document between two saves. */
export interface DocumentEdit {
  /** The document's own fields (not its nodes) that changed, with their new values. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** Optional fields the document no longer has. */
  readonly removedFields: readonly string[];
  /** The document's fields in order, when that changed (so it reads back exactly). */
  readonly order?: readonly string[];
  /** The ids of the top-level nodes, when they are not the ones they were. */
  readonly nodes?: readonly string[];
  /** Every node whose own fields or list of children changed, and every node new to its place. */
  readonly rows: readonly NodeRow[];
}

type Fields = Readonly<Record<string, unknown>>;

const childrenOf = (node: TreeNode): readonly TreeNode[] | undefined =>
  'children' in node ? node.children : undefined;

/** The node as a row: the same fields in the same order, children replaced by their ids. */
function rowOf(node: TreeNode): NodeRow {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node))
    row[key] = key === 'children' ? (value as TreeNode[]).map((child) => child.id) : value;
  return row as NodeRow;
}

function addSubtree(node: TreeNode, rows: NodeRow[]) {
  rows.push(rowOf(node));
  for (const child of childrenOf(node) ?? []) addSubtree(child, rows);
}

/**
 * Compares two lists of siblings, adding rows for what changed below them; true when the list's
 * ids (or their order) changed. A node identical to the one saved is skipped with its whole subtree:
 * immer never changes an object, so its rows are stored as they are.
 */
function diffSiblings(before: readonly TreeNode[], after: readonly TreeNode[], rows: NodeRow[]): boolean {
  let idsChanged = before.length !== after.length;
  let byId: Map<string, TreeNode> | undefined;
  for (const [i, node] of after.entries()) {
    let old: TreeNode | undefined = before[i];
    if (old === node) continue;
    if (old?.id !== node.id) {
      idsChanged = true;
      byId ??= new Map(before.map((sibling) => [sibling.id, sibling]));
      old = byId.get(node.id);
      if (old === node) continue;
    }
    // A node new to this list (added, or moved here from elsewhere) is written whole.
    if (old) diffNode(old, node, rows);
    else addSubtree(node, rows);
  }
  return idsChanged;
}

function diffNode(before: TreeNode, after: TreeNode, rows: NodeRow[]) {
  const own = before as unknown as Fields;
  const now = after as unknown as Fields;
  const keys = Object.keys(now);
  let changed =
    keys.length !== Object.keys(own).length ||
    keys.some((key) => key !== 'children' && now[key] !== own[key]);
  const childrenBefore = childrenOf(before);
  const childrenAfter = childrenOf(after);
  if (childrenBefore !== childrenAfter) {
    const idsChanged = diffSiblings(childrenBefore ?? [], childrenAfter ?? [], rows);
    changed ||= idsChanged || (childrenBefore === undefined) !== (childrenAfter === undefined);
  }
  if (changed) rows.push(rowOf(after));
}

/** What changed from one saved version of a document to the next (both from the same history). */
export function diffDocument(before: TreeDocument, after: TreeDocument): DocumentEdit {
  const own = before as unknown as Fields;
  const now = after as unknown as Fields;
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(now)) if (key !== 'nodes' && now[key] !== own[key]) fields[key] = now[key];
  const removedFields = Object.keys(own).filter((key) => !(key in now));
  const keys = Object.keys(now);
  const reordered =
    keys.length !== Object.keys(own).length || Object.keys(own).some((key, i) => key !== keys[i]);
  const rows: NodeRow[] = [];
  const nodesChanged = before.nodes !== after.nodes && diffSiblings(before.nodes, after.nodes, rows);
  return {
    fields,
    removedFields,
    rows,
    ...(nodesChanged ? { nodes: after.nodes.map((node) => node.id) } : {}),
    ...(reordered ? { order: keys } : {}),
  };
}

/** A stored document whose edits do not fit its base (a row missing, or a node reached twice). */
export class DocumentLogError extends Error {
  constructor(
    readonly documentId: string,
    readonly nodeId: string,
    readonly problem: 'missing' | 'repeated',
  ) {
    super(
      `the saved edits of document ${documentId} ${problem === 'missing' ? 'lack' : 'repeat'} node ${nodeId}`,
    );
    this.name = 'DocumentLogError';
  }
}

/**
 * The document its base and edits (oldest first) describe. Throws DocumentLogError when they do
 * not fit together, so a damaged record is named and never half read.
 */
export function applyDocumentEdits(base: TreeDocument, edits: readonly DocumentEdit[]): TreeDocument {
  if (edits.length === 0) return base;
  const rows = new Map<string, NodeRow>();
  const flatten = (nodes: readonly TreeNode[]): string[] =>
    nodes.map((node) => {
      rows.set(node.id, rowOf(node));
      flatten(childrenOf(node) ?? []);
      return node.id;
    });
  let topLevel: readonly string[] = flatten(base.nodes);
  let fields: Record<string, unknown> = { ...base };
  for (const edit of edits) {
    Object.assign(fields, edit.fields);
    for (const key of edit.removedFields) delete fields[key];
    if (edit.order) fields = Object.fromEntries(edit.order.map((key) => [key, fields[key]]));
    if (edit.nodes) topLevel = edit.nodes;
    for (const row of edit.rows) rows.set(row.id, row);
  }
  const built = new Set<string>();
  const build = (id: string): TreeNode => {
    const row = rows.get(id);
    if (!row) throw new DocumentLogError(base.id, id, 'missing');
    if (built.has(id)) throw new DocumentLogError(base.id, id, 'repeated');
    built.add(id);
    const node: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row))
      node[key] = key === 'children' ? (value as string[]).map(build) : value;
    return node as unknown as TreeNode;
  };
  fields.nodes = topLevel.map(build);
  return fields as unknown as TreeDocument;
}
