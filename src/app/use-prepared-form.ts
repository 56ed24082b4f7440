import { useEffect } from 'react';
import type { Catalog, TreeDocument } from '../domain/model.ts';
import { includesIn } from '../domain/tree.ts';
import { liveFormModule } from './lazy-panels.ts';

/** How long the document must stay unchanged before its form is worked out in the background. */
export const SETTLE_MS = 300;
/** Nodes per slice of the background pass: a few milliseconds at most. */
const SLICE_NODES = 500;

/**
 * Works out the open document's live form (which nodes show, scores, answer checks) while the
 * editor is idle, so that Förhandsgranska opens on a finished form (the pass is ~50 ms at 25,000
 * nodes). Once the document has stayed unchanged for a moment, in idle-time slices that stop when
 * the idle period does (so no long task, and an edit is never kept waiting), and only when the
 * form's code has already been fetched (main.tsx prefetches it). A document with includes is
 * assembled when the form opens: not prepared here.
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
      const form = liveFormModule.loaded()?.liveFormFor(document, catalog);
      if (!form) return;
      if (!('requestIdleCallback' in globalThis)) return form.finish();
      const slice = (deadline: IdleDeadline) => {
        if (!form.advance(() => deadline.timeRemaining() > 2, SLICE_NODES)) idle = requestIdleCallback(slice);
      };
      idle = requestIdleCallback(slice);
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [document, catalog, editing]);
}
