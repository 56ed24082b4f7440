import type { Message } from '../domain/message.ts';
import { SEVERITY_BY_CODE, type DiagnosticCode } from './messages.ts';

export type Severity = 'error' | 'warning';

/** One finding of a check: a stable code with its parameters (src/i18n says it in words), and where. */
export interface Diagnostic extends Message<DiagnosticCode> {
  readonly severity: Severity;
  /** The document concerned, when checking a library. */
  readonly documentId?: string;
  readonly nodeId?: string;
  readonly keywordId?: string;
  /** A JSON pointer into the checked file, for format errors. */
  readonly path?: string;
}

/** Where a diagnostic points. */
export interface DiagnosticTarget {
  readonly documentId?: string | undefined;
  readonly nodeId?: string | undefined;
  readonly keywordId?: string | undefined;
  readonly path?: string | undefined;
}

/** Makes a diagnostic with the code's severity. */
export function createDiagnostic(
  code: DiagnosticCode,
  params: Message['params'],
  target: DiagnosticTarget = {},
): Diagnostic {
  const diagnostic: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
    code,
    severity: SEVERITY_BY_CODE[code],
    params,
  };
  if (target.documentId !== undefined) diagnostic.documentId = target.documentId;
  if (target.nodeId !== undefined) diagnostic.nodeId = target.nodeId;
  if (target.keywordId !== undefined) diagnostic.keywordId = target.keywordId;
  if (target.path !== undefined) diagnostic.path = target.path;
  return diagnostic;
}

/** Counts errors and warnings. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]) {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}
