import { checkFileText, type FileCheck } from '../../validation/check-file.ts';
import type { Diagnostic } from '../../validation/diagnostics.ts';

/**
 * What checking a backup's text found, as it crosses from the worker: the refusal, or the findings
 * and whether the structure holds (the parsed file stays behind: the page parses the same text
 * again, which costs a tenth of checking it).
 */
export type BackupCheck =
  | Extract<FileCheck, { ok: false }>
  | {
      readonly ok: true;
      readonly kind: 'fragment' | 'library';
      /** The structure holds: the text parses to a file of its kind. */
      readonly valid: boolean;
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly timedOut: true };

/** The request the worker gets. */
export interface BackupCheckRequest {
  readonly text: string;
  readonly byteLength: number;
}

/** A check that takes longer is stopped and the file refused (issue 18: bounded work for any input). */
export const CHECK_TIME_LIMIT_MS = 30_000;

export function checkBackup({ text, byteLength }: BackupCheckRequest): BackupCheck {
  const checked = checkFileText(text, byteLength);
  if (!checked.ok) return checked;
  return {
    ok: true,
    kind: checked.kind,
    valid: checked.file !== undefined,
    diagnostics: checked.diagnostics,
  };
}

/**
 * Checks a backup's text in a worker, so a 25 MB file never blocks the page (issue 18, case 6: 1.7 s
 * here, 9 s before), stopped after `timeLimitMs`. Where workers cannot run, it checks in this thread.
 */
export function checkBackupOffThread(
  request: BackupCheckRequest,
  timeLimitMs: number = CHECK_TIME_LIMIT_MS,
): Promise<BackupCheck> {
  if (typeof Worker !== 'function') return Promise.resolve(checkBackup(request));
  const worker = new Worker(new URL('./backup-check-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<BackupCheck>((resolve) => {
    const timer = setTimeout(() => finish({ ok: false, timedOut: true }), timeLimitMs);
    function finish(result: BackupCheck) {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    }
    worker.addEventListener('message', (event: MessageEvent<BackupCheck>) => finish(event.data));
    // The worker could not start or threw: check here rather than not at all.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      console.error('Backup check: the worker failed, checking in this thread:', event.message);
      finish(checkBackup(request));
    });
    worker.postMessage(request);
  });
}
