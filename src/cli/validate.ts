import { open } from 'node:fs/promises';
import { LIMITS } from '../domain/limits.ts';
import { checkSize, decodeUtf8 } from '../formats/parse-json.ts';
import { checkFileText, countDiagnostics, type Diagnostic } from '../validation/index.ts';
import { message, type Message } from '../domain/message.ts';
import type { FormatMessage } from '../formats/format-messages.ts';
import { inWords, inBothLanguages, type MessageCode } from '../i18n/in-words.ts';

export type Language = 'sv' | 'en';

/** What checking one file gave: refused (unreadable or untrustworthy), or diagnostics. */
export type FileReport =
  | { readonly file: string; readonly status: 'refused'; readonly message: Message<MessageCode> }
  | {
      readonly file: string;
      readonly status: 'checked';
      readonly kind: 'fragment' | 'library';
      readonly errors: number;
      readonly warnings: number;
      readonly diagnostics: readonly Diagnostic[];
    };

/** A file's text, or why it cannot be read. The size is checked before a single byte is read. */
export async function readTextFile(
  file: string,
): Promise<{ ok: true; text: string; byteLength: number } | { ok: false; message: FormatMessage }> {
  const fail = (code: FormatMessage['code'], params: FormatMessage['params'] = {}) => ({
    ok: false as const,
    message: message(code, params),
  });
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return code === 'ENOENT' ? fail('FILE_MISSING') : fail('FILE_CANNOT_OPEN', { reason: code });
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return fail('FILE_NOT_REGULAR');
    const tooLarge = checkSize(stat.size, LIMITS.libraryFileBytes);
    if (tooLarge) return { ok: false, message: tooLarge.message };
    const bytes = new Uint8Array(await handle.readFile());
    const text = decodeUtf8(bytes);
    if (typeof text !== 'string') return { ok: false, message: text.message };
    return { ok: true, text, byteLength: bytes.byteLength };
  } finally {
    await handle.close();
  }
}

/** Reads and checks one file. */
export async function validateFile(file: string): Promise<FileReport> {
  const read = await readTextFile(file);
  if (!read.ok) return { file, status: 'refused', message: read.message };
  const result = checkFileText(read.text, read.byteLength);
  if (!result.ok) return { file, status: 'refused', message: result.refusal };
  return {
    file,
    status: 'checked',
    kind: result.kind,
    ...countDiagnostics(result.diagnostics),
    diagnostics: result.diagnostics.slice(0, LIMITS.diagnosticsShown),
  };
}

/** One line per finding, then a summary line per file. */
export function formatReportText(report: FileReport, language: Language): string {
  if (report.status === 'refused') {
    return inWords(message('CLI_REFUSED', { file: report.file, reason: report.message }), language);
  }
  const lines = report.diagnostics.map((d) => {
    const at = d.nodeId ?? d.keywordId ?? d.path ?? d.documentId ?? '';
    const text = inWords(d, language);
    return inWords(
      message('CLI_FINDING', { file: report.file, severity: d.severity, code: d.code, at, text }),
      language,
    );
  });
  const { errors, warnings } = report;
  return [...lines, inWords(message('CLI_SUMMARY', { file: report.file, errors, warnings }), language)].join(
    '\n',
  );
}

/**
 * The --json form of a report: codes and parameters as they are, and each message in both languages
 * (scripts read the codes; people read the words).
 */
export function toJsonReport(report: FileReport) {
  if (report.status === 'refused')
    return { ...report, message: { ...report.message, ...inBothLanguages(report.message) } };
  return {
    ...report,
    diagnostics: report.diagnostics.map((d) => ({ ...d, message: inBothLanguages(d) })),
  };
}

/** Exit status: 2 when a file could not be read or parsed, else 1 when any has errors, else 0. */
export function exitCodeFor(reports: readonly FileReport[]): 0 | 1 | 2 {
  if (reports.some((r) => r.status === 'refused')) return 2;
  if (reports.some((r) => r.status === 'checked' && r.errors > 0)) return 1;
  return 0;
}
