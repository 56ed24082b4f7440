import { useId, useMemo, useState } from 'react';
import { mergeKeywords } from '../../commands/merge-keywords.ts';
import { placeKeyword } from '../../commands/place-keyword.ts';
import { renameKeyword } from '../../commands/update-keyword.ts';
import { useEditor } from '../../state/use-editor.ts';
import type { KeywordSearch } from './keyword-search.ts';
import { getKeywordUsages, type KeywordUsage } from '../../domain/keyword-usage.ts';
import type { Keyword } from '../../domain/model.ts';
import type { LibraryState } from '../../domain/library.ts';
import type { Strings } from '../../i18n/strings.ts';
import { useRun } from '../../state/run-context.ts';

export interface KeywordDetailsProps {
  readonly keyword: Keyword;
  readonly usages: readonly KeywordUsage[];
  readonly library: LibraryState;
  readonly t: Strings;
  readonly search: KeywordSearch;
  readonly onOpenPlace: (usage: KeywordUsage) => void;
}

/** Keywords this one could be merged with: the same type, most alike by term first (at most 50). */
function useMergeCandidates(keyword: Keyword, library: LibraryState, search: KeywordSearch) {
  return useMemo(() => {
    const alike = (search.search(keyword.term) ?? []).flatMap((id) => library.keywords.get(id) ?? []);
    return alike.filter((k) => k.id !== keyword.id && k.type === keyword.type).slice(0, 50);
  }, [keyword, library.keywords, search]);
}

/** One keyword of the catalogue: its term (renamed here for every document), what it is, and where it is used. */
export function KeywordDetails({ keyword, usages, library, t, search, onOpenPlace }: KeywordDetailsProps) {
  const run = useRun();
  const termId = useId();
  const usedInId = useId();
  const mergeId = useId();
  const candidates = useMergeCandidates(keyword, library, search);
  const [mergeWith, setMergeWith] = useState('');
  // Merging rewrites every place of the other keyword: it asks first, naming what moves.
  const [confirming, setConfirming] = useState(false);
  const chosen = candidates.find((k) => k.id === mergeWith) ?? candidates[0];
  const openDocument = useEditor((s) =>
    s.openDocumentId === undefined ? undefined : s.library.documents.get(s.openDocumentId),
  );
  const selectedNodeId = useEditor((s) => s.selectedNodeId);
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
      {openDocument ? (
        <p>
          <button
            type="button"
            onClick={() =>
              run((l, c) =>
                placeKeyword(
                  l,
                  { documentId: openDocument.id, keywordId: keyword.id, after: selectedNodeId },
                  c,
                ),
              )
            }
          >
            {t.catalogue.place(openDocument.title)}
          </button>{' '}
          <span className="hint">{t.catalogue.placeHint}</span>
        </p>
      ) : null}
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
      <h3 id={mergeId}>{t.catalogue.merge}</h3>
      {chosen ? (
        <div className="field-row" role="group" aria-labelledby={mergeId}>
          <label>
            {t.catalogue.mergeWith}
            <select value={chosen.id} onChange={(event) => setMergeWith(event.currentTarget.value)}>
              {candidates.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.term} ({k.id})
                </option>
              ))}
            </select>
          </label>
          <button type="button" aria-expanded={confirming} onClick={() => setConfirming(true)}>
            {t.catalogue.mergeButton}
          </button>
          <p className="hint">{t.catalogue.mergeHint}</p>
          {confirming ? (
            <div className="confirm" role="group" aria-label={t.catalogue.mergeConfirmLabel}>
              <p>
                {t.catalogue.mergeConfirm(
                  chosen.term,
                  keyword.term,
                  getKeywordUsages(library).get(chosen.id)?.length ?? 0,
                )}
              </p>
              <button
                type="button"
                onClick={() => {
                  setConfirming(false);
                  run((l) => mergeKeywords(l, { keepId: keyword.id, mergeId: chosen.id }));
                }}
              >
                {t.catalogue.mergeButton}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {t.exchange.cancel}
              </button>
            </div>
          ) : null}
        </div>
      ) : (
        <p>{t.catalogue.mergeNone}</p>
      )}
    </section>
  );
}
