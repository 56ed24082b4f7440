import { useId } from 'react';
import { renameKeyword } from '../../commands/index.ts';
import type { KeywordUsage } from '../../domain/keyword-usage.ts';
import type { Keyword } from '../../domain/model.ts';
import type { LibraryState } from '../../domain/library.ts';
import type { Strings } from '../../i18n/strings.ts';
import { useRun } from '../../state/run-context.ts';

export interface KeywordDetailsProps {
  readonly keyword: Keyword;
  readonly usages: readonly KeywordUsage[];
  readonly library: LibraryState;
  readonly t: Strings;
  readonly onOpenPlace: (usage: KeywordUsage) => void;
}

/** One keyword of the catalogue: its term (renamed here for every document), what it is, and where it is used. */
export function KeywordDetails({ keyword, usages, library, t, onOpenPlace }: KeywordDetailsProps) {
  const run = useRun();
  const termId = useId();
  const usedInId = useId();
  const commit = (value: string) => {
    if (value.trim() !== keyword.term)
      run((l, c) => renameKeyword(l, { keywordId: keyword.id, term: value }, c));
  };
  return (
    <section className="catalogue-details" aria-label={t.catalogue.keyword}>
      <label htmlFor={termId}>{t.inspector.term}</label>
      <input
        id={termId}
        key={`${keyword.id}-${keyword.term}`}
        defaultValue={keyword.term}
        data-native-undo=""
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget.value);
        }}
        onBlur={(event) => commit(event.currentTarget.value)}
      />
      <dl>
        <dt>{t.inspector.type}</dt>
        <dd>{t.keywordType[keyword.type]}</dd>
        <dt>{t.inspector.status}</dt>
        <dd>{t.inspector.keywordStatus[keyword.status]}</dd>
        {keyword.codes?.length ? (
          <>
            <dt>{t.catalogue.codes}</dt>
            <dd>{keyword.codes.map((c) => `${c.system} ${c.code}`).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <h3 id={usedInId}>{t.catalogue.usedIn}</h3>
      {usages.length === 0 ? (
        <p>{t.catalogue.notUsed}</p>
      ) : (
        <ul aria-labelledby={usedInId}>
          {usages.map((usage) => (
            <li key={`${usage.documentId}-${usage.nodeId}`}>
              <button type="button" className="link" onClick={() => onOpenPlace(usage)}>
                {t.catalogue.openPlace(
                  library.documents.get(usage.documentId)?.title ?? usage.documentId,
                  usage.path.join(' › '),
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
