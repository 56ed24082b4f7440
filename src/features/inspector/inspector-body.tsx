import { useMemo } from 'react';
import { setCondition } from '../../commands/set-node-fields.ts';
import type { TreeDocument, TreeNode } from '../../domain/index.ts';
import { describeCondition } from '../../formats/describe-condition.ts';
import { indexTree, isKeywordNode, isLocked } from '../../domain/index.ts';
import { useStrings } from '../../i18n/language.tsx';
import { useEditor } from '../../state/use-editor.ts';
import { useRun } from '../../state/run-context.ts';
import { useDamagedKeywords } from '../../state/damaged-keywords.ts';
import { useEditorStore } from '../../state/use-editor.ts';
import { getResolver } from '../../domain/library.ts';
import { getOutline } from '../../domain/outline.ts';
import { IncludedKeyword } from './included-keyword.tsx';
import { ConditionEditor } from './condition-editor.tsx';
import { KeywordFieldsForm } from './keyword-fields-form.tsx';

/** Egenskaper's fields for the selected node and its keyword (fetched after the first paint). */
export function InspectorBody({
  document,
  selectedId,
}: {
  readonly document: TreeDocument;
  readonly selectedId: string;
}) {
  const run = useRun();
  const strings = useStrings();
  const damagedKeywords = useDamagedKeywords();
  const t = strings.inspector;
  const library = useEditor((s) => s.library);
  const store = useEditorStore();
  const index = useMemo(() => indexTree(document.nodes), [document]);
  const node = index.places.get(selectedId)?.node;
  const keyword = node && isKeywordNode(node) ? library.keywords.get(node.keywordId) : undefined;
  const outline = useMemo(
    () => getOutline(document, library.keywords, getResolver(library.versions)),
    [document, library.keywords, library.versions],
  );
  const included = node ? undefined : outline.places.get(selectedId);
  const openFragment = (fragmentId: string) => store.open(fragmentId);
  const locked = isLocked(document);
  // Sources in the assembled document: keywords of fragments placed earlier count too.
  const conditionPlaces = node && outline.assembled.places.has(node.id) ? outline.assembled : index;
  const catalog = outline.catalog;
  // The selected node's condition in words: beside Villkor's title, and in its place when locked.
  const conditionSummary = node?.showWhen
    ? describeCondition(node.showWhen, node.id, conditionPlaces, catalog, strings.condition)
    : t.sections.always;
  const conditionEditor = (node: TreeNode) => (
    <ConditionEditor
      key={`condition-${node.id}`}
      node={node}
      index={conditionPlaces}
      catalog={catalog}
      onChange={(condition) =>
        run((l, c) => setCondition(l, { documentId: document.id, nodeId: node.id, condition }, c))
      }
    />
  );

  return (
    <>
      {included ? (
        <IncludedKeyword place={included} outline={outline} strings={strings} onOpen={openFragment} />
      ) : !node ? (
        <p>{t.noSelection}</p>
      ) : !isKeywordNode(node) ? (
        <>
          <p>
            {t.includeNode(
              outline?.fragments.get(node.id)?.title ?? node.include.fragmentId,
              node.include.version,
            )}
          </p>
          <button type="button" onClick={() => openFragment(node.include.fragmentId)}>
            {t.openFragment}
          </button>
          {locked ? null : conditionEditor(node)}
        </>
      ) : keyword ? (
        // A Godkänd or Avvecklad document is read-only: its fields show, disabled, with the way on.
        <fieldset className="locked-fields" disabled={locked}>
          {locked ? <legend className="field-hint">{t.lockedHint}</legend> : null}
          <KeywordFieldsForm
            key={keyword.id}
            keyword={keyword}
            document={document}
            nodeId={node.id}
            strings={strings}
            condition={locked ? <p className="field-hint">{conditionSummary}</p> : conditionEditor(node)}
            conditionSummary={conditionSummary}
          />
        </fieldset>
      ) : (
        <>
          {damagedKeywords.has(node.keywordId) ? (
            <p role="note">
              {strings.damagedKeyword(node.keywordId)}: {strings.damagedKeywordHint}
            </p>
          ) : (
            <p>{strings.unknownKeyword(node.keywordId)}</p>
          )}
          {locked ? null : conditionEditor(node)}
        </>
      )}
    </>
  );
}
