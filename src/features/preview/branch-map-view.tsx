import { useId, useMemo } from 'react';
import type { Catalog, TreeDocument } from '../../domain/model.ts';
import { isKeywordNode } from '../../domain/model.ts';
import { getSubtreeIds, indexTree } from '../../domain/tree.ts';
import { describeCondition } from '../../formats/describe-condition.ts';
import { getBranchMap } from '../../validation/branch-map.ts';
import { useLanguage, useStrings } from '../../i18n/language.tsx';
import { inWords } from '../../i18n/in-words.ts';

export interface BranchMapViewProps {
  /** The document with its fragments assembled. */
  readonly document: TreeDocument;
  readonly catalog: Catalog;
  /** Shows a node in the editor's tree; given only for nodes of the open document itself. */
  readonly onShowNode: (nodeId: string) => void;
  /** Whether a node id belongs to the open document (not to an included fragment). */
  readonly isOwnNode: (nodeId: string) => boolean;
}

/**
 * "Grenar": the document's dynamic points at a glance. For each keyword that conditions refer to,
 * each of its answers and what it reveals; then every conditional keyword with, in plain words,
 * what makes it appear; branches that can never open are flagged.
 */
export function BranchMapView({ document, catalog, onShowNode, isOwnNode }: BranchMapViewProps) {
  const t = useStrings();
  const language = useLanguage();
  const headingId = useId();
  const index = useMemo(() => indexTree(document.nodes), [document.nodes]);
  const map = useMemo(() => getBranchMap(document, catalog), [document, catalog]);
  const termOf = (nodeId: string) => {
    const node = index.places.get(nodeId)?.node;
    if (!node) return nodeId;
    return isKeywordNode(node)
      ? (catalog.get(node.keywordId)?.term ?? node.keywordId)
      : node.include.fragmentId;
  };
  const below = (nodeId: string) => {
    const node = index.places.get(nodeId)?.node;
    return node ? getSubtreeIds(node).length - 1 : 0;
  };
  const nodeName = (nodeId: string) => {
    const term = termOf(nodeId);
    const under = below(nodeId);
    const text = under > 0 ? `${term} (+${under})` : term;
    return isOwnNode(nodeId) ? (
      <button
        type="button"
        className="link"
        aria-label={t.branches.showInTree(term)}
        onClick={() => onShowNode(nodeId)}
      >
        {text}
      </button>
    ) : (
      text
    );
  };
  const never = map.conditional.filter((c) => c.neverOpens).length;

  return (
    // Focusable, so the keyboard scrolls it like the mouse does (axe: scrollable-region-focusable).
    <section className="branch-map" aria-labelledby={headingId} tabIndex={0}>
      <h3 id={headingId}>{t.branches.title}</h3>
      <p className="branch-intro">{t.branches.intro}</p>
      {map.conditional.length === 0 ? (
        <p>{t.branches.none}</p>
      ) : (
        <>
          <p>{t.branches.summary(map.controls.length, map.conditional.length, never)}</p>
          <h4>{t.branches.controls}</h4>
          <ul className="branch-controls">
            {map.controls.map((control) => (
              <li key={control.nodeId}>
                <span className="branch-source">{nodeName(control.nodeId)}</span>{' '}
                <span className="branch-type">{t.keywordType[control.keyword.type]}</span>
                <dl>
                  {control.answers.map((answer) => (
                    <div key={answer.label ?? ''}>
                      <dt>{answer.label ?? t.branches.noAnswer}</dt>
                      <dd>
                        {answer.reveals.length === 0 ? (
                          t.branches.revealsNothing
                        ) : (
                          <ul>
                            {answer.reveals.map((revealed) => (
                              <li key={revealed.nodeId}>
                                {nodeName(revealed.nodeId)}
                                {revealed.needsMore ? ` ${t.branches.needsMore}` : ''}
                              </li>
                            ))}
                          </ul>
                        )}
                      </dd>
                    </div>
                  ))}
                  {control.comparedBy.length > 0 ? (
                    <div>
                      <dt>{t.branches.comparedBy}</dt>
                      <dd>
                        <ul>
                          {control.comparedBy.map((id) => (
                            <li key={id}>{nodeName(id)}</li>
                          ))}
                        </ul>
                      </dd>
                    </div>
                  ) : null}
                </dl>
              </li>
            ))}
          </ul>
          <h4>{t.branches.conditional}</h4>
          <ul className="branch-conditional">
            {map.conditional.map((entry) => (
              <li key={entry.nodeId} className={entry.neverOpens ? 'is-error' : undefined}>
                {nodeName(entry.nodeId)}:{' '}
                {describeCondition(entry.condition, entry.nodeId, index, catalog, t.condition, {
                  nameParent: true,
                })}
                {entry.neverOpens ? (
                  <strong className="branch-never">
                    {' '}
                    {t.branches.neverOpens(inWords(entry.neverOpens, language))}
                  </strong>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
