import { applyPatches } from 'immer';
import type { LibraryState } from '../../domain/library.ts';
import { checkLibraryDocument } from '../../validation/check-document.ts';
import type { CheckMessage, CheckResult } from './live-checks.ts';

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
    const { request, documentId } = message;
    post({
      request,
      documentId,
      diagnostics: documentId === undefined ? [] : checkLibraryDocument(library, documentId),
    });
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
