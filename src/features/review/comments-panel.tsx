import { useId, useState } from 'react';
import { addComment, setCommentResolved } from '../../commands/comments.ts';
import type { Catalog, TreeDocument } from '../../domain/model.ts';
import { isKeywordNode } from '../../domain/model.ts';
import { getOpenComments, indexTree } from '../../domain/index.ts';
import { useStrings } from '../../i18n/language.tsx';
import { useRun } from '../../state/run-context.ts';
import { rememberedName } from '../../state/user-name.ts';

/**
 * "Kommentarer": review comments on the document or on the selected keyword, open until resolved.
 * Approval is refused while any is open; the tree marks the rows that have open comments.
 */
export function CommentsPanel(props: {
  readonly document: TreeDocument;
  readonly catalog: Catalog;
  /** A fragment's title, for a comment on an include. */
  readonly titleOf: (documentId: string) => string | undefined;
  readonly selectedNodeId: string | undefined;
  readonly onSelectNode: (nodeId: string) => void;
}) {
  const { document, catalog, titleOf, selectedNodeId, onSelectNode } = props;
  const t = useStrings().comments;
  const run = useRun();
  const headingId = useId();
  const textId = useId();
  const [text, setText] = useState('');
  const [onNode, setOnNode] = useState(true);
  const index = indexTree(document.nodes);
  const termOf = (nodeId: string) => {
    const node = index.places.get(nodeId)?.node;
    if (!node) return nodeId;
    return isKeywordNode(node)
      ? (catalog.get(node.keywordId)?.term ?? nodeId)
      : (titleOf(node.include.fragmentId) ?? node.include.fragmentId);
  };
  const selected =
    selectedNodeId !== undefined && index.places.has(selectedNodeId) ? selectedNodeId : undefined;
  const comments = document.comments ?? [];
  const open = getOpenComments(document).length;
  const submit = () => {
    const nodeId = onNode && selected ? selected : undefined;
    const result = run((l, c) =>
      addComment(l, { documentId: document.id, text, by: rememberedName(), ...(nodeId && { nodeId }) }, c),
    );
    if (result.ok) setText('');
  };
  return (
    <section className="panel comments" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      <p className="field-hint">{t.summary(open, comments.length - open)}</p>
      <p className="field">
        <label htmlFor={textId}>{t.new}</label>
        <textarea id={textId} rows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      </p>
      {selected ? (
        <label className="checkbox">
          <input type="checkbox" checked={onNode} onChange={(e) => setOnNode(e.currentTarget.checked)} />{' '}
          {t.onKeyword(termOf(selected))}
        </label>
      ) : null}
      <p>
        <button type="button" onClick={submit}>
          {t.add}
        </button>
      </p>
      {comments.length > 0 ? (
        <ul className="comment-list">
          {comments.map((comment) => {
            const resolved = comment.resolvedAt !== undefined;
            return (
              <li key={comment.id} className={resolved ? 'comment resolved' : 'comment'}>
                <p>
                  <span className="chip">{resolved ? t.resolved : t.open}</span>{' '}
                  {comment.nodeId ? (
                    <button type="button" className="link" onClick={() => onSelectNode(comment.nodeId!)}>
                      {termOf(comment.nodeId)}
                    </button>
                  ) : (
                    <span>{t.onDocument}</span>
                  )}
                  {': '}
                  {comment.text}
                </p>
                <p className="field-hint">
                  {t.by(comment.by ?? '', comment.at.slice(0, 10))}
                  {resolved
                    ? ` · ${t.resolvedBy(comment.resolvedBy ?? '', comment.resolvedAt!.slice(0, 10))}`
                    : ''}
                </p>
                <button
                  type="button"
                  aria-label={resolved ? t.reopenLabel(comment.text) : t.resolveLabel(comment.text)}
                  onClick={() =>
                    run((l, c) =>
                      setCommentResolved(
                        l,
                        {
                          documentId: document.id,
                          commentId: comment.id,
                          resolved: !resolved,
                          by: rememberedName(),
                        },
                        c,
                      ),
                    )
                  }
                >
                  {resolved ? t.reopen : t.resolve}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
