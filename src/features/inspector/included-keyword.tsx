import type { Outline, OutlinePlace } from '../../domain/outline.ts';
import { getOptions, isKeywordNode } from '../../domain/model.ts';
import type { Strings } from '../../i18n/strings.ts';
import { describeCondition } from '../../formats/describe-condition.ts';

export interface IncludedKeywordProps {
  readonly place: OutlinePlace;
  readonly outline: Outline;
  readonly strings: Strings;
  readonly onOpen: (fragmentId: string) => void;
}

/** A keyword shown from an included fragment: what it is, read-only, and the way to where it is edited. */
export function IncludedKeyword({ place, outline, strings, onOpen }: IncludedKeywordProps) {
  const t = strings.inspector;
  const fragment = outline.fragments.get(place.includeId ?? '');
  const { node } = place;
  const keyword = isKeywordNode(node) ? outline.catalog.get(node.keywordId) : undefined;
  const values = keyword ? getOptions(keyword).map((o) => o.label) : [];
  return (
    <div className="included-keyword">
      {fragment ? <p>{t.includedNode(fragment.title, fragment.version)}</p> : null}
      {keyword ? (
        <dl>
          <dt>{t.term}</dt>
          <dd>{keyword.term}</dd>
          <dt>{t.type}</dt>
          <dd>{strings.keywordType[keyword.type]}</dd>
          {values.length > 0 ? (
            <>
              <dt>{t.valueList}</dt>
              <dd>{values.join(', ')}</dd>
            </>
          ) : null}
          {keyword.description ? (
            <>
              <dt>{t.description}</dt>
              <dd>{keyword.description}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {node.showWhen ? (
        <p>{describeCondition(node.showWhen, node.id, outline, outline.catalog, strings.condition)}</p>
      ) : null}
      {fragment ? (
        <button type="button" onClick={() => onOpen(fragment.id)}>
          {t.openFragment}
        </button>
      ) : null}
    </div>
  );
}
