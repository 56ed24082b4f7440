import { checkStructure } from '../validation/structural.ts';
import type { Diagnostic } from '../validation/diagnostics.ts';
import { recordId, type LibraryTable, type RecordProblem, type StoredRecords } from './library-records.ts';

/**
 * The stored records that do not pass the schema, each with the first problem found. A document
 * record is checked by its document (the record's id and revision are the database's own).
 */
export function findRecordProblems(records: StoredRecords): RecordProblem[] {
  const problems: RecordProblem[] = [];
  type Check = (record: unknown) => { ok: true } | { ok: false; diagnostic: Diagnostic };
  const checks: readonly [LibraryTable, Check][] = [
    ['keywords', checkStructure.keyword],
    ['documents', (record) => checkStructure.document((record as { document?: unknown } | null)?.document)],
    ['versions', checkStructure.savedVersion],
    ['trash', checkStructure.trashEntry],
  ];
  for (const [table, check] of checks)
    for (const record of records[table]) {
      const checked = check(record);
      if (!checked.ok) problems.push({ table, id: recordId(record), reason: checked.diagnostic });
    }
  return problems;
}
