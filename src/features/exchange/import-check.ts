import type { FragmentVersions } from '../../domain/library.ts';
import { message } from '../../domain/message.ts';
import { checkImport, type ImportCheck } from '../../exchange/import-file.ts';
import { decodeUtf8 } from '../../formats/parse-json.ts';
import { canRunWorkers, CHECK_TIME_LIMIT_MS, runOffThread } from '../../exchange/off-thread.ts';

/** What Importera asks of the check: the file's bytes, and the fragment versions the library has. */
export interface ImportCheckRequest {
  readonly bytes: Uint8Array;
  readonly now: string;
  readonly available: FragmentVersions;
}

/** Decodes the file (strict UTF-8) and checks it; in the worker, so neither step stops the page. */
export function checkImportRequest({ bytes, now, available }: ImportCheckRequest): ImportCheck {
  const text = decodeUtf8(bytes);
  if (typeof text !== 'string') return { ok: false, reason: text.message };
  return checkImport(text, bytes.byteLength, now, available);
}

/**
 * Importera's check (parse, FHIR conversion, schema, rules) in a worker, so a 5,000-node
 * Questionnaire does not stop the page (issue 17: a 301 ms task here before), stopped after the
 * time limit.
 */
export const checkImportOffThread = (request: ImportCheckRequest, timeLimitMs = CHECK_TIME_LIMIT_MS) =>
  runOffThread<ImportCheckRequest, ImportCheck>(
    canRunWorkers()
      ? () => new Worker(new URL('./import-check-worker.ts', import.meta.url), { type: 'module' })
      : undefined,
    request,
    checkImportRequest,
    { ok: false, reason: message('FILE_CHECK_TIMED_OUT', { seconds: timeLimitMs / 1000 }) },
    timeLimitMs,
  );
