import { useCallback, useId, useMemo, useState } from 'react';
import {
  changeKeywordType,
  makeDynamic,
  setCondition,
  setRequired,
  updateKeyword,
} from '../../commands/index.ts';
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
  getOptions,
  getTypeSpec,
  indexTree,
  isKeywordNode,
  KEYWORD_TYPE_ORDER,
  usesField,
  type KeywordField,
} from '../../domain/index.ts';
import { useStrings } from '../../i18n/language.tsx';
import type { Strings } from '../../i18n/strings.ts';
import { useEditor, useEditorStore } from '../../state/use-editor.ts';
import { useRun } from '../../state/run-context.ts';
import { CheckboxField, NumberField, SelectField, TextField } from '../../components/fields.tsx';
import { useLatestCallback } from '../../components/use-latest-callback.ts';
import { ConditionEditor } from './condition-editor.tsx';
import { ValueListEditor } from './value-list-editor.tsx';
import { CodesEditor } from './codes-editor.tsx';

export interface InspectorProps {
  readonly document: TreeDocument | undefined;
}

const STATUSES: readonly KeywordStatus[] = ['proposed', 'active', 'retired'];
const NO_OPTIONS: readonly Option[] = [];
const NO_CODES: readonly Coding[] = [];

/** "Egenskaper": every field of the selected node and its keyword. */
export function Inspector({ document }: InspectorProps) {
  const run = useRun();
  const strings = useStrings();
  const t = strings.inspector;
  const headingId = useId();
  const library = useEditor((s) => s.library);
  const selectedId = useEditor((s) => s.selectedNodeId);
  const index = useMemo(() => (document ? indexTree(document.nodes) : undefined), [document]);
  const node = selectedId === undefined ? undefined : index?.places.get(selectedId)?.node;
  const keyword = node && isKeywordNode(node) ? library.keywords.get(node.keywordId) : undefined;

  return (
    <section className="panel inspector" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      {!document || !index || !node ? (
        <p>{t.noSelection}</p>
      ) : !isKeywordNode(node) ? (
        <p>{t.includeNode(node.include.fragmentId, node.include.version)}</p>
      ) : keyword ? (
        <KeywordFieldsForm
          key={keyword.id}
          keyword={keyword}
          document={document}
          nodeId={node.id}
          strings={strings}
        />
      ) : (
        <p>{strings.unknownKeyword(node.keywordId)}</p>
      )}
      {document && index && node ? (
        <ConditionEditor
          key={`condition-${node.id}`}
          node={node}
          index={index}
          catalog={library.keywords}
          onChange={(condition) =>
            run((l, c) => setCondition(l, { documentId: document.id, nodeId: node.id, condition }, c))
          }
        />
      ) : null}
    </section>
  );
}

function KeywordFieldsForm(props: {
  keyword: Keyword;
  document: TreeDocument;
  nodeId: string;
  strings: Strings;
}) {
  const { keyword, document, nodeId, strings } = props;
  const run = useRun();
  const t = strings.inspector;
  const store = useEditorStore();
  const library = useEditor((s) => s.library);
  const documentId = document.id;
  const node = useMemo(() => indexTree(document.nodes).places.get(nodeId)?.node, [document.nodes, nodeId]);
  const [dynamicOption, setDynamicOption] = useState<string | undefined>();
  const usedIn = useMemo(
    () =>
      [...library.documents.values()].filter((d) =>
        indexTree(d.nodes).ordered.some((p) => isKeywordNode(p.node) && p.node.keywordId === keyword.id),
      ).length,
    [library.documents, keyword.id],
  );

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
      maxLength: (maxLength: number | undefined) => update({ maxLength }),
      status: (status: KeywordStatus) => update({ status }),
      shownIn1177: (shown: boolean) => update({ shownIn1177: shown ? undefined : false }),
      options: (next: Option[], key: string) => update({ options: next }, `options:${key}`),
      codes: (codes: Coding[], key: string) => update({ codes }, `codes:${key}`),
    }),
    [update],
  );
  const changeType = useLatestCallback((type: KeywordType) =>
    run((l, c) => changeKeywordType(l, { keywordId: keyword.id, type, documentId }, c), {
      label: strings.actions.changeAnyway,
      command: (l, c) =>
        changeKeywordType(l, { keywordId: keyword.id, type, documentId, fixDependents: true }, c),
    }),
  );
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

  const has = (field: KeywordField) => usesField(keyword.type, field);
  const canBeDynamic =
    getTypeSpec(keyword.type).dynamicOperator !== undefined && node && getChildren(node).length > 0;
  const options = getOptions(keyword);
  // Only a score needs the keywords it could sum: those placed in this document.
  const scoredCandidates = useMemo(() => {
    if (!usesField(keyword.type, 'scoreSources')) return [];
    const placed = new Set(
      indexTree(document.nodes).ordered.flatMap((p) => (isKeywordNode(p.node) ? [p.node.keywordId] : [])),
    );
    return [...placed].flatMap((id) => (id === keyword.id ? [] : (library.keywords.get(id) ?? [])));
  }, [keyword.type, keyword.id, document.nodes, library.keywords]);

  return (
    <div className="keyword-fields">
      <p className="field-hint">{t.usedIn(usedIn)}</p>
      <TextField label={t.term} value={keyword.term} onCommit={commit.term} />
      <SelectField label={t.type} value={keyword.type} options={typeOptions} onChange={changeType} />
      <TextField
        label={t.description}
        multiline
        value={keyword.description ?? ''}
        onCommit={commit.description}
      />
      <CheckboxField
        label={t.required}
        checked={node !== undefined && isKeywordNode(node) && node.required === true}
        onChange={changeRequired}
      />
      {has('options') ? (
        <ValueListEditor
          options={keyword.options ?? NO_OPTIONS}
          createOptionId={createOptionId}
          onChange={commit.options}
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
      {has('maxLength') ? (
        <NumberField label={t.maxLength} integer value={keyword.maxLength} onCommit={commit.maxLength} />
      ) : null}
      {has('scoreSources') ? (
        <fieldset>
          <legend>{t.scoreSources}</legend>
          {scoredCandidates.map((candidate) => {
            const checked = keyword.scoreSources?.some((s) => s.keywordId === candidate.id) ?? false;
            return (
              <CheckboxField
                key={candidate.id}
                label={candidate.term}
                checked={checked}
                onChange={(on) => {
                  const rest = (keyword.scoreSources ?? []).filter((s) => s.keywordId !== candidate.id);
                  update({ scoreSources: on ? [...rest, { keywordId: candidate.id }] : rest });
                }}
              />
            );
          })}
        </fieldset>
      ) : null}
      <SelectField label={t.status} value={keyword.status} options={statusOptions} onChange={commit.status} />
      <CheckboxField
        label={t.shownIn1177}
        checked={keyword.shownIn1177 !== false}
        onChange={commit.shownIn1177}
      />
      <fieldset className="codes">
        <legend>{t.codes}</legend>
        <CodesEditor codes={keyword.codes ?? NO_CODES} onChange={commit.codes} />
      </fieldset>
      {canBeDynamic ? (
        <div className="make-dynamic">
          {has('options') ? (
            <SelectField
              label={t.makeDynamicOption}
              value={dynamicOption ?? options[0]?.id ?? ''}
              options={options.map((o) => ({ value: o.id, label: o.label }))}
              onChange={setDynamicOption}
            />
          ) : null}
          <button
            type="button"
            onClick={() => run((l, c) => makeDynamic(l, { documentId, nodeId, optionId: dynamicOption }, c))}
          >
            {t.makeDynamic}
          </button>
        </div>
      ) : null}
    </div>
  );
}
