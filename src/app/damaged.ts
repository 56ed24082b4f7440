import type { DamagedRecord } from '../domain/model.ts';
import { inWords } from '../i18n/in-words.ts';
import type { LoadedLibrary } from '../persistence/library-load.ts';

/** Records in storage that did not pass the schema on load, with the diagnostic that refused each. */
export type DamagedRecords = LoadedLibrary['skipped'];

/** As a file carries them (a backup, or "Spara de skadade posterna"): the reason in English words. */
export const damagedInFile = (records: DamagedRecords): DamagedRecord[] =>
  records.map(({ table, id, reason, record }) => ({
    table,
    id,
    reason: inWords(reason, 'en'),
    json: JSON.stringify(record),
  }));

/** The ids of the damaged keyword records. */
export const damagedKeywordIds = (records: DamagedRecords | undefined): ReadonlySet<string> =>
  new Set((records ?? []).filter((r) => r.table === 'keywords').map((r) => r.id));
