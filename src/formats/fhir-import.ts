import type {
  Clause,
  Coding,
  Condition,
  FragmentFile,
  KeptEntry,
  Keyword,
  KeywordType,
  Option,
  TreeDocument,
  TreeNode,
} from '../domain/model.ts';
import { ITEM_TYPES, type FhirEnableWhen, type FhirExtension, type ItemType } from './fhir-types.ts';
import { assertNever, getTypeSpec, usesField } from '../domain/keyword-types.ts';
import { CODE_SYSTEM_URIS, EXT, ITEM_CONTROL_SYSTEM, YES_NO_SYSTEM } from './fhir-urls.ts';

/** A reason, in both languages and naming where, that a Questionnaire cannot be imported. */
export interface ImportProblem {
  readonly sv: string;
  readonly en: string;
}

export type FhirImport =
  | {
      readonly ok: true;
      readonly file: FragmentFile;
      /** What had no place in the model: kept verbatim in the document, and listed for the user. */
      readonly kept: readonly KeptEntry[];
    }
  | { readonly ok: false; readonly problem: ImportProblem };

type Json = Record<string, unknown>;

const KNOWN_ITEM_TYPES: ReadonlySet<string> = new Set(ITEM_TYPES);
/** Item elements the import maps; anything else is kept verbatim. */
const KNOWN_ITEM_KEYS = new Set([
  'linkId',
  'text',
  'type',
  'code',
  'extension',
  'enableWhen',
  'enableBehavior',
  'required',
  'repeats',
  'readOnly',
  'maxLength',
  'answerOption',
  'item',
]);
const KNOWN_ROOT_KEYS = new Set([
  'resourceType',
  'id',
  'url',
  'version',
  'title',
  'status',
  'language',
  'description',
  'date',
  'extension',
  'item',
]);
const KNOWN_EXTENSIONS: ReadonlySet<string> = new Set(Object.values(EXT));
const ID = /^[A-Za-z0-9._-]{1,64}$/;
const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$/;
const SYSTEM_NAMES = new Map<string, Coding['system']>(
  Object.entries(CODE_SYSTEM_URIS).map(([name, uri]) => [uri, name as Coding['system']]),
);

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const problem = (sv: string, en: string): FhirImport => ({ ok: false, problem: { sv, en } });

function extensionsOf(element: Json): FhirExtension[] {
  return asArray(element.extension).filter(
    (e): e is FhirExtension => isObject(e) && typeof e.url === 'string',
  );
}
const findExtension = (element: Json, url: string) => extensionsOf(element).find((e) => e.url === url);

/** Our JSON extensions (keyword, document): an object, or undefined when absent or unreadable. */
function jsonExtension(element: Json, url: string): Json | undefined {
  const text = findExtension(element, url)?.valueString;
  if (typeof text !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const isHelp = (item: Json) =>
  item.type === 'display' &&
  findExtension(item, EXT.itemControl)?.valueCodeableConcept?.coding?.some(
    (c) => c.system === ITEM_CONTROL_SYSTEM && c.code === 'help',
  ) === true;

interface Walked {
  readonly item: Json;
  readonly path: string;
}

/** Every item with its path ("item[0].item[2]"), in document order, and the first structural problem. */
function walkItems(root: Json): { items: Walked[]; problem?: FhirImport } {
  const items: Walked[] = [];
  const stack: Walked[] = asArray(root.item)
    .map((item, i) => ({ item: item as Json, path: `item[${i}]` }))
    .reverse();
  while (stack.length > 0) {
    const { item, path } = stack.pop()!;
    if (!isObject(item))
      return { items, problem: problem(`${path} är inte ett objekt.`, `${path} is not an object.`) };
    if (typeof item.linkId !== 'string' || item.linkId === '')
      return { items, problem: problem(`${path} saknar linkId.`, `${path} has no linkId.`) };
    if (typeof item.type !== 'string' || !KNOWN_ITEM_TYPES.has(item.type)) {
      const type = JSON.stringify(item.type ?? null).slice(0, 40);
      return {
        items,
        problem: problem(
          `${path} (linkId "${item.linkId}") har okänd typ ${type}.`,
          `${path} (linkId "${item.linkId}") has an unknown type ${type}.`,
        ),
      };
    }
    items.push({ item, path });
    const children = asArray(item.item);
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ item: children[i] as Json, path: `${path}.item[${i}]` });
  }
  return { items };
}

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
    const score = findExtension(raw, EXT.ordinalValue)?.valueDecimal;
    if (typeof score === 'number') option.score = score;
    const codes = base?.options?.find((o) => o.id === id)?.codes;
    if (codes) option.codes = codes;
    return [option];
  });
}

function toKeywordType(item: Json, base: Keyword | undefined, options: readonly Option[]): KeywordType {
  const type = item.type as ItemType;
  switch (type) {
    case 'group':
    case 'display':
      return 'heading';
    case 'boolean':
      return 'check';
    case 'choice':
    case 'open-choice': {
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
    case 'dateTime':
      return 'date';
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

function toKeyword(
  item: Json,
  nodeId: string,
  children: readonly Json[],
  keepCode: (coding: unknown) => void,
): Keyword {
  const base = jsonExtension(item, EXT.keyword) as Keyword | undefined;
  const options = toOptions(item, base);
  const type = toKeywordType(item, base, options);
  const keyword: Keyword = {
    ...(base ?? {}),
    id: typeof base?.id === 'string' && ID.test(base.id) ? base.id : `kw-${nodeId}`.slice(0, 64),
    term: (typeof item.text === 'string' && item.text.trim()) || base?.term || nodeId,
    type,
    status: base?.status ?? 'active',
  };
  for (const field of [
    'options',
    'unit',
    'min',
    'max',
    'decimals',
    'maxLength',
    'codes',
    'description',
  ] as const)
    delete keyword[field];
  if (usesField(type, 'options')) keyword.options = options;
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

/** A FHIR enableWhen as one of our clauses, given the source's keyword type. */
function toClause(when: FhirEnableWhen, source: string, sourceType: KeywordType | undefined): Clause {
  const { operator } = when;
  if (operator === 'exists')
    return { source, operator: when.answerBoolean === false ? 'notAnswered' : 'answered' };
  const value =
    when.answerCoding?.code ??
    when.answerInteger ??
    when.answerDecimal ??
    when.answerDate ??
    when.answerString;
  if (when.answerBoolean !== undefined) {
    if (sourceType === 'check')
      return { source, operator: when.answerBoolean === (operator === '=') ? 'checked' : 'notAnswered' };
    return {
      source,
      operator: operator === '!=' ? 'notEquals' : 'equals',
      value: when.answerBoolean ? 'ja' : 'nej',
    };
  }
  const ORDER = { '<': 'lessThan', '<=': 'lessOrEqual', '>': 'greaterThan', '>=': 'greaterOrEqual' } as const;
  if (operator in ORDER)
    return { source, operator: ORDER[operator as keyof typeof ORDER], value: value ?? '' };
  if (operator === '=' && sourceType === 'multipleChoice')
    return { source, operator: 'includes', value: value ?? '' };
  return { source, operator: operator === '!=' ? 'notEquals' : 'equals', value: value ?? '' };
}

function keep(out: KeptEntry[], where: string, what: string, value: unknown) {
  out.push({ where, what, json: JSON.stringify(value).slice(0, 100000) });
}

/**
 * Reads a FHIR R4 Questionnaire back into a template or fragment (fhir-mapping.md §8): items become
 * nodes (groups and display texts headings, help texts descriptions, subQuestionnaire references
 * includes), enableWhen becomes conditions. Duplicate linkIds and conditions pointing nowhere refuse
 * the import, naming where. Elements and extensions it cannot model are kept verbatim and listed.
 * The result still goes through the schema and the rules (validation/check-file.ts).
 */
export function fromQuestionnaire(value: Json, now: string): FhirImport {
  if (value.resourceType !== 'Questionnaire') {
    const type = JSON.stringify(value.resourceType ?? null).slice(0, 60);
    return problem(
      `FHIR-resursen är av typen ${type}; bara Questionnaire kan importeras.`,
      `The FHIR resource is of type ${type}; only Questionnaire can be imported.`,
    );
  }
  const walked = walkItems(value);
  if (walked.problem) return walked.problem;

  const pathOf = new Map<string, string>();
  for (const { item, path } of walked.items) {
    const linkId = item.linkId as string;
    const earlier = pathOf.get(linkId);
    if (earlier !== undefined)
      return problem(
        `linkId "${linkId}" finns två gånger: ${earlier} och ${path} (FHIR que-2).`,
        `linkId "${linkId}" occurs twice: ${earlier} and ${path} (FHIR que-2).`,
      );
    pathOf.set(linkId, path);
  }
  for (const { item, path } of walked.items) {
    for (const [i, when] of asArray(item.enableWhen).entries()) {
      const question = isObject(when) ? when.question : undefined;
      if (typeof question !== 'string' || !pathOf.has(question))
        return problem(
          `Villkoret ${path}.enableWhen[${i}] pekar på linkId ${JSON.stringify(question ?? null)}, som inte finns.`,
          `The condition ${path}.enableWhen[${i}] refers to linkId ${JSON.stringify(question ?? null)}, which does not exist.`,
        );
    }
  }

  // Node ids: the linkId when it is a valid id, else a fresh one; conditions follow the mapping.
  const nodeIdOf = new Map<string, string>();
  walked.items.forEach(({ item }, i) => {
    const linkId = item.linkId as string;
    nodeIdOf.set(linkId, ID.test(linkId) ? linkId : `n${i + 1}`);
  });
  const kept: KeptEntry[] = [];
  const keywords = new Map<string, Keyword>();
  const typeOf = new Map<string, KeywordType>();

  const toNode = (item: Json): TreeNode | undefined => {
    const linkId = item.linkId as string;
    const id = nodeIdOf.get(linkId)!;
    for (const key of Object.keys(item)) if (!KNOWN_ITEM_KEYS.has(key)) keep(kept, linkId, key, item[key]);
    for (const extension of extensionsOf(item))
      if (!KNOWN_EXTENSIONS.has(extension.url)) keep(kept, linkId, extension.url, extension);
    const children = asArray(item.item).filter(isObject);
    let node: TreeNode;
    const canonical = findExtension(item, EXT.subQuestionnaire)?.valueCanonical;
    if (item.type === 'display' && typeof canonical === 'string') {
      const [url = '', version = ''] = canonical.split('|');
      const fragmentId = url.split('/').pop() ?? '';
      node = {
        id,
        include: {
          fragmentId: ID.test(fragmentId) ? fragmentId : 'okant-fragment',
          version: SEMVER.test(version) ? version : '0.1.0',
        },
      };
    } else {
      if (isHelp(item)) return undefined;
      const keyword = toKeyword(item, id, children, (coding) => keep(kept, linkId, 'code', coding));
      if (!keywords.has(keyword.id)) keywords.set(keyword.id, keyword);
      typeOf.set(linkId, keywords.get(keyword.id)!.type);
      node = { id, keywordId: keyword.id };
      if (item.required === true) node.required = true;
      const nested = children.map(toNode).filter((n): n is TreeNode => n !== undefined);
      if (nested.length > 0) node.children = nested;
    }
    const whens = asArray(item.enableWhen) as FhirEnableWhen[];
    if (whens.length > 0) {
      node.showWhen = {
        behavior: item.enableBehavior === 'any' ? 'any' : 'all',
        clauses: whens.map((when) =>
          toClause(when, nodeIdOf.get(when.question)!, typeOf.get(when.question)),
        ) as Condition['clauses'],
      };
    }
    return node;
  };
  const nodes = asArray(value.item)
    .filter(isObject)
    .map(toNode)
    .filter((n): n is TreeNode => n !== undefined);
  for (const key of Object.keys(value)) if (!KNOWN_ROOT_KEYS.has(key)) keep(kept, '', key, value[key]);
  for (const extension of extensionsOf(value))
    if (!KNOWN_EXTENSIONS.has(extension.url)) keep(kept, '', extension.url, extension);

  const saved = jsonExtension(value, EXT.document) ?? {};
  const expectation = findExtension(value, EXT.assembleExpectation)?.valueCode ?? '';
  const urlTail = typeof value.url === 'string' ? value.url.split('/').pop() : undefined;
  const idCandidate = [saved.id, value.id, urlTail].find(
    (v): v is string => typeof v === 'string' && ID.test(v),
  );
  const status = value.status === 'active' ? 'approved' : value.status === 'retired' ? 'retired' : 'draft';
  const document: TreeDocument = {
    changeLog: [{ at: now, note: 'Importerad från FHIR Questionnaire.' }],
    createdAt: now,
    updatedAt: now,
    ...(saved as Partial<TreeDocument>),
    id: idCandidate ?? 'importerat-formular',
    kind:
      (saved.kind as TreeDocument['kind'] | undefined) ??
      (expectation.endsWith('child') ? 'fragment' : 'template'),
    title: (typeof value.title === 'string' && value.title) || 'Importerat formulär',
    version: typeof value.version === 'string' && SEMVER.test(value.version) ? value.version : '0.1.0',
    status: (saved.status as TreeDocument['status'] | undefined) ?? status,
    nodes,
  };
  if (typeof value.description === 'string') document.description = value.description;
  if (kept.length > 0) document.keptFromImport = kept;
  else delete document.keptFromImport;
  return {
    ok: true,
    file: { format: 'termverkstad-fragment', formatVersion: 1, document, keywords: [...keywords.values()] },
    kept,
  };
}
