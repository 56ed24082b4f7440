import { useEffect } from 'react';
import { say } from '../i18n/languages.ts';
import type { StatusStore } from '../state/status-store.ts';

/** How much of an engine's message the status line shows (the whole one goes to the console). */
const SHOWN_CHARACTERS = 200;

/**
 * The app shows every failure (issue 18): an exception or promise rejection nothing caught is named
 * in the status line with a short id, the same id logged with the whole error, instead of passing
 * silently. Errors without an Error object (a ResizeObserver loop notice) are not failures.
 */
export function useFailureReport(status: StatusStore, page: Window = window) {
  useEffect(() => {
    const report = (error: unknown) => {
      const id = crypto.randomUUID().slice(0, 8);
      console.error(`Internal error ${id}`, error);
      const message = (error instanceof Error ? error.message : String(error))
        .split('\n')[0]!
        .slice(0, SHOWN_CHARACTERS);
      status.set({ text: say((t) => t.internalError(id, message)), tone: 'error' });
    };
    const onRejection = (event: PromiseRejectionEvent) => report(event.reason);
    const onError = (event: ErrorEvent) => {
      if (event.error instanceof Error) report(event.error);
    };
    page.addEventListener('unhandledrejection', onRejection);
    page.addEventListener('error', onError);
    return () => {
      page.removeEventListener('unhandledrejection', onRejection);
      page.removeEventListener('error', onError);
    };
  }, [status, page]);
}
