// Checks a backup off the page's thread (see backup-check.ts).
import { checkBackup, type BackupCheck, type BackupCheckRequest } from './backup-check.ts';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<BackupCheckRequest>) => void): void;
  postMessage(result: BackupCheck): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', (event) => scope.postMessage(checkBackup(event.data)));
