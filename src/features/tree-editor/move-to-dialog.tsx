import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { moveNode } from '../../commands/move-node.ts';
import type { Catalog, TreeDocument, TreeNode } from '../../domain/model.ts';
import { getChildren, isKeywordNode } from '../../domain/model.ts';
import { getSubtreeIds, indexTree } from '../../domain/tree.ts';
import { useStrings } from '../../i18n/language.tsx';
import { useEditor } from '../../state/use-editor.ts';
import { describeRefusal } from '../../i18n/describe-refusal.ts';
import { useRun } from '../../state/run-context.ts';

export interface MoveToDialogProps {
  readonly document: TreeDocument;
  readonly catalog: Catalog;
  readonly nodeId: string;
  /** Called when the dialog closes; with the moved node's id when it moved. */
  readonly onClose: (movedId?: string) => void;
}

/**
 * "Flytta till…": the keyboard-friendly way to move a subtree anywhere, beside drag and drop.
 * Choose the new parent (any keyword outside the moved subtree, or the top level) and the place
 * among its children. A move that would break a condition is refused inside the dialog.
 */
export function MoveToDialog({ document, catalog, nodeId, onClose }: MoveToDialogProps) {
  const run = useRun();
  const t = useStrings();
  const library = useEditor((state) => state.library);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const index = useMemo(() => indexTree(document.nodes), [document.nodes]);
  const moving = index.places.get(nodeId);
  const inside = useMemo(() => new Set(moving ? getSubtreeIds(moving.node) : []), [moving]);
  const [parentId, setParentId] = useState<string>(moving?.parentId ?? '');
  const [afterId, setAfterId] = useState<string>('');
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // An include is named by its fragment's title and the version it pins, as the tree names it.
  const termOf = (node: TreeNode) =>
    isKeywordNode(node)
      ? (catalog.get(node.keywordId)?.term ?? node.keywordId)
      : `${library.documents.get(node.include.fragmentId)?.title ?? node.include.fragmentId} (${t.includeType(node.include.version)})`;
  const parents = index.ordered.filter((p) => isKeywordNode(p.node) && !inside.has(p.node.id));
  const childrenOf = (id: string | null) =>
    id === null ? document.nodes : getChildren(index.places.get(id)!.node);
  const siblings = childrenOf(parentId === '' ? null : parentId).filter((s) => s.id !== nodeId);

  const confirm = () => {
    const parent = parentId === '' ? null : parentId;
    const targetIndex = afterId === '' ? 0 : childrenOf(parent).findIndex((s) => s.id === afterId) + 1;
    const result = run((l, c) =>
      moveNode(l, { documentId: document.id, nodeId, target: { parentId: parent, index: targetIndex } }, c),
    );
    if (result.ok) {
      dialogRef.current?.close();
      onClose(nodeId);
    } else setProblem(describeRefusal(result, document, library, t));
  };

  if (!moving) return null;
  return (
    <dialog ref={dialogRef} aria-labelledby={titleId} className="move-to" onClose={() => onClose()}>
      <h2 id={titleId}>{t.moveTo.title}</h2>
      <p>{t.moveTo.moving(termOf(moving.node))}</p>
      <label>
        {t.moveTo.parent}
        <select
          value={parentId}
          onChange={(event) => {
            setParentId(event.currentTarget.value);
            setAfterId('');
            setProblem(undefined);
          }}
        >
          <option value="">{t.moveTo.topLevel}</option>
          {parents.map((p) => (
            <option key={p.node.id} value={p.node.id}>
              {'\u00a0\u00a0'.repeat(p.depth - 1)}
              {termOf(p.node)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.moveTo.position}
        <select value={afterId} onChange={(event) => setAfterId(event.currentTarget.value)}>
          <option value="">{t.moveTo.first}</option>
          {siblings.map((s) => (
            <option key={s.id} value={s.id}>
              {t.moveTo.after(termOf(s))}
            </option>
          ))}
        </select>
      </label>
      {problem ? (
        <p role="alert" className="dialog-problem">
          {problem}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={confirm}>
          {t.moveTo.confirm}
        </button>
        <button
          type="button"
          onClick={() => {
            dialogRef.current?.close();
            onClose();
          }}
        >
          {t.moveTo.cancel}
        </button>
      </div>
    </dialog>
  );
}
