import { describe, expect, it } from 'vitest';
import {
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  recordEntry,
  takeRedo,
  takeUndo,
  type HistoryEntry,
} from '../../../src/history/history.ts';

const entry = (n: number, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  name: 'renameKeyword',
  patches: [{ op: 'replace', path: ['x'], value: n }],
  inversePatches: [{ op: 'replace', path: ['x'], value: n - 1 }],
  at: n * 100,
  ...extra,
});

describe('history', () => {
  it('records, undoes and redoes in order; a new change clears the redo steps', () => {
    let history = recordEntry(recordEntry(EMPTY_HISTORY, entry(1)), entry(2));
    const undone = takeUndo(history)!;
    expect(undone.entry.at).toBe(200);
    history = undone.history;
    expect(takeRedo(history)!.entry.at).toBe(200);
    history = recordEntry(history, entry(3));
    expect(history.future).toEqual([]);
    expect(history.past.map((e) => e.at)).toEqual([100, 300]);
  });

  it('merges a typing burst (same key, within a second) into one step with both sets of patches', () => {
    const a = entry(1, { coalesceKey: 'term:k', at: 0, selectBefore: 'n0' });
    const b = entry(2, { coalesceKey: 'term:k', at: 900, selectBefore: 'n1' });
    const merged = recordEntry(recordEntry(EMPTY_HISTORY, a), b);
    expect(merged.past).toHaveLength(1);
    expect(merged.past[0]!.patches).toEqual([...a.patches, ...b.patches]);
    expect(merged.past[0]!.inversePatches).toEqual([...b.inversePatches, ...a.inversePatches]);
    expect(merged.past[0]!.selectBefore).toBe('n0');
  });

  it('does not merge other keys, pauses over a second, or after an undo', () => {
    const a = entry(1, { coalesceKey: 'term:k', at: 0 });
    expect(
      recordEntry(recordEntry(EMPTY_HISTORY, a), entry(2, { coalesceKey: 'term:j', at: 10 })).past,
    ).toHaveLength(2);
    expect(
      recordEntry(recordEntry(EMPTY_HISTORY, a), entry(2, { coalesceKey: 'term:k', at: 1001 })).past,
    ).toHaveLength(2);
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    let history = EMPTY_HISTORY;
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) history = recordEntry(history, entry(i));
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]!.at).toBe(600);
  });

  it('has nothing to undo or redo when empty', () => {
    expect(takeUndo(EMPTY_HISTORY)).toBeUndefined();
    expect(takeRedo(EMPTY_HISTORY)).toBeUndefined();
  });
});
