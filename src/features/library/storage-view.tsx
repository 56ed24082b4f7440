import { useState } from 'react';
import { useLanguage, useStrings } from '../../i18n/language.tsx';

/** What the browser says about this site's storage. */
export interface StorageFacts {
  readonly persisted: boolean | undefined;
  readonly usageBytes: number | undefined;
  readonly quotaBytes: number | undefined;
}

const formatBytes = (bytes: number | undefined, language: string) =>
  bytes === undefined
    ? '?'
    : `${(bytes / 1024 / 1024).toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 })} MB`;

/** "Lagring": whether the browser keeps the library under pressure, and how much space it uses. */
export function StorageView({ load }: { load: () => Promise<StorageFacts> }) {
  const t = useStrings().save;
  const language = useLanguage();
  const [facts, setFacts] = useState<StorageFacts | undefined>();
  const refresh = () => void load().then(setFacts);
  return (
    <details
      className="storage-view"
      onToggle={(e) => {
        if (e.currentTarget.open) refresh();
      }}
    >
      <summary>{t.storage}</summary>
      {facts ? (
        <>
          <p>
            {facts.persisted === undefined
              ? t.unknownPersisted
              : facts.persisted
                ? t.persisted
                : t.notPersisted}
          </p>
          <p>{t.usage(formatBytes(facts.usageBytes, language), formatBytes(facts.quotaBytes, language))}</p>
        </>
      ) : null}
      <button type="button" onClick={refresh}>
        {t.refresh}
      </button>
    </details>
  );
}
