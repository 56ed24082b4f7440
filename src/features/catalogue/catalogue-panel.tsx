import { useDeferredValue, useId, useMemo, useState } from 'react';
import { getKeywordUsages, type KeywordUsage } from '../../domain/keyword-usage.ts';
import { KEYWORD_TYPE_ORDER } from '../../domain/keyword-types.ts';
import type { KeywordStatus, KeywordType } from '../../domain/model.ts';
import { useStrings } from '../../i18n/language.tsx';
import { useEditor } from '../../state/use-editor.ts';
import { useRun } from '../../state/run-context.ts';
import { removeUnusedKeywords } from '../../commands/remove-unused-keywords.ts';
import { CatalogueList } from './catalogue-list.tsx';
import { KeywordDetails } from './keyword-details.tsx';
import { KeywordSearch } from './keyword-search.ts';

const STATUSES: readonly KeywordStatus[] = ['proposed', 'active', 'retired'];
const NO_USAGES: readonly KeywordUsage[] = [];

export interface CataloguePanelProps {
  readonly onBack: () => void;
  readonly onOpenPlace: (usage: KeywordUsage) => void;
}

/** "Sökordskatalog": every keyword of the library, searched as you type, filtered, with where it is used. */
export function CataloguePanel({ onBack, onOpenPlace }: CataloguePanelProps) {
  const t = useStrings();
  const run = useRun();
  const library = useEditor((s) => s.library);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [type, setType] = useState<KeywordType | ''>('');
  const [status, setStatus] = useState<KeywordStatus | ''>('');
  const [unusedOnly, setUnusedOnly] = useState(false);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  // Typing stays responsive on a large catalogue: the list follows the query a frame later if it must.
  const deferredQuery = useDeferredValue(query);
  const search = useMemo(() => new KeywordSearch(library.keywords.values()), [library.keywords]);
  const usages = getKeywordUsages(library);
  const sorted = useMemo(() => {
    const collator = new Intl.Collator('sv');
    return [...library.keywords.values()].sort((a, b) => collator.compare(a.term, b.term));
  }, [library.keywords]);
  const shown = useMemo(() => {
    const found = search.search(deferredQuery);
    const base = found ? found.flatMap((id) => library.keywords.get(id) ?? []) : sorted;
    return base.filter(
      (k) =>
        (type === '' || k.type === type) &&
        (status === '' || k.status === status) &&
        (!unusedOnly || !usages.has(k.id)),
    );
  }, [search, deferredQuery, sorted, library.keywords, type, status, unusedOnly, usages]);
  const selected = selectedId === undefined ? undefined : library.keywords.get(selectedId);

  return (
    <div className="catalogue">
      <nav className="catalogue-nav" aria-labelledby={`${listId}-heading`}>
        <div className="catalogue-head">
          <h2 id={`${listId}-heading`}>{t.catalogue.title}</h2>
          <button type="button" onClick={onBack}>
            {t.catalogue.back}
          </button>
        </div>
        <div className="catalogue-filters">
          <input
            type="search"
            aria-label={t.catalogue.search}
            placeholder={t.catalogue.search}
            aria-controls={listId}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
          <label>
            {t.catalogue.type}
            <select value={type} onChange={(event) => setType(event.currentTarget.value as KeywordType | '')}>
              <option value="">{t.catalogue.allTypes}</option>
              {KEYWORD_TYPE_ORDER.map((value) => (
                <option key={value} value={value}>
                  {t.keywordType[value]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.catalogue.status}
            <select
              value={status}
              onChange={(event) => setStatus(event.currentTarget.value as KeywordStatus | '')}
            >
              <option value="">{t.catalogue.allStatuses}</option>
              {STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t.inspector.keywordStatus[value]}
                </option>
              ))}
            </select>
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={unusedOnly}
              onChange={(event) => setUnusedOnly(event.currentTarget.checked)}
            />
            {t.catalogue.unusedOnly}
          </label>
        </div>
        {unusedOnly && shown.length > 0 ? (
          <button type="button" onClick={() => run(removeUnusedKeywords)}>
            {t.catalogue.removeUnused(shown.length)}
          </button>
        ) : null}
        <p className="catalogue-count" aria-live="polite">
          {shown.length === 0
            ? t.catalogue.noneFound
            : t.catalogue.count(shown.length, library.keywords.size)}
        </p>
        <CatalogueList
          id={listId}
          keywords={shown}
          placesOf={(id) => usages.get(id)?.length ?? 0}
          selectedId={selectedId}
          onSelect={setSelectedId}
          t={t}
          query={deferredQuery}
        />
      </nav>
      {selected ? (
        <KeywordDetails
          keyword={selected}
          usages={usages.get(selected.id) ?? NO_USAGES}
          library={library}
          t={t}
          search={search}
          onOpenPlace={onOpenPlace}
        />
      ) : (
        <p className="catalogue-details">{t.catalogue.choose}</p>
      )}
    </div>
  );
}
