import { checkLibraryDocument } from '../../validation/check-document.ts';
import type { CreateChecker } from './live-checks.ts';

/** Checks in this thread, at once (where there are no workers, as in jsdom): the library given is the store's own. */
export const createInlineChecker: CreateChecker = (onResult) => ({
  send({ request, documentId, library }) {
    const diagnostics = documentId === undefined ? [] : checkLibraryDocument(library, documentId);
    onResult({ request, documentId, diagnostics });
  },
  stop() {},
});
