// Folds a document's saved edits into its record off the page's thread (see compactor.ts).
import { LibraryDatabase } from './database.ts';
import { compactDocument } from './document-store.ts';
import type { CompactionRequest, CompactionResult } from './compactor.ts';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<CompactionRequest>) => void): void;
  postMessage(result: CompactionResult): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const db = new LibraryDatabase(event.data.databaseName);
  compactDocument(db, event.data.documentId)
    .then(() => scope.postMessage({ ok: true }))
    .catch((error: unknown) =>
      scope.postMessage({
        ok: false,
        reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      }),
    )
    .finally(() => db.close());
});
