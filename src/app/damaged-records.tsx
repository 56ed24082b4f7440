import { downloadText } from '../features/exchange/download.ts';
import { inWords } from '../i18n/in-words.ts';
import { useLanguage, useStrings } from '../i18n/language.tsx';
import { damagedInFile, type DamagedRecords } from './damaged.ts';

/**
 * Records in the browser's storage that do not pass the schema (issue 18, case 4): not shown in
 * the library, but named here with why, left untouched in IndexedDB, and downloadable as they are
 * so nothing is lost to a damaged byte; backups carry them too.
 */
export function DamagedRecordsAlert({ records }: { records: DamagedRecords }) {
  const t = useStrings();
  const language = useLanguage();
  const download = () => {
    const now = new Date().toISOString();
    const file = {
      format: 'termverkstad-damaged-records',
      savedAt: now,
      records: damagedInFile(records),
    };
    downloadText(
      `termverkstad-skadade-poster-${now.slice(0, 10)}.json`,
      'application/json',
      `${JSON.stringify(file, null, 2)}\n`,
    );
  };
  return (
    <div className="save-status is-failed damaged-records" role="alert">
      <p>{t.save.damaged(records.length)}</p>
      <ul>
        {records.slice(0, 5).map((r) => (
          <li key={`${r.table}:${r.id}`}>
            {t.save.damagedRecord(t.save.tables[r.table], r.id, inWords(r.reason, language))}
          </li>
        ))}
      </ul>
      <button type="button" onClick={download}>
        {t.save.downloadDamaged}
      </button>
    </div>
  );
}
