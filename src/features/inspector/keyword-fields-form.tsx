import { useCallback, useDeferredValue, useMemo, type ReactNode } from 'react';
import { changeKeywordType } from '../../commands/change-keyword-type.ts';
import { mergeKeywords } from '../../commands/merge-keywords.ts';
import { replaceKeyword } from '../../commands/replace-keyword.ts';
import { setRequired } from '../../commands/set-node-fields.ts';
import { updateKeyword } from '../../commands/update-keyword.ts';
import { findSameTerm } from '../../validation/keyword-rules.ts';
import type {
  Coding,
  Keyword,
  KeywordFields,
  KeywordStatus,
  KeywordType,
  Option,
  TreeDocument,
} from '../../domain/index.ts';
import {
  getChildren,
  findNearTerms,
  foldedTermOf,
  getKeywordImpact,
  getTypeSpec,
  hasAnswerRules,
  indexTree,
  isKeywordNode,
  KEYWORD_TYPE_ORDER,
  takesAnswer,
  usesField,
  type KeywordField,
} from '../../domain/index.ts';
import type { Strings } from '../../i18n/strings.ts';
import { useEditor, useEditorStore } from '../../state/use-editor.ts';
import { useRun } from '../../state/run-context.ts';
import { CheckboxField, NumberField, SelectField, TextField } from '../../components/fields.tsx';
import { useLatestCallback } from '../../components/use-latest-callback.ts';
import { ValueListEditor } from './value-list-editor.tsx';
import { CodesEditor } from './codes-editor.tsx';
import { ScoreSourcesField } from './score-sources-field.tsx';
import { MakeDynamicField } from './make-dynamic-field.tsx';
import { AnswerRulesFields } from './answer-rules-fields.tsx';
import { InspectorSection } from './inspector-section.tsx';
import { say } from '../../i18n/languages.ts';

const STATUSES: readonly KeywordStatus[] = ['proposed', 'active', 'retired'];
const NO_OPTIONS: readonly Option[] = [];
const NO_CODES: readonly Coding[] = [];

/** The fields of the selected node's keyword (its definition, shared by every use) and the node's own. */
export function KeywordFieldsForm(props: {
  keyword: Keyword;
  document: TreeDocument;
  nodeId: string;
  strings: Strings;
  /** The node's condition editor (absent in a locked document), shown under Villkor. */
  condition?: ReactNode;
  /** The condition in words, beside Villkor's title. */
  conditionSummary?: string | undefined;
}) {
  const { keyword, document, nodeId, strings } = props;
  const run = useRun();
  const t = strings.inspector;
  const store = useEditorStore();
  const library = useEditor((s) => s.library);
  const documentId = document.id;
  const node = useMemo(() => indexTree(document.nodes).places.get(nodeId)?.node, [document.nodes, nodeId]);
  // What a change here reaches, shown before it is made: the documents and the conditions on it.
  const documents = library.documents;
  const impact = useMemo(() => {
    const reach = getKeywordImpact({ documents }, keyword.id);
    return {
      titles: reach.documentIds.map((id) => documents.get(id)?.title ?? id),
      conditions: reach.conditions,
      placements: reach.placements,
    };
  }, [documents, keyword.id]);

  // Stable handlers, so that a keystroke in one field re-renders only that field (see fields.tsx).
  const update = useLatestCallback(
    (fields: { readonly [K in keyof KeywordFields]: KeywordFields[K] | undefined }, coalesceKey?: string) =>
      run((l, c) => updateKeyword(l, { keywordId: keyword.id, fields, documentId, coalesceKey }, c)),
  );
  const commit = useMemo(
    () => ({
      term: (term: string) => update({ term }),
      description: (text: string) => update({ description: text === '' ? undefined : text }),
      unit: (unit: string) => update({ unit: unit.trim() === '' ? undefined : unit.trim() }),
      min: (min: number | undefined) => update({ min }),
      max: (max: number | undefined) => update({ max }),
      decimals: (decimals: number | undefined) => update({ decimals }),
      status: (status: KeywordStatus) => update({ status }),
      shownIn1177: (shown: boolean) => update({ shownIn1177: shown ? undefined : false }),
      options: (next: Option[], key: string) => update({ options: next }, `options:${key}`),
      codes: (codes: Coding[], key: string) => update({ codes }, `codes:${key}`),
    }),
    [update],
  );
  const changeType = useLatestCallback((type: KeywordType) =>
    run((l, c) => changeKeywordType(l, { keywordId: keyword.id, type, documentId }, c), {
      label: say((t) => t.actions.changeAnyway),
      command: (l, c) =>
        changeKeywordType(l, { keywordId: keyword.id, type, documentId, fixDependents: true }, c),
    }),
  );
  const required = node !== undefined && isKeywordNode(node) && node.required === true;
  const changeRequired = useLatestCallback((required: boolean) =>
    run((l, c) => setRequired(l, { documentId, nodeId, required }, c)),
  );
  const createOptionId = useCallback(() => store.context.createId('v'), [store]);
  const typeOptions = useMemo(
    () => KEYWORD_TYPE_ORDER.map((type) => ({ value: type, label: strings.keywordType[type] })),
    [strings],
  );
  const statusOptions = useMemo(
    () => STATUSES.map((status) => ({ value: status, label: t.keywordStatus[status] })),
    [t],
  );

  // The catalogue has this keyword already: offer it instead of a second one. A keyword placed only
  // here (just added) can take the existing one of any type; a shared one can be merged with its
  // twin of the same type.
  // Placed only here, so a condition on this keyword is a condition on this node.
  const placedOnce = impact.placements === 1 && impact.conditions === 0;
  // These look-ups read the whole catalogue: they follow a keystroke a moment later, in a render
  // React may interrupt, so the typed letter paints first (at 25,000 keywords they take ~1 ms each).
  const catalogue = useDeferredValue(library.keywords);
  const typed = useDeferredValue(keyword);
  const { twin, near } = useMemo(() => {
    const folded = foldedTermOf(typed);
    const twin = placedOnce
      ? [...catalogue.values()].find((k) => k.id !== typed.id && foldedTermOf(k) === folded)
      : findSameTerm(catalogue, typed);
    // No twin: perhaps a near-duplicate, a typo or two away ("Planerad ompröving").
    const near = twin ? undefined : findNearTerms(catalogue.values(), typed.term, typed.id, 1)[0];
    return { twin, near };
  }, [catalogue, typed, placedOnce]);
  const similar = twin ? undefined : near;
  const canTake = similar && (placedOnce || similar.type === keyword.type);
  const has = (field: KeywordField) => usesField(keyword.type, field);
  const canBeDynamic =
    getTypeSpec(keyword.type).dynamicOperator !== undefined && node && getChildren(node).length > 0;
  // A keyword placed only here takes the catalogue's one in its place; a shared one merges into it.
  const takeExisting = (other: Keyword) => (
    <button
      type="button"
      onClick={() =>
        placedOnce
          ? run((l, c) => replaceKeyword(l, { documentId, nodeId, keywordId: other.id }, c))
          : run((l) => mergeKeywords(l, { keepId: other.id, mergeId: keyword.id }))
      }
    >
      {placedOnce ? t.useExistingHere : t.useExisting}
    </button>
  );
  // A list a score sum counts shows its points; others offer "Ge värdena poäng".
  const isScoreSource = useMemo(
    () =>
      [...library.keywords.values()].some((k) =>
        k.scoreSources?.some((source) => source.keywordId === keyword.id),
      ),
    [library.keywords, keyword.id],
  );
  const values = keyword.options?.length ?? 0;
  const codes = keyword.codes?.length ?? 0;
  const hasValues = has('options') || has('unit') || has('min') || has('max') || has('scoreSources');
  return (
    <div className="keyword-fields">
      <InspectorSection
        id="keyword"
        title={t.sections.keyword}
        summary={`${strings.keywordType[keyword.type]} · ${t.keywordStatus[keyword.status]}`}
      >
        {impact.titles.length > 1 ? <p className="field-hint">{t.sharedHint(impact.titles.length)}</p> : null}
        <TextField label={t.term} value={keyword.term} onCommit={commit.term} />
        {twin ? (
          <p className="field-hint">
            {t.sameTerm(twin.term, strings.keywordType[twin.type])} {takeExisting(twin)}
          </p>
        ) : null}
        {similar ? (
          <p className="field-hint">
            {t.nearTerm(similar.term, strings.keywordType[similar.type])}{' '}
            {canTake ? takeExisting(similar) : null}
          </p>
        ) : null}
        <SelectField label={t.type} value={keyword.type} options={typeOptions} onChange={changeType} />
        <TextField
          label={t.description}
          multiline
          value={keyword.description ?? ''}
          onCommit={commit.description}
        />
        {/* A heading or a score takes no answer: offered only to clear a mark an import brought. */}
        {takesAnswer(keyword.type) || required ? (
          <CheckboxField label={t.required} checked={required} onChange={changeRequired} />
        ) : null}
        <SelectField
          label={t.status}
          value={keyword.status}
          options={statusOptions}
          onChange={commit.status}
        />
        <CheckboxField
          label={t.shownIn1177}
          checked={keyword.shownIn1177 !== false}
          onChange={commit.shownIn1177}
        />
      </InspectorSection>
      {hasValues ? (
        <InspectorSection
          id="values"
          title={t.sections.values}
          summary={has('options') ? t.valueCount(values) : keyword.unit}
        >
          {has('options') ? (
            <ValueListEditor
              options={keyword.options ?? NO_OPTIONS}
              createOptionId={createOptionId}
              onChange={commit.options}
              scored={isScoreSource}
            />
          ) : null}
          {has('openChoice') ? (
            <CheckboxField
              label={t.openChoice}
              checked={keyword.openChoice === true}
              onChange={(open) => update({ openChoice: open || undefined })}
            />
          ) : null}
          {has('unit') || has('min') || has('max') || has('decimals') ? (
            <div className="field-row">
              {has('unit') ? (
                <TextField label={t.unit} value={keyword.unit ?? ''} onCommit={commit.unit} />
              ) : null}
              {has('min') ? <NumberField label={t.min} value={keyword.min} onCommit={commit.min} /> : null}
              {has('max') ? <NumberField label={t.max} value={keyword.max} onCommit={commit.max} /> : null}
              {has('decimals') ? (
                <NumberField label={t.decimals} integer value={keyword.decimals} onCommit={commit.decimals} />
              ) : null}
            </div>
          ) : null}
          {has('scoreSources') ? (
            <ScoreSourcesField
              keyword={keyword}
              document={document}
              onChange={(scoreSources) => update({ scoreSources })}
            />
          ) : null}
        </InspectorSection>
      ) : null}
      {props.condition || canBeDynamic ? (
        <InspectorSection id="condition" title={t.sections.condition} summary={props.conditionSummary}>
          {props.condition}
          {canBeDynamic ? (
            <MakeDynamicField keyword={keyword} documentId={documentId} nodeId={nodeId} />
          ) : null}
        </InspectorSection>
      ) : null}
      {hasAnswerRules(keyword.type) ? (
        <InspectorSection id="rules" title={t.sections.rules}>
          <AnswerRulesFields
            keyword={keyword}
            document={document}
            catalog={library.keywords}
            strings={strings}
            update={update}
          />
        </InspectorSection>
      ) : null}
      <InspectorSection
        id="codes"
        title={t.sections.codes}
        summary={codes > 0 ? t.codeCount(codes) : undefined}
      >
        <fieldset className="codes">
          <legend className="visually-hidden">{t.codes}</legend>
          <CodesEditor codes={keyword.codes ?? NO_CODES} onChange={commit.codes} />
        </fieldset>
      </InspectorSection>
      <InspectorSection id="usage" title={t.sections.usage} summary={t.documentCount(impact.titles.length)}>
        <p className="field-hint">{t.usedIn(impact.titles, impact.conditions)}</p>
      </InspectorSection>
    </div>
  );
}
