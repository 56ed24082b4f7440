/**
 * What is typed in the tree's inline rename (F2), kept in sessionStorage as it is typed, so a
 * reload in the middle of a rename opens it again with the text (issue 18, case 17). Cleared when
 * the rename ends either way.
 */
const KEY = 'termverkstad:rename-draft';

export interface RenameDraft {
  readonly documentId: string;
  readonly nodeId: string;
  readonly text: string;
}

export function readRenameDraft(): RenameDraft | undefined {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const { documentId, nodeId, text } = value as Record<string, unknown>;
    return typeof documentId === 'string' && typeof nodeId === 'string' && typeof text === 'string'
      ? { documentId, nodeId, text }
      : undefined;
  } catch {
    return undefined;
  }
}

export function writeRenameDraft(draft: RenameDraft) {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // No room: the rename itself goes on.
  }
}

export function clearRenameDraft() {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing kept.
  }
}
