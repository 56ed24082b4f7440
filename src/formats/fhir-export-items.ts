import type { Catalog, Keyword, KeywordNode, TreeNode } from '../domain/model.ts';
import { getChildren, getOptions, isKeywordNode } from '../domain/model.ts';
import { getTypeSpec, usesField } from '../domain/keyword-types.ts';
import { getItemType } from './fhir-item-type.ts';
import { LIMITS } from '../domain/limits.ts';
import type { TreeIndex } from '../domain/tree.ts';
import type { FhirExtension, FhirItem } from './fhir-types.ts';
import { CODE_SYSTEM_URIS, EXT, ITEM_CONTROL_SYSTEM, linkIdPrefixOf, questionnaireUrl } from './fhir-urls.ts';
import { optionCoding, toEnableWhen } from './fhir-export-conditions.ts';
import { ruleExtensions } from './fhir-answer-rules.ts';
import { encodeFields } from './fhir-typed-json.ts';

function keywordItem(node: KeywordNode, keyword: Keyword, index: TreeIndex, catalog: Catalog) {
  const children = getChildren(node);
  const type = getItemType(keyword, children.length > 0 || keyword.description !== undefined);
  const item: FhirItem = { linkId: node.id, text: keyword.term, type };
  const extension: FhirExtension[] = [{ url: EXT.keyword, extension: encodeFields({ ...keyword }) }];
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
  extension.push(...ruleExtensions(node, keyword, index, (id) => catalog.get(id)?.term ?? id));
  if (spec.fhir.repeats) item.repeats = true;
  if (spec.fhir.readOnly) item.readOnly = true;
  if (node.required && type !== 'display' && type !== 'group') item.required = true;
  if (type === 'choice') {
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
    // A list from a ValueSet goes back as the reference; an empty list is written as nothing.
    if (keyword.valueSet !== undefined) item.answerValueSet = keyword.valueSet;
    else if (getOptions(keyword).length > 0)
      item.answerOption = getOptions(keyword).map((option) => ({
        valueCoding: optionCoding(keyword, option.id, option.label),
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

/** A node as a Questionnaire item: a keyword's question (with its help and children) or an include's SDC reference. */
export function toItem(node: TreeNode, index: TreeIndex, catalog: Catalog): FhirItem {
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
      extension: [{ url: EXT.subQuestionnaire, valueCanonical: canonical }, linkIdPrefixOf(node.id)],
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
