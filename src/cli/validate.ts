import { open } from 'node:fs/promises';
import { LIMITS } from '../domain/limits.ts';
import { checkSize, decodeUtf8 } from '../formats/parse-json.ts';
import { checkFileText, countDiagnostics, type Diagnostic } from '../validation/index.ts';

export type Language = 'sv' | 'en';

/** What checking one file gave: refused (unreadable or untrustworthy), or diagnostics. */
export type FileReport =
  | { readonly file: string; readonly status: 'refused'; readonly message: { sv: string; en: string } }
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
): Promise<
  { ok: true; text: string; byteLength: number } | { ok: false; message: { sv: string; en: string } }
> {
  const fail = (sv: string, en: string) => ({ ok: false as const, message: { sv, en } });
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return code === 'ENOENT'
      ? fail('Filen finns inte.', 'The file does not exist.')
      : fail(`Filen kan inte öppnas (${code}).`, `The file cannot be opened (${code}).`);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return fail('Det är ingen vanlig fil.', 'It is not a regular file.');
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

const SEVERITY = {
  sv: { error: 'fel', warning: 'varning' },
  en: { error: 'error', warning: 'warning' },
} as const;

/** One line per finding, then a summary line per file. */
export function formatReportText(report: FileReport, language: Language): string {
  if (report.status === 'refused') {
    const label = language === 'sv' ? 'kan inte läsas' : 'cannot be read';
    return `${report.file}: ${label}: ${report.message[language]}`;
  }
  const lines = report.diagnostics.map((d) => {
    const where = d.nodeId ?? d.keywordId ?? d.path ?? d.documentId;
    const at = where ? ` [${where}]` : '';
    return `${report.file}: ${SEVERITY[language][d.severity]} ${d.code}${at}: ${d.message[language]}`;
  });
  const summary =
    language === 'sv'
      ? `${report.file}: ${report.errors === 0 ? 'giltig' : 'ogiltig'} (${report.errors} fel, ${report.warnings} varningar)`
      : `${report.file}: ${report.errors === 0 ? 'valid' : 'invalid'} (${report.errors} errors, ${report.warnings} warnings)`;
  return [...lines, summary].join('\n');
}

/** Exit status: 2 when a file could not be read or parsed, else 1 when any has errors, else 0. */
export function exitCodeFor(reports: readonly FileReport[]): 0 | 1 | 2 {
  if (reports.some((r) => r.status === 'refused')) return 2;
  if (reports.some((r) => r.status === 'checked' && r.errors > 0)) return 1;
  return 0;
}
