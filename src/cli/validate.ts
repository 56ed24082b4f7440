import { LIMITS } from '../domain/limits.ts';
import {
  checkFileText,
  checkFolder,
  countDiagnostics,
  lineOf,
  type Diagnostic,
} from '../validation/index.ts';
import { posix } from 'node:path';
import { isDirectory, readFolder } from './folder.ts';
import { readTextFile } from './read-file.ts';
import { message, type Message } from '../domain/message.ts';
import { inBothLanguages, inTerminalWords, type CliMessageCode } from './cli-words.ts';
import { internalError } from './internal-error.ts';

export type Language = 'sv' | 'en';

/** What checking one file gave: refused (unreadable or untrustworthy), or diagnostics. */
export type FileReport =
  | { readonly file: string; readonly status: 'refused'; readonly message: Message<CliMessageCode> }
  | {
      readonly file: string;
      readonly status: 'checked';
      readonly kind: 'fragment' | 'library' | 'folder';
      readonly errors: number;
      readonly warnings: number;
      /** Each with the 1-based line it points at. */
      readonly diagnostics: readonly (Diagnostic & { readonly line: number })[];
    };

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
    diagnostics: result.diagnostics.slice(0, LIMITS.diagnosticsShown).map((d) => ({
      ...d,
      line: lineOf(read.text, d.nodeId !== undefined ? { id: d.nodeId } : { pointer: d.path ?? '' }),
    })),
  };
}

/**
 * Checks a library folder: one report per file that has findings or could not be read, and one
 * for the folder's manifest (termverkstad.json) that always comes, so a clean folder says "giltig".
 */
export async function validateFolder(dir: string): Promise<FileReport[]> {
  const { files, unreadable } = await readFolder(dir);
  const at = (path: string) => posix.join(dir.split('\\').join('/'), path);
  const reports: FileReport[] = unreadable.map((u) => ({
    file: at(u.path),
    status: 'refused',
    message: u.message,
  }));
  const result = checkFolder(files);
  if (!result.ok) return [...reports, { file: dir, status: 'refused', message: result.refusal }];
  for (const report of result.files) {
    if (report.status === 'refused') {
      reports.push({ file: at(report.file), status: 'refused', message: report.message });
      continue;
    }
    if (report.diagnostics.length === 0 && report.file !== 'termverkstad.json') continue;
    reports.push({
      file: at(report.file),
      status: 'checked',
      kind: 'folder',
      ...countDiagnostics(report.diagnostics),
      diagnostics: report.diagnostics.slice(0, LIMITS.diagnosticsShown),
    });
  }
  return reports;
}

/** Checks each path named: a folder as a library folder, anything else as one file. */
export async function validatePaths(paths: readonly string[]): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const path of paths) {
    // A bug met on one file is that file's report: the others are still checked and reported.
    try {
      if (await isDirectory(path)) reports.push(...(await validateFolder(path)));
      else reports.push(await validateFile(path));
    } catch (error) {
      reports.push({ file: path, status: 'refused', message: internalError(error) });
    }
  }
  return reports;
}

/** One line per finding, then a summary line per file. */
export function formatReportText(report: FileReport, language: Language): string {
  if (report.status === 'refused') {
    return inTerminalWords(message('CLI_REFUSED', { file: report.file, reason: report.message }), language);
  }
  const lines = report.diagnostics.map((d) => {
    const at = d.nodeId ?? d.keywordId ?? d.path ?? d.documentId ?? '';
    const text = inTerminalWords(d, language);
    return inTerminalWords(
      message('CLI_FINDING', { file: report.file, severity: d.severity, code: d.code, at, text }),
      language,
    );
  });
  const { errors, warnings } = report;
  return [
    ...lines,
    inTerminalWords(message('CLI_SUMMARY', { file: report.file, errors, warnings }), language),
  ].join('\n');
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
export function exitCodeFor(reports: readonly FileReport[]): 0 | 1 | 2 | 3 {
  if (reports.some((r) => r.status === 'refused' && r.message.code === 'CLI_INTERNAL_ERROR')) return 3;
  if (reports.some((r) => r.status === 'refused')) return 2;
  if (reports.some((r) => r.status === 'checked' && r.errors > 0)) return 1;
  return 0;
}
