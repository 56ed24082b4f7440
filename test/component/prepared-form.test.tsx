import { renderHook } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Keyword } from '../../src/domain/model.ts';
import { liveFormModule } from '../../src/app/lazy-panels.ts';
import { SETTLE_MS, usePreparedForm } from '../../src/app/use-prepared-form.ts';
import { exampleCatalog, exampleDocument } from '../helpers/examples.ts';

/** A catalogue that counts how often it is read whole: the live form's one pass reads it once. */
class CountingCatalog extends Map<string, Keyword> {
  reads = 0;
  override values() {
    this.reads += 1;
    return super.values();
  }
}

const plain = exampleDocument('exempel-1177-fragment');
const withInclude = exampleDocument('exempel-mottagningsbesok-1177');

describe('usePreparedForm', () => {
  beforeAll(async () => {
    await liveFormModule.load();
  });
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('works the form out once the document has stayed unchanged for a second, not before', () => {
    const catalog = new CountingCatalog(exampleCatalog);
    const { rerender } = renderHook((props) => usePreparedForm(props.document, catalog, true), {
      initialProps: { document: plain },
    });
    vi.advanceTimersByTime(SETTLE_MS - 1);
    // An edit just before the second is up starts the wait again.
    rerender({ document: { ...plain, updatedAt: '2026-12-03T16:00:00.000Z' } });
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(catalog.reads).toBe(0);
    vi.advanceTimersByTime(1);
    expect(catalog.reads).toBe(1);
  });

  it('leaves the form alone outside the editor and for a document with includes', () => {
    const catalog = new CountingCatalog(exampleCatalog);
    renderHook(() => usePreparedForm(plain, catalog, false));
    renderHook(() => usePreparedForm(withInclude, catalog, true));
    renderHook(() => usePreparedForm(undefined, catalog, true));
    vi.advanceTimersByTime(SETTLE_MS * 5);
    expect(catalog.reads).toBe(0);
  });
});
