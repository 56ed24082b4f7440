import { useId, useState } from 'react';
import type { MergeChoices, MergeConflict, MergeSide } from '../../domain/merge.ts';
import type { Catalog, Condition, Keyword, TreeDocument } from '../../domain/model.ts';
import { createCatalog, isKeywordNode } from '../../domain/model.ts';
import { indexTree } from '../../domain/tree.ts';
import { describeCondition } from '../../formats/describe-condition.ts';
import { DialogActions, Modal } from '../../components/modal.tsx';
import { useStrings } from '../../i18n/language.tsx';
import type { Strings } from '../../i18n/strings.ts';
import { useEditor } from '../../state/use-editor.ts';
import type { FolderConflictView } from './folder-source.ts';

/** One side of a conflicted file as a document (when it is one). */
const asDocument = (side: unknown): TreeDocument | undefined =>
  side !== null && typeof side === 'object' && Array.isArray((side as TreeDocument).nodes)
    ? (side as TreeDocument)
    : undefined;

/** The keywords one side of a conflicted keyword group file holds. */
const keywordsOf = (side: unknown): readonly Keyword[] =>
  side !== null && typeof side === 'object' && Array.isArray((side as { keywords?: unknown }).keywords)
    ? (side as { keywords: Keyword[] }).keywords
    : [];

/** What a conflict is about, in words: the keyword's term, the document, or the file. */
function subject(conflict: MergeConflict, view: FolderConflictView, catalog: Catalog, t: Strings): string {
  if (conflict.keywordId !== undefined) {
    const keyword =
      keywordsOf(view.file.mine).find((k) => k.id === conflict.keywordId) ??
      keywordsOf(view.file.theirs).find((k) => k.id === conflict.keywordId);
    return `”${keyword?.term ?? conflict.keywordId}”`;
  }
  const documents = [asDocument(view.file.mine), asDocument(view.file.theirs), asDocument(view.file.base)];
  if (conflict.nodeId !== undefined) {
    for (const document of documents) {
      const node = document && indexTree(document.nodes).places.get(conflict.nodeId)?.node;
      if (node && isKeywordNode(node)) return `”${catalog.get(node.keywordId)?.term ?? node.keywordId}”`;
    }
    return conflict.nodeId;
  }
  const title = documents.find((d) => d)?.title;
  return conflict.id === 'file' ? t.folder.file(view.path) : `${t.folder.document} ”${title ?? view.path}”`;
}

/** One side's value in words. */
function sideInWords(
  conflict: MergeConflict,
  value: unknown,
  document: TreeDocument | undefined,
  catalog: Catalog,
  t: Strings,
): string {
  if (conflict.kind === 'moved') {
    // The parent each side put the node under (null: at the top of the tree).
    if (value === null) return t.folder.atTop;
    const id = typeof value === 'string' ? value : JSON.stringify(value);
    const parent = document && indexTree(document.nodes).places.get(id)?.node;
    const term = parent && isKeywordNode(parent) ? catalog.get(parent.keywordId)?.term : undefined;
    return t.folder.under(term ?? id);
  }
  if (value === null || value === undefined)
    return conflict.kind === 'field' ? t.folder.absent : t.folder.removed;
  if (conflict.field === 'showWhen' && document && conflict.nodeId !== undefined)
    return describeCondition(
      value as Condition,
      conflict.nodeId,
      indexTree(document.nodes),
      catalog,
      t.condition,
      {
        nameParent: true,
      },
    );
  if (conflict.kind === 'source-removed' || conflict.kind === 'parent-removed') {
    const id = typeof value === 'string' ? value : JSON.stringify(value);
    const node = document && indexTree(document.nodes).places.get(id)?.node;
    const term = node && isKeywordNode(node) ? catalog.get(node.keywordId)?.term : undefined;
    return `${t.folder.kinds[conflict.kind]}: ”${term ?? id}”`;
  }
  if (typeof value === 'boolean') return value ? t.folder.yes : t.folder.no;
  if (typeof value === 'string' || typeof value === 'number') return `”${value}”`;
  if (conflict.kind === 'removed-changed' || conflict.id === 'file') return t.folder.keptChanged;
  return JSON.stringify(value);
}

/**
 * "Ändrat av någon annan": each conflict between this app's change and one made in the folder,
 * in words, with Behåll min / Behåll deras. Nothing is written until the choices are saved.
 */
export function ConflictDialog(props: {
  readonly conflicts: readonly FolderConflictView[];
  readonly onResolve: (choices: ReadonlyMap<string, MergeChoices>) => Promise<void>;
  readonly onClose: () => void;
}) {
  const t = useStrings();
  const library = useEditor((s) => s.library);
  const [choices, setChoices] = useState(() => new Map<string, MergeSide>());
  const [busy, setBusy] = useState(false);
  const groupId = useId();
  const key = (path: string, id: string) => `${path}\n${id}`;
  return (
    <Modal title={t.folder.conflictTitle} onClose={props.onClose}>
      {(close) => (
        <>
          <p className="field-hint">{t.folder.conflictIntro}</p>
          <ol className="conflict-list">
            {props.conflicts.flatMap((view) => {
              const catalog = createCatalog([
                ...library.keywords.values(),
                ...keywordsOf(view.file.theirs),
                ...keywordsOf(view.file.mine),
              ]);
              const [mine, theirs] = [asDocument(view.file.mine), asDocument(view.file.theirs)];
              return view.file.conflicts.map((conflict, i) => {
                const name = `${groupId}-${view.path}-${i}`;
                const chosen = choices.get(key(view.path, conflict.id)) ?? 'mine';
                const field = conflict.field !== undefined ? t.folder.fields[conflict.field] : undefined;
                return (
                  <li key={key(view.path, conflict.id)}>
                    <fieldset>
                      <legend>
                        {subject(conflict, view, catalog, t)}
                        {field && conflict.kind === 'field' ? ` – ${field}` : ''}:{' '}
                        {t.folder.kinds[conflict.kind]}
                      </legend>
                      {(['mine', 'theirs'] as const).map((side) => (
                        <label key={side} className="conflict-side">
                          <input
                            type="radio"
                            name={name}
                            checked={chosen === side}
                            onChange={() =>
                              setChoices((previous) =>
                                new Map(previous).set(key(view.path, conflict.id), side),
                              )
                            }
                          />
                          <span>
                            <strong>{side === 'mine' ? t.folder.keepMine : t.folder.keepTheirs}</strong>
                            {' – '}
                            {sideInWords(
                              conflict,
                              side === 'mine' ? conflict.mine : conflict.theirs,
                              side === 'mine' ? mine : theirs,
                              catalog,
                              t,
                            )}
                          </span>
                        </label>
                      ))}
                    </fieldset>
                  </li>
                );
              });
            })}
          </ol>
          <DialogActions
            confirm={t.folder.save}
            disabled={busy}
            onConfirm={() => {
              setBusy(true);
              const byFile = new Map<string, Map<string, MergeSide>>();
              for (const view of props.conflicts)
                byFile.set(
                  view.path,
                  new Map(
                    view.file.conflicts.map((c) => [c.id, choices.get(key(view.path, c.id)) ?? 'mine']),
                  ),
                );
              void props.onResolve(byFile).finally(() => {
                setBusy(false);
                close();
              });
            }}
            cancel={t.exchange.cancel}
            onCancel={close}
          />
        </>
      )}
    </Modal>
  );
}
