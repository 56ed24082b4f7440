import type { Diagnostic } from '../validation/diagnostics.ts';

/** The tables a library is read from. */
export type LibraryTable = 'keywords' | 'documents' | 'versions' | 'trash';

/** Every record of the library as stored, not yet checked. */
export interface StoredRecords {
  readonly keywords: readonly unknown[];
  readonly documents: readonly unknown[];
  readonly versions: readonly unknown[];
  readonly trash: readonly unknown[];
}

/** A stored record the schema refuses: which, and the structural diagnostic (code, params, path). */
export interface RecordProblem {
  readonly table: LibraryTable;
  readonly id: string;
  readonly reason: Diagnostic;
}

/** A record's id as the problem list names it (a damaged record may lack one). */
export const recordId = (record: unknown) => String((record as { id?: unknown } | null)?.id);
