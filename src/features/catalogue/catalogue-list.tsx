import { useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Keyword } from '../../domain/model.ts';
import type { Strings } from '../../i18n/strings.ts';

const ROW_HEIGHT = 34;
const optionId = (listId: string, keywordId: string) => `${listId}-${keywordId}`;

export interface CatalogueListProps {
  readonly id: string;
  readonly keywords: readonly Keyword[];
  readonly placesOf: (keywordId: string) => number;
  readonly selectedId: string | undefined;
  readonly onSelect: (keywordId: string) => void;
  readonly t: Strings;
  /** The query the rows answer (data-query): tests and the benchmark see when results are painted. */
  readonly query: string;
}

/**
 * The catalogue's keywords as a WAI-ARIA listbox, virtualised (20,000 rows cost what a screenful
 * does): the list takes focus and the arrows, Home and End move the selection (aria-activedescendant).
 */
export function CatalogueList({
  id,
  keywords,
  placesOf,
  selectedId,
  onSelect,
  t,
  query,
}: CatalogueListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's functions are not memoised; nothing here is
  const virtualizer = useVirtualizer({
    count: keywords.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const selectedIndex = keywords.findIndex((k) => k.id === selectedId);
  const move = (index: number) => {
    const next = keywords[Math.max(0, Math.min(keywords.length - 1, index))];
    if (!next) return;
    onSelect(next.id);
    virtualizer.scrollToIndex(keywords.indexOf(next));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step: Record<string, number | undefined> = {
      ArrowDown: selectedIndex + 1,
      ArrowUp: selectedIndex - 1,
      Home: 0,
      End: keywords.length - 1,
      PageDown: selectedIndex + 10,
      PageUp: selectedIndex - 10,
    };
    const to = step[event.key];
    if (to === undefined) return;
    event.preventDefault();
    move(selectedIndex < 0 && event.key === 'ArrowDown' ? 0 : to);
  };
  return (
    <div
      ref={listRef}
      id={id}
      role="listbox"
      aria-label={t.catalogue.list}
      aria-activedescendant={selectedIndex >= 0 ? optionId(id, selectedId!) : undefined}
      tabIndex={0}
      className="catalogue-list"
      data-query={query}
      onKeyDown={onKeyDown}
    >
      <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const keyword = keywords[item.index]!;
          const places = placesOf(keyword.id);
          return (
            <div
              key={keyword.id}
              id={optionId(id, keyword.id)}
              role="option"
              aria-selected={keyword.id === selectedId}
              className={`catalogue-row${keyword.id === selectedId ? ' is-selected' : ''}`}
              style={{ top: item.start, height: ROW_HEIGHT }}
              onClick={() => onSelect(keyword.id)}
            >
              <span className="catalogue-term">{keyword.term}</span>
              <span className="catalogue-meta">
                {t.keywordType[keyword.type]} · {t.inspector.keywordStatus[keyword.status]}
                {keyword.codes?.length ? ` · ${keyword.codes.map((c) => c.code).join(', ')}` : ''}
              </span>
              <span className={places === 0 ? 'catalogue-places is-unused' : 'catalogue-places'}>
                {t.catalogue.places(places)}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
