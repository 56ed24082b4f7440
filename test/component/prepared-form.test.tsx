import { renderHook } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TreeDocument } from '../../src/domain/model.ts';
import { liveFormFor } from '../../src/domain/live-form.ts';
import { liveFormModule } from '../../src/app/lazy-panels.ts';
import { SETTLE_MS, usePreparedForm } from '../../src/app/use-prepared-form.ts';
import { exampleCatalog, exampleDocument } from '../helpers/examples.ts';

const plain = exampleDocument('exempel-1177-fragment');

/** A template of `size` top-level Ja/Nej keywords, every one shown. */
function longDocument(size: number): TreeDocument {
  const keywordId = [...exampleCatalog.values()].find((k) => k.type === 'yesNo')!.id;
  return {
    ...plain,
    id: 'lang',
    nodes: Array.from({ length: size }, (_, i) => ({ id: `n${i}`, keywordId })),
  };
}
const withInclude = exampleDocument('exempel-mottagningsbesok-1177');

describe('usePreparedForm', () => {
  beforeAll(async () => {
    await liveFormModule.load();
  });
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('works the form out once the document has stayed unchanged for a moment, not before', () => {
    const catalog = new Map(exampleCatalog);
    const { rerender } = renderHook((props) => usePreparedForm(props.document, catalog, true), {
      initialProps: { document: plain },
    });
    vi.advanceTimersByTime(SETTLE_MS - 1);
    // An edit just before the moment is up starts the wait again.
    const edited = { ...plain, updatedAt: '2026-12-03T16:00:00.000Z' };
    rerender({ document: edited });
    vi.advanceTimersByTime(SETTLE_MS - 1);
    // The form (shared with the preview) exists lazily, and nothing is worked out yet.
    const form = liveFormFor(edited, catalog);
    expect(form.finished).toBe(false);
    vi.advanceTimersByTime(1);
    expect(form.finished).toBe(true);
    expect(liveFormFor(plain, catalog).finished).toBe(false);
  });

  it('works a long form out in idle-time slices that stop when the idle period does', () => {
    const catalog = new Map(exampleCatalog);
    const callbacks: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => callbacks.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const document = longDocument(1_200);
    const { unmount } = renderHook(() => usePreparedForm(document, catalog, true));
    try {
      vi.advanceTimersByTime(SETTLE_MS);
      const form = liveFormFor(document, catalog);
      // An idle period with no time left does nothing but ask for the next one.
      let remaining = 0;
      const deadline = { didTimeout: false, timeRemaining: () => remaining };
      callbacks.shift()!(deadline);
      expect(form.soFar.visible.size).toBe(0);
      expect(callbacks).toHaveLength(1);
      // One slice's worth of time: 500 nodes evaluated, then the next period is asked for.
      remaining = 10;
      let slices = 0;
      deadline.timeRemaining = () => (slices++ === 0 ? 10 : 0);
      callbacks.shift()!(deadline);
      expect(form.soFar.visible.size).toBe(500);
      expect(form.finished).toBe(false);
      deadline.timeRemaining = () => remaining;
      callbacks.shift()!(deadline);
      expect(form.finished).toBe(true);
      expect(callbacks).toHaveLength(0);
    } finally {
      unmount();
      vi.unstubAllGlobals();
    }
  });

  it('leaves the form alone outside the editor and for a document with includes', () => {
    const catalog = new Map(exampleCatalog);
    renderHook(() => usePreparedForm(plain, catalog, false));
    renderHook(() => usePreparedForm(withInclude, catalog, true));
    renderHook(() => usePreparedForm(undefined, catalog, true));
    vi.advanceTimersByTime(SETTLE_MS * 5);
    expect(liveFormFor(plain, catalog).finished).toBe(false);
    expect(liveFormFor(withInclude, catalog).finished).toBe(false);
  });
});
