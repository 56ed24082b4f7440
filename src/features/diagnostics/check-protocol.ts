/**
 * What Kontroll's checker is asked and answers, across the worker boundary: its own module, so
 * the page (live-checks.ts) and the worker (check-worker.ts, check-host.ts) share it without
 * importing each other.
 */
import type { Patch } from 'immer';
import type { LibraryState } from '../../domain/library.ts';
import type { Diagnostic } from '../../validation/diagnostics.ts';

/** One request to check a document of a library. */
export interface CheckRequest {
  readonly request: number;
  readonly documentId: string | undefined;
  readonly library: LibraryState;
  /** How `library` follows from the library of the request before, when known. */
  readonly patches?: readonly Patch[] | undefined;
}

/** What the worker is sent: the whole library, or only the patches that lead to it. */
export type CheckMessage = Omit<CheckRequest, 'library' | 'patches'> &
  ({ readonly library: LibraryState } | { readonly patches: readonly Patch[] });

export interface CheckResult {
  readonly request: number;
  readonly documentId: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** The checker lost the library: send all of it again. */
  readonly resend?: boolean;
  /** The checks failed: why. */
  readonly error?: string | undefined;
  /** The worker did not answer within the time limit and was replaced. */
  readonly timedOut?: boolean | undefined;
}
