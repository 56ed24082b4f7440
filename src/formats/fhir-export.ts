import type {
  Catalog,
  Clause,
  FragmentRef,
  KeptEntry,
  Keyword,
  KeywordNode,
  TreeDocument,
  TreeNode,
} from '../domain/model.ts';
import { getChildren, getOptions, isKeywordNode } from '../domain/model.ts';
import { assertNever, getTypeSpec, usesField } from '../domain/keyword-types.ts';
import { assembleDocument } from '../domain/assemble.ts';
import { LIMITS } from '../domain/limits.ts';
import { indexTree, type TreeIndex } from '../domain/tree.ts';
import type {
  EnableOperator,
  FhirCoding,
  FhirEnableWhen,
  FhirExtension,
  FhirItem,
  ItemType,
  Questionnaire,
} from './fhir-types.ts';
import {
  CODE_SYSTEM_URIS,
  EXT,
  ITEM_CONTROL_SYSTEM,
  optionSystem,
  questionnaireUrl,
  YES_NO_SYSTEM,
} from './fhir-urls.ts';

export interface FhirExportOptions {
  /** Modular: includes stay SDC subQuestionnaire references; assembled: fragments are copied in. */
  readonly mode: 'modular' | 'assembled';
  /** Finds an included fragment's pinned version (needed for the assembled export). */
  readonly resolve?: (ref: FragmentRef) => TreeDocument | undefined;
}

const STATUS = { draft: 'draft', review: 'draft', approved: 'active', retired: 'retired' } as const;
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/** The FHIR item type a keyword becomes (fhir-mapping.md §7). */
export function getItemType(keyword: Keyword, hasChildren: boolean): ItemType {
  const kind = getTypeSpec(keyword.type).fhir.item;
  switch (kind) {
    case 'group':
      return hasChildren ? 'group' : 'display';
    case 'number':
      return keyword.decimals === 0 ? 'integer' : 'decimal';
    case 'boolean':
    case 'choice':
    case 'text':
    case 'date':
      return kind;
    default:
      return assertNever(kind, 'FHIR item kind');
  }
}

const OPERATORS: Record<Clause['operator'], EnableOperator> = {
  checked: '=',
  equals: '=',
  notEquals: '!=',
  includes: '=',
  answered: 'exists',
  notAnswered: 'exists',
  lessThan: '<',
  lessOrEqual: '<=',
  greaterThan: '>',
  greaterOrEqual: '>=',
};

/** The code system of a keyword's options: the shared yes/no system for a built-in list, else its own. */
function optionSystemOf(keyword: Keyword): string {
  return getTypeSpec(keyword.type).options === 'own' ? optionSystem(keyword.id) : YES_NO_SYSTEM;
}

function toEnableWhen(clause: Clause, source: Keyword | undefined): FhirEnableWhen {
  const operator = OPERATORS[clause.operator];
  const at = { question: clause.source, operator };
  if (clause.operator === 'answered') return { ...at, answerBoolean: true };
  if (clause.operator === 'notAnswered') return { ...at, answerBoolean: false };
  const spec = source && getTypeSpec(source.type);
  if (clause.operator === 'checked' || spec?.answer === 'tick') return { ...at, answerBoolean: true };
  const value = clause.value;
  if (typeof value === 'number') {
    return source && getItemType(source, false) === 'integer' && Number.isInteger(value)
      ? { ...at, answerInteger: value }
      : { ...at, answerDecimal: value };
  }
  if (spec?.conditionValue === 'date') return { ...at, answerDate: String(value) };
  if (spec?.answer === 'text') return { ...at, answerString: String(value) };
  const system = source ? optionSystemOf(source) : optionSystem('');
  const label = source && getOptions(source).find((o) => o.id === value)?.label;
  return { ...at, answerCoding: { system, code: String(value), ...(label && { display: label }) } };
}

function keywordItem(node: KeywordNode, keyword: Keyword, index: TreeIndex, catalog: Catalog) {
  const children = getChildren(node);
  const type = getItemType(keyword, children.length > 0 || keyword.description !== undefined);
  const item: FhirItem = { linkId: node.id, text: keyword.term, type };
  const extension: FhirExtension[] = [{ url: EXT.keyword, valueString: JSON.stringify(keyword) }];
  if (type !== 'display' && keyword.codes?.length) {
    item.code = keyword.codes.map((c) => ({
      system: CODE_SYSTEM_URIS[c.system],
      code: c.code,
      ...(c.display && { display: c.display }),
    }));
  }
  if (keyword.unit) extension.push({ url: EXT.unit, valueCoding: { display: keyword.unit } });
  const numberValue = type === 'integer' ? 'valueInteger' : 'valueDecimal';
  const spec = getTypeSpec(keyword.type);
  // Limits on what is typed; a computed score is read-only, so its range is no entry limit.
  const typed = spec.answer === 'number';
  if (typed && keyword.min !== undefined) extension.push({ url: EXT.minValue, [numberValue]: keyword.min });
  if (typed && keyword.max !== undefined) extension.push({ url: EXT.maxValue, [numberValue]: keyword.max });
  if (typed && keyword.decimals !== undefined && keyword.decimals > 0)
    extension.push({ url: EXT.maxDecimalPlaces, valueInteger: keyword.decimals });
  if (usesField(keyword.type, 'maxLength') && keyword.maxLength !== undefined)
    item.maxLength = keyword.maxLength;
  if (spec.fhir.repeats) item.repeats = true;
  if (spec.fhir.readOnly) item.readOnly = true;
  if (node.required && type !== 'display' && type !== 'group') item.required = true;
  if (type === 'choice') {
    const system = optionSystemOf(keyword);
    // Rendered as Cosmic and our preview do: radio buttons for short lists, check boxes for
    // multiple choice, a drop-down for long lists.
    const control =
      spec.fhir.control === 'check-box'
        ? 'check-box'
        : getOptions(keyword).length <= LIMITS.radioOptions
          ? 'radio-button'
          : 'drop-down';
    extension.push({
      url: EXT.itemControl,
      valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: control }] },
    });
    item.answerOption = getOptions(keyword).map((option) => ({
      valueCoding: { system, code: option.id, display: option.label },
      ...(option.score !== undefined && {
        extension: [{ url: EXT.ordinalValue, valueDecimal: option.score }],
      }),
    }));
  }
  item.extension = extension;
  const nested: FhirItem[] = [];
  if (keyword.description !== undefined) {
    nested.push({
      linkId: `${node.id}--hjalp`,
      text: keyword.description,
      type: 'display',
      extension: [
        {
          url: EXT.itemControl,
          valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: 'help' }] },
        },
      ],
    });
  }
  for (const child of children) nested.push(toItem(child, index, catalog));
  if (nested.length > 0) item.item = nested;
  return item;
}

function toItem(node: TreeNode, index: TreeIndex, catalog: Catalog): FhirItem {
  let item: FhirItem;
  if (isKeywordNode(node)) {
    const keyword = catalog.get(node.keywordId);
    if (!keyword) throw new Error(`keyword ${node.keywordId} of node ${node.id} is not in the catalogue`);
    item = keywordItem(node, keyword, index, catalog);
  } else {
    // SDC modular forms: a display item that the assembler replaces by the fragment's items.
    const canonical = `${questionnaireUrl(node.include.fragmentId)}|${node.include.version}`;
    item = {
      linkId: node.id,
      text: `Delformulär ${canonical} är inte tillgängligt.`,
      type: 'display',
      extension: [{ url: EXT.subQuestionnaire, valueCanonical: canonical }],
    };
  }
  if (node.showWhen) {
    item.enableWhen = node.showWhen.clauses.map((clause) => {
      const source = index.places.get(clause.source)?.node;
      return toEnableWhen(
        clause,
        source && isKeywordNode(source) ? catalog.get(source.keywordId) : undefined,
      );
    });
    item.enableBehavior = node.showWhen.behavior;
    (item.extension ??= []).push({ url: EXT.disabledDisplay, valueCode: 'hidden' });
  }
  return item;
}

/** Puts back what an import kept: extensions by URL, other elements by name, on the root or by linkId. */
function restoreKept(questionnaire: Questionnaire, kept: readonly KeptEntry[]) {
  if (kept.length === 0) return;
  const byLinkId = new Map<string, FhirItem>();
  const stack = [...(questionnaire.item ?? [])];
  while (stack.length > 0) {
    const item = stack.pop()!;
    byLinkId.set(item.linkId, item);
    stack.push(...(item.item ?? []));
  }
  for (const entry of kept) {
    const target: FhirItem | Questionnaire | undefined =
      entry.where === '' ? questionnaire : byLinkId.get(entry.where);
    if (!target) continue;
    const value: unknown = JSON.parse(entry.json);
    if (entry.what === 'code')
      (target as FhirItem).code = [...((target as FhirItem).code ?? []), value as FhirCoding];
    else if (/^https?:/.test(entry.what))
      target.extension = [...(target.extension ?? []), value as FhirExtension];
    else target[entry.what] = value;
  }
}

function includedFragments(document: TreeDocument): FragmentRef[] {
  return indexTree(document.nodes).ordered.flatMap(({ node }) => (isKeywordNode(node) ? [] : [node.include]));
}

/**
 * A template or fragment as a FHIR R4 Questionnaire (fhir-mapping.md §7, §9). Each node is an item
 * (linkId = node id) nested under its parent; conditions are enableWhen with enableBehavior always
 * written and disabledDisplay=hidden. A fragment is an SDC modular child (independent-child); a
 * modular template refers to its fragments by subQuestionnaire url|version, an assembled one has
 * them copied in with prefixed linkIds and lists them in assembledFrom. What FHIR has no element
 * for (keyword status, 1177, score bands and sources, the document's log) travels in our extensions,
 * so the import gives back the same document.
 */
export function toQuestionnaire(
  source: TreeDocument,
  catalog: Catalog,
  options: FhirExportOptions = { mode: 'modular' },
): Questionnaire {
  const includes = includedFragments(source);
  const document =
    options.mode === 'assembled' && options.resolve ? assembleDocument(source, options.resolve) : source;
  const index = indexTree(document.nodes);
  // What an earlier import kept goes back where it came from, not into the document extension.
  const { nodes: _nodes, title, description, version, keptFromImport = [], ...documentFields } = document;
  const extension: FhirExtension[] = [{ url: EXT.document, valueString: JSON.stringify(documentFields) }];
  if (document.kind === 'fragment') {
    extension.push({
      url: EXT.assembleExpectation,
      valueCode: includes.length > 0 && options.mode === 'modular' ? 'assemble-child' : 'independent-child',
    });
  } else if (includes.length > 0 && options.mode === 'modular') {
    extension.push({ url: EXT.assembleExpectation, valueCode: 'assemble-root' });
  }
  if (options.mode === 'assembled') {
    for (const ref of includes)
      extension.push({
        url: EXT.assembledFrom,
        valueCanonical: `${questionnaireUrl(ref.fragmentId)}|${ref.version}`,
      });
  }
  const questionnaire: Questionnaire = {
    resourceType: 'Questionnaire',
    ...(FHIR_ID.test(document.id) && { id: document.id }),
    extension,
    url: questionnaireUrl(document.id),
    version,
    title,
    status: STATUS[document.status],
    language: 'sv',
    date: document.updatedAt,
    ...(description !== undefined && { description }),
  };
  if (document.nodes.length > 0)
    questionnaire.item = document.nodes.map((node) => toItem(node, index, catalog));
  restoreKept(questionnaire, keptFromImport);
  return questionnaire;
}
