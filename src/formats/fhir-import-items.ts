/** FHIR Questionnaire items as keywords: the item tree walked, and each item's keyword read. */
import type { Coding, Keyword, KeywordType, Option } from '../domain/model.ts';
import { assertNever, getTypeSpec, KEYWORD_FIELDS, usesField } from '../domain/keyword-types.ts';
import { message } from '../domain/message.ts';
import { ITEM_TYPES, type FhirExtension, type ItemType } from './fhir-types.ts';
import { CODE_SYSTEM_URIS, EXT, optionSystem, RULE_EXT, YES_NO_SYSTEM } from './fhir-urls.ts';
import { isTodayBound, unanchored } from './fhir-answer-rules.ts';
import { expandContained } from './fhir-value-sets.ts';
import {
  asArray,
  findExtension,
  ID,
  isHelp,
  isObject,
  jsonExtension,
  type ImportProblem,
  type Json,
} from './fhir-json.ts';

const KNOWN_ITEM_TYPES: ReadonlySet<string> = new Set(ITEM_TYPES);
const SYSTEM_NAMES = new Map<string, Coding['system']>(
  Object.entries(CODE_SYSTEM_URIS).map(([name, uri]) => [uri, name as Coding['system']]),
);

interface Walked {
  readonly item: Json;
  readonly path: string;
}

/** Every item with its path ("item[0].item[2]"), in document order, and the first structural problem. */
export function walkItems(root: Json): { items: Walked[]; problem?: ImportProblem } {
  const items: Walked[] = [];
  const stack: Walked[] = asArray(root.item)
    .map((item, i) => ({ item: item as Json, path: `item[${i}]` }))
    .reverse();
  while (stack.length > 0) {
    const { item, path } = stack.pop()!;
    if (!isObject(item)) return { items, problem: message('FHIR_ITEM_NOT_OBJECT', { path }) };
    if (typeof item.linkId !== 'string' || item.linkId === '')
      return { items, problem: message('FHIR_ITEM_NO_LINKID', { path }) };
    if (typeof item.type !== 'string' || !KNOWN_ITEM_TYPES.has(item.type)) {
      const type = JSON.stringify(item.type ?? null).slice(0, 40);
      return {
        items,
        problem: message('FHIR_ITEM_UNKNOWN_TYPE', { path, linkId: item.linkId, type }),
      };
    }
    items.push({ item, path });
    const children = asArray(item.item);
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ item: children[i] as Json, path: `${path}.item[${i}]` });
  }
  return { items };
}

/** R5's name for an answer's score (R4 and SDC: ordinalValue). */
const ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';

function toOptions(item: Json, base: Keyword | undefined): Option[] {
  return asArray(item.answerOption).flatMap((raw, i): Option[] => {
    if (!isObject(raw)) return [];
    const coding = isObject(raw.valueCoding) ? raw.valueCoding : undefined;
    const code = typeof coding?.code === 'string' ? coding.code : undefined;
    const label =
      (typeof coding?.display === 'string' && coding.display) ||
      (typeof raw.valueString === 'string' && raw.valueString) ||
      (typeof raw.valueInteger === 'number' && String(raw.valueInteger)) ||
      code ||
      `Värde ${i + 1}`;
    const id = code && ID.test(code) ? code : `v${i + 1}`;
    const option: Option = { id, label };
    // R4 puts ordinalValue on the Coding, SDC and others on the answerOption; R5 calls it itemWeight.
    const score = [raw, ...(coding ? [coding] : [])]
      .flatMap((element) => [findExtension(element, EXT.ordinalValue), findExtension(element, ITEM_WEIGHT)])
      .map((extension) => extension?.valueDecimal ?? extension?.valueInteger)
      .find((value) => typeof value === 'number');
    if (score !== undefined) option.score = score;
    const codes = base?.options?.find((o) => o.id === id)?.codes;
    if (codes) option.codes = codes;
    return [option];
  });
}

/**
 * The one code system of an item's coded answers when it is not ours: a URI, or '' when the codes
 * have none. Undefined for our own lists, lists without codings, and lists that mix systems.
 */
export function foreignSystemOf(item: Json): string | undefined {
  const codings = asArray(item.answerOption).map((o) =>
    isObject(o) && isObject(o.valueCoding) ? o.valueCoding : undefined,
  );
  if (codings.length === 0 || codings.some((c) => c === undefined)) return undefined;
  const systems = new Set(codings.map((c) => (typeof c!.system === 'string' ? c!.system : '')));
  if (systems.size !== 1) return undefined;
  const system = [...systems][0]!;
  return system.startsWith(optionSystem('')) || system === YES_NO_SYSTEM ? undefined : system;
}

/** The option id each code of an item's answers became (codes that are no ids become v<n>). */
export function optionIdsOf(item: Json): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [i, raw] of asArray(item.answerOption).entries()) {
    const code = isObject(raw) && isObject(raw.valueCoding) ? raw.valueCoding.code : undefined;
    if (typeof code === 'string') ids.set(code, ID.test(code) ? code : `v${i + 1}`);
  }
  return ids;
}

function toKeywordType(item: Json, base: Keyword | undefined, options: readonly Option[]): KeywordType {
  const type = item.type as ItemType;
  switch (type) {
    case 'group':
    case 'display':
      return 'heading';
    case 'boolean':
      // Ours are Ja-kryss; a boolean from elsewhere answers Ja and Nej (false is an answer too).
      return base?.type === 'check' ? 'check' : 'yesNo';
    case 'choice':
    case 'open-choice': {
      // Answers neither listed nor named (an expression or a server gives them): typed as text.
      if (options.length === 0 && item.answerValueSet === undefined) return 'text';
      if (item.repeats === true) return 'multipleChoice';
      const systems = asArray(item.answerOption).map((o) =>
        isObject(o) && isObject(o.valueCoding) ? o.valueCoding.system : undefined,
      );
      const yesNo =
        options.length === 2 &&
        systems.every((s) => s === YES_NO_SYSTEM) &&
        options[0]!.id === 'ja' &&
        options[1]!.id === 'nej';
      return yesNo ? 'yesNo' : 'singleChoice';
    }
    case 'integer':
    case 'decimal':
      return item.readOnly === true && base?.type === 'score' ? 'score' : 'number';
    case 'date':
      return 'date';
    case 'dateTime':
      return 'dateTime';
    // No keyword type of their own (yet): what they hold is kept as free text.
    case 'string':
    case 'text':
    case 'time':
    case 'url':
    case 'attachment':
    case 'reference':
    case 'quantity':
      return 'text';
    default:
      return assertNever(type, 'FHIR item type');
  }
}

/** The keyword an item places: our keyword extension where present, with what the item itself says. */
/** Keyword fields FHIR has no element for: they come from our keyword JSON only. */
const FROM_KEYWORD_JSON: ReadonlySet<string> = new Set([
  'scoreSources',
  'bands',
  'missingItems',
  'notBefore',
]);

/** Answer rules from their FHIR extensions (fhir-answer-rules.ts); notBefore comes with our keyword JSON. */
function readRules(item: Json, type: KeywordType, keyword: Keyword) {
  if (usesField(type, 'singleLine') && item.type === 'string') keyword.singleLine = true;
  if (usesField(type, 'booleanAnswer') && item.type === 'boolean') keyword.booleanAnswer = true;
  if (usesField(type, 'openChoice') && item.type === 'open-choice') keyword.openChoice = true;
  if (usesField(type, 'pattern')) {
    const minLength = findExtension(item, RULE_EXT.minLength)?.valueInteger;
    if (typeof minLength === 'number' && minLength >= 1) keyword.minLength = minLength;
    const regex = findExtension(item, RULE_EXT.regex)?.valueString;
    if (typeof regex === 'string' && unanchored(regex).length <= 200) keyword.pattern = unanchored(regex);
    const hint = findExtension(item, RULE_EXT.entryFormat)?.valueString;
    if (typeof hint === 'string' && hint.trim()) keyword.patternHint = hint.trim().slice(0, 500);
  }
  if (usesField(type, 'notInFuture')) {
    if (isTodayBound(findExtension(item, EXT.maxValue))) keyword.notInFuture = true;
    if (isTodayBound(findExtension(item, EXT.minValue))) keyword.notInPast = true;
  }
  if (!usesField(type, 'notBefore')) delete keyword.notBefore;
}

export function toKeyword(
  item: Json,
  nodeId: string,
  children: readonly Json[],
  keepCode: (coding: unknown) => void,
  contained: readonly unknown[] = [],
): Keyword {
  const base = jsonExtension(item, EXT.keyword) as Keyword | undefined;
  const valueSet = typeof item.answerValueSet === 'string' ? item.answerValueSet.slice(0, 500) : undefined;
  const expanded = valueSet === undefined ? undefined : expandContained(valueSet, contained);
  const options = expanded?.options ?? toOptions(item, base);
  const type = toKeywordType(item, base, options);
  const keyword: Keyword = {
    ...(base ?? {}),
    id: typeof base?.id === 'string' && ID.test(base.id) ? base.id : `kw-${nodeId}`.slice(0, 64),
    term: (typeof item.text === 'string' && item.text.trim()) || base?.term || nodeId,
    type,
    status: base?.status ?? 'active',
  };
  // What the item itself says replaces what our keyword JSON said; the rest (score sources and
  // bands, missing items, notBefore, status, 1177) only that JSON carries.
  for (const field of [...KEYWORD_FIELDS, 'codes', 'description'] as const)
    if (!FROM_KEYWORD_JSON.has(field)) delete keyword[field];
  readRules(item, type, keyword);
  if (usesField(type, 'options')) keyword.options = options;
  const system = !usesField(type, 'optionSystem')
    ? undefined
    : expanded
      ? expanded.system
      : foreignSystemOf(item);
  if (system !== undefined) keyword.optionSystem = system;
  if (valueSet !== undefined && usesField(type, 'valueSet')) keyword.valueSet = valueSet;
  const unit = findExtension(item, EXT.unit)?.valueCoding;
  if (unit && (unit.display ?? unit.code)) keyword.unit = (unit.display ?? unit.code)!;
  const number = (e: FhirExtension | undefined) => e?.valueInteger ?? e?.valueDecimal;
  const min = number(findExtension(item, EXT.minValue));
  const max = number(findExtension(item, EXT.maxValue));
  // A score's range is worked out from its sources; only a typed number carries entry limits.
  const typed = getTypeSpec(type).answer === 'number';
  if (typed && min !== undefined) keyword.min = min;
  if (typed && max !== undefined) keyword.max = max;
  const decimals = findExtension(item, EXT.maxDecimalPlaces)?.valueInteger;
  if (typed) {
    if (item.type === 'integer') keyword.decimals = 0;
    else if (decimals !== undefined) keyword.decimals = decimals;
  }
  if (usesField(type, 'maxLength') && typeof item.maxLength === 'number') keyword.maxLength = item.maxLength;
  const codes = asArray(item.code).flatMap((c): Coding[] => {
    if (!isObject(c) || typeof c.code !== 'string') return [];
    const system = typeof c.system === 'string' ? SYSTEM_NAMES.get(c.system) : undefined;
    if (!system) {
      keepCode(c);
      return [];
    }
    return [{ system, code: c.code, ...(typeof c.display === 'string' && { display: c.display }) }];
  });
  if (codes.length > 0) keyword.codes = codes;
  const help = children.find(isHelp);
  if (help && typeof help.text === 'string') keyword.description = help.text;
  return keyword;
}
