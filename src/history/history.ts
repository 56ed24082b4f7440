import type { Patch } from 'immer';
import type { CommandName } from '../commands/command.ts';

/** One undo step: the patches a change made, the patches that revert it, and where it happened. */
export interface HistoryEntry {
  readonly name: CommandName;
  readonly patches: readonly Patch[];
  readonly inversePatches: readonly Patch[];
  readonly documentId?: string | undefined;
  /** Selection before and after, so undo and redo show the user what changed. */
  readonly selectBefore?: string | undefined;
  readonly selectAfter?: string | undefined;
  readonly coalesceKey?: string | undefined;
  /** When the (last merged) change was made, in ms. */
  readonly at: number;
}

export interface History {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
}

export const EMPTY_HISTORY: History = { past: [], future: [] };

/** Undo steps kept (quality-targets.md D4). */
export const HISTORY_LIMIT = 200;

/** Changes with the same coalesce key closer than this merge into one step (a typing burst). */
export const COALESCE_MS = 1000;

/** Records a change: it clears the redo steps, merges into the last step when it continues it, and keeps the limit. */
export function recordEntry(history: History, entry: HistoryEntry): History {
  const last = history.past.at(-1);
  const continues =
    last !== undefined &&
    history.future.length === 0 &&
    entry.coalesceKey !== undefined &&
    last.coalesceKey === entry.coalesceKey &&
    entry.at - last.at <= COALESCE_MS;
  if (continues) {
    const merged: HistoryEntry = {
      ...entry,
      patches: [...last.patches, ...entry.patches],
      inversePatches: [...entry.inversePatches, ...last.inversePatches],
      selectBefore: last.selectBefore,
    };
    return { past: [...history.past.slice(0, -1), merged], future: [] };
  }
  return { past: [...history.past, entry].slice(-HISTORY_LIMIT), future: [] };
}

/** The step to undo, and the history after undoing it; undefined when there is nothing to undo. */
export function takeUndo(history: History): { entry: HistoryEntry; history: History } | undefined {
  const entry = history.past.at(-1);
  if (!entry) return undefined;
  return { entry, history: { past: history.past.slice(0, -1), future: [entry, ...history.future] } };
}

/** The step to redo, and the history after redoing it. */
export function takeRedo(history: History): { entry: HistoryEntry; history: History } | undefined {
  const [entry, ...rest] = history.future;
  if (!entry) return undefined;
  return { entry, history: { past: [...history.past, entry], future: rest } };
}
