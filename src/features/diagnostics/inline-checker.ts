import { checkSafely } from './check-host.ts';
import type { CreateChecker } from './live-checks.ts';

/** Checks in this thread, at once (where there are no workers, as in jsdom): the library given is the store's own. */
export const createInlineChecker: CreateChecker = (onResult) => ({
  send: ({ request, documentId, library }) => onResult({ request, ...checkSafely(library, documentId) }),
  stop() {},
});
