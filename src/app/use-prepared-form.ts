import { useEffect } from 'react';
import type { Catalog, TreeDocument } from '../domain/model.ts';
import { includesIn } from '../domain/tree.ts';
import { liveFormModule } from './lazy-panels.ts';

/** How long the document must stay unchanged before its form is worked out in the background. */
export const SETTLE_MS = 1_000;

/**
 * Works out the open document's live form (which nodes show, scores, answer checks) while the
 * editor is idle, so that Förhandsgranska opens on it instead of computing it then (one pass over
 * the document: ~60 ms at 25,000 nodes). Only once the document has stayed unchanged for a second,
 * in an idle callback, and only when the form's code has already been fetched (main.tsx prefetches
 * it). A document with includes is assembled when the form opens: not prepared here.
 */
export function usePreparedForm(
  document: TreeDocument | undefined,
  catalog: Catalog,
  editing: boolean,
): void {
  useEffect(() => {
    if (!document || !editing || includesIn(document.nodes).length > 0) return;
    let idle: number | undefined;
    const timer = setTimeout(() => {
      const prepare = () => liveFormModule.loaded()?.liveFormFor(document, catalog);
      if ('requestIdleCallback' in globalThis) idle = requestIdleCallback(prepare, { timeout: 5_000 });
      else prepare();
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [document, catalog, editing]);
}
