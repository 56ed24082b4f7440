import { useEffect, useState } from 'react';
import type { LiveForm } from '../../domain/live-form.ts';

/** A form of up to this many nodes is finished at once (a few milliseconds); a longer one in slices. */
export const EAGER_NODES = 2_000;
/** How long one slice of the opening pass may take: well inside a frame, never a long task. */
export const SLICE_MS = 8;

/**
 * Whether the live form's opening pass is finished, finishing a long form in slices after the
 * first screen is painted (a frame, then one slice per task), so the first fields show without
 * waiting for the rest of the document. Re-renders once the form is finished.
 */
export function useFinishedForm(form: LiveForm): boolean {
  // A short form costs less than a slice: no half-finished first render to handle.
  if (form.size <= EAGER_NODES) form.finish();
  const [finishedForm, setFinishedForm] = useState<LiveForm>();
  const finished = form.finished || finishedForm === form;
  useEffect(() => {
    // Finished in the render (or by another view since): nothing to wait for.
    if (finished) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      if (form.advance(() => performance.now() < until)) setFinishedForm(form);
      else timer = setTimeout(slice, 0);
    };
    // After the frame that shows the first screen: a slice before the paint would delay it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(slice, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [form, finished]);
  return finished;
}
