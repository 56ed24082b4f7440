import { checkFileText, type FileCheck } from '../../validation/check-file.ts';
import type { Diagnostic } from '../../validation/diagnostics.ts';
import { message } from '../../domain/message.ts';
import { canRunWorkers, CHECK_TIME_LIMIT_MS, runOffThread } from '../../exchange/off-thread.ts';

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
    };

/** The request the worker gets. */
export interface BackupCheckRequest {
  readonly text: string;
  readonly byteLength: number;
}

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
 * here before), stopped after `timeLimitMs`.
 */
export const checkBackupOffThread = (request: BackupCheckRequest, timeLimitMs = CHECK_TIME_LIMIT_MS) =>
  runOffThread<BackupCheckRequest, BackupCheck>(
    canRunWorkers()
      ? () => new Worker(new URL('./backup-check-worker.ts', import.meta.url), { type: 'module' })
      : undefined,
    request,
    checkBackup,
    { ok: false, refusal: message('FILE_CHECK_TIMED_OUT', { seconds: timeLimitMs / 1000 }) },
    timeLimitMs,
  );
