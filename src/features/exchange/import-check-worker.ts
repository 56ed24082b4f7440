// Importera's check off the page's thread (see import-check.ts).
import type { ImportCheck } from '../../exchange/import-file.ts';
import { checkImportRequest, type ImportCheckRequest } from './import-check.ts';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportCheckRequest>) => void): void;
  postMessage(result: ImportCheck): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', (event) => scope.postMessage(checkImportRequest(event.data)));
