import type { Compact } from './autosave.ts';
import type { LibraryDatabase } from './database.ts';
import { compactDocument } from './document-store.ts';

export interface CompactionRequest {
  readonly databaseName: string;
  readonly documentId: string;
}

export type CompactionResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Compaction in a worker of its own: the worker opens the library, writes the document whole and
 * removes its edits, so the clone of a 25,000-node document never runs on the page's thread.
 * Without workers (jsdom, or one that fails to start) it runs here instead.
 */
export function compactInWorker(db: LibraryDatabase): Compact {
  return (documentId) => {
    if (typeof Worker !== 'function') return compactDocument(db, documentId);
    const worker = new Worker(new URL('./compaction-worker.ts', import.meta.url), { type: 'module' });
    return new Promise<void>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<CompactionResult>) => {
        worker.terminate();
        if (event.data.ok) resolve();
        else reject(new Error(event.data.reason));
      });
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        worker.terminate();
        compactDocument(db, documentId).then(resolve, reject);
      });
      worker.postMessage({ databaseName: db.name, documentId } satisfies CompactionRequest);
    });
  };
}
