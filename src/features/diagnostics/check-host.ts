import { applyPatches } from 'immer';
import type { LibraryState } from '../../domain/library.ts';
import { checkLibraryDocument } from '../../validation/check-document.ts';
import type { CheckMessage, CheckResult } from './check-protocol.ts';

/**
 * The findings for a document, or why they could not be worked out: a rule that throws is a bug,
 * and Kontroll says so rather than going quiet (or taking the editor down with it).
 */
export function checkSafely(
  library: LibraryState,
  documentId: string | undefined,
): Omit<CheckResult, 'request'> {
  try {
    return {
      documentId,
      diagnostics: documentId === undefined ? [] : checkLibraryDocument(library, documentId),
    };
  } catch (error) {
    console.error('Checks failed:', error);
    return { documentId, diagnostics: [], error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The worker's side of the live checks: keeps a copy of the library, follows it by the patches of
 * each change, and checks the open document. Requests that arrive before a check has run are
 * checked once, for the last of them (`schedule` runs the check after the queued messages).
 */
export function createCheckHost(
  post: (result: CheckResult) => void,
  schedule: (check: () => void) => void,
): (message: CheckMessage) => void {
  let library: LibraryState | undefined;
  let latest: CheckMessage | undefined;

  const checkLatest = () => {
    const message = latest;
    latest = undefined;
    if (!message || !library) return;
    post({ request: message.request, ...checkSafely(library, message.documentId) });
  };

  return (message) => {
    try {
      library = 'library' in message ? message.library : library && applyPatches(library, message.patches);
    } catch (error) {
      console.error('Checks: the patches did not apply', error);
      library = undefined;
    }
    if (!library) {
      // The copy no longer follows the editor's library: ask for all of it again.
      latest = undefined;
      post({ request: message.request, documentId: message.documentId, diagnostics: [], resend: true });
      return;
    }
    const waiting = latest !== undefined;
    latest = message;
    if (!waiting) schedule(checkLatest);
  };
}
