/**
 * The answers an imported Questionnaire starts with: an item's `initial` values and the answer
 * options marked `initialSelected`, read from the item as the import kept it (fhir-original.ts).
 * FHIR renderers fill them in when the form opens, and conditions on them hold from the start, so
 * the preview starts from them too.
 */
import type { Answers, AnswerValue, Catalog, Keyword, TreeDocument } from '../domain/model.ts';
import { getOptions, isKeywordNode } from '../domain/model.ts';
import { getTypeSpec } from '../domain/keyword-types.ts';
import { indexTree } from '../domain/tree.ts';
import { asArray, ID, isObject, type Json } from './fhir-json.ts';
import { ORIGINAL_ITEM } from './fhir-original.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A FHIR dateTime with a time as the local YYYY-MM-DDThh:mm a Datum och tid answer is. */
function localDateTime(text: string): string | undefined {
  if (!text.includes('T')) return undefined;
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) return undefined;
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The option a coded or written answer names: by the id the import gave its code, else by its words. */
function optionOf(keyword: Keyword, raw: Json, index: number | undefined): string | undefined {
  const options = getOptions(keyword);
  const coding = isObject(raw.valueCoding) ? raw.valueCoding : undefined;
  const code = typeof coding?.code === 'string' ? coding.code : undefined;
  const ids = [
    code !== undefined && ID.test(code) ? code : undefined,
    index === undefined ? undefined : `v${index + 1}`,
  ];
  const words = [coding?.display, raw.valueString].filter((w): w is string => typeof w === 'string');
  return (
    options.find((o) => ids.includes(o.id))?.id ??
    options.find(
      (o) => words.includes(o.label) || (code !== undefined && o.codes?.some((c) => c.code === code)),
    )?.id
  );
}

/** One item's starting answer, for the keyword it placed; undefined when it has none the model can hold. */
function startingAnswer(keyword: Keyword, own: Json): AnswerValue | undefined {
  const initial = asArray(own.initial).filter(isObject);
  const selected: { raw: Json; index: number | undefined }[] = asArray(own.answerOption).flatMap((raw, i) =>
    isObject(raw) && raw.initialSelected === true ? [{ raw, index: i }] : [],
  );
  const first = initial[0];
  const answer = getTypeSpec(keyword.type).answer;
  switch (answer) {
    case 'tick':
      return first?.valueBoolean === true ? true : undefined;
    case 'option': {
      if (keyword.booleanAnswer && typeof first?.valueBoolean === 'boolean')
        return first.valueBoolean ? 'ja' : 'nej';
      const picked = [...selected, ...initial.map((raw) => ({ raw, index: undefined }))];
      return picked.map(({ raw, index }) => optionOf(keyword, raw, index)).find((id) => id !== undefined);
    }
    case 'options': {
      const picked = [...selected, ...initial.map((raw) => ({ raw, index: undefined }))];
      const ids = [...new Set(picked.map(({ raw, index }) => optionOf(keyword, raw, index)))].filter(
        (id): id is string => id !== undefined,
      );
      return ids.length > 0 ? ids : undefined;
    }
    case 'text': {
      const quantity = isObject(first?.valueQuantity) ? first.valueQuantity : undefined;
      if (typeof quantity?.value === 'number')
        return [String(quantity.value).replace('.', ','), quantity.unit]
          .filter((p) => typeof p === 'string' || typeof p === 'number')
          .join(' ');
      const text = first?.valueString ?? first?.valueTime ?? first?.valueUri;
      return typeof text === 'string' && text.trim() !== '' ? text : undefined;
    }
    case 'number': {
      const value = first?.valueInteger ?? first?.valueDecimal;
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    }
    case 'date': {
      const value = first?.valueDate ?? first?.valueDateTime;
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
    }
    case 'dateTime':
      return typeof first?.valueDateTime === 'string' ? localDateTime(first.valueDateTime) : undefined;
    case 'none':
    case 'computed':
      return undefined;
  }
}

/** The answers the form starts with, by node id; empty for a document that was not imported from FHIR. */
export function initialAnswers(document: TreeDocument, catalog: Catalog): Answers {
  const answers = new Map<string, AnswerValue>();
  // A text search first: a large import has thousands of kept items, few with a starting answer.
  const originals = (document.keptFromImport ?? []).filter(
    (entry) => entry.what === ORIGINAL_ITEM && entry.json.includes('"initial'),
  );
  if (originals.length === 0) return answers;
  const { places } = indexTree(document.nodes);
  for (const entry of originals) {
    const node = places.get(entry.where)?.node;
    const keyword = node && isKeywordNode(node) ? catalog.get(node.keywordId) : undefined;
    if (!keyword) continue;
    const { own } = JSON.parse(entry.json) as { own: Json };
    const value = startingAnswer(keyword, own);
    if (value !== undefined) answers.set(entry.where, value);
  }
  return answers;
}
