import { RULES, type DiagnosticCode } from './messages.ts';

export type Severity = 'error' | 'warning';

/** One finding of a check: a stable code, where it is, and what to do, in Swedish and English. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: { readonly sv: string; readonly en: string };
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

/** Makes a diagnostic with the code's severity and messages. */
export function createDiagnostic(
  code: DiagnosticCode,
  params: Readonly<Record<string, string | number>>,
  target: DiagnosticTarget = {},
): Diagnostic {
  const rule = RULES[code];
  const diagnostic: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
    code,
    severity: rule.severity,
    message: { sv: rule.sv(params), en: rule.en(params) },
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
