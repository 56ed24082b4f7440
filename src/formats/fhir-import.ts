import type {
  Condition,
  FragmentFile,
  KeptEntry,
  Keyword,
  KeywordType,
  TreeDocument,
  TreeNode,
} from '../domain/model.ts';
import type { FhirEnableWhen } from './fhir-types.ts';
import { EXT } from './fhir-urls.ts';
import { SEMVER } from '../domain/version-numbers.ts';
import { message } from '../domain/message.ts';
import { usesField } from '../domain/keyword-types.ts';
import type { FormatCode } from './format-messages.ts';
import {
  asArray,
  extensionsOf,
  findExtension,
  ID,
  isHelp,
  isObject,
  jsonExtension,
  type ImportProblem,
  type Json,
} from './fhir-json.ts';
import { optionIdsOf, toKeyword, walkItems } from './fhir-import-items.ts';
import { toClause } from './fhir-import-conditions.ts';
import { fingerprints, ORIGINAL_LINK_ID, originalItemEntry } from './fhir-original.ts';
import { repairQuestionnaire } from './fhir-repair.ts';
import {
  isMappedRule,
  isOwnInclude,
  isOwnPrefix,
  keep,
  keepUnmodelled,
  KNOWN_EXTENSIONS,
  KNOWN_ITEM_KEYS,
  KNOWN_ROOT_KEYS,
  NATURAL,
} from './fhir-import-kept.ts';

export type { ImportProblem } from './fhir-json.ts';

export type FhirImport =
  | {
      readonly ok: true;
      readonly file: FragmentFile;
      /** What had no place in the model: kept verbatim in the document, and listed for the user. */
      readonly kept: readonly KeptEntry[];
      /** What the model holds as something else (an item type, a linkId), listed for the user. */
      readonly converted: readonly Conversion[];
    }
  | { readonly ok: false; readonly problem: ImportProblem };

/** One element the import holds as something else: where (the FHIR linkId), what, from and to. */
export interface Conversion {
  readonly where: string;
  /** 'type', 'linkId', or the element a repair changed ("repeats", "enableWhen.0", "text"). */
  readonly what: string;
  readonly from: string;
  /** What it became; empty when it was left out (not valid R4, see fhir-repair.ts). */
  readonly to: string;
}

const problem = (code: FormatCode, params: ImportProblem['params']): FhirImport => ({
  ok: false,
  problem: message(code, params),
});

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
    return problem('FHIR_NOT_QUESTIONNAIRE', { type });
  }
  const { value: repaired, repairs } = repairQuestionnaire(value);
  value = repaired;
  const walked = walkItems(value);
  if (walked.problem) return { ok: false, problem: walked.problem };

  const pathOf = new Map<string, string>();
  for (const { item, path } of walked.items) {
    const linkId = item.linkId as string;
    const earlier = pathOf.get(linkId);
    if (earlier !== undefined)
      return problem('FHIR_DUPLICATE_LINKID', { linkId, first: earlier, second: path });
    pathOf.set(linkId, path);
  }
  // An include of ours declares linkIdPrefix 'its id.': a condition may name an item of the fragment
  // by that prefix (it is there once assembled) and is kept as a condition on the included keyword.
  const includePrefixes = walked.items
    .filter(({ item }) => isOwnInclude(item))
    .map(({ item }) => `${item.linkId as string}.`);
  const intoInclude = (question: string) =>
    ID.test(question) && includePrefixes.some((prefix) => question.startsWith(prefix));
  for (const { item, path } of walked.items) {
    for (const [i, when] of asArray(item.enableWhen).entries()) {
      const question = isObject(when) ? when.question : undefined;
      if (typeof question !== 'string' || (!pathOf.has(question) && !intoInclude(question)))
        return problem('FHIR_CONDITION_TARGET_MISSING', {
          path: `${path}.enableWhen[${i}]`,
          question: JSON.stringify(question ?? null).slice(0, 80),
        });
    }
  }

  // Node ids: the linkId when it is a valid id, else a fresh one no linkId has; conditions follow
  // the mapping, and the export gives the item its linkId back.
  const nodeIdOf = new Map<string, string>();
  walked.items.forEach(({ item }, i) => {
    const linkId = item.linkId as string;
    let id = ID.test(linkId) ? linkId : `n${i + 1}`;
    while (id !== linkId && pathOf.has(id)) id = `${id}_`;
    nodeIdOf.set(linkId, id);
  });
  const kept: KeptEntry[] = [];
  const converted: Conversion[] = [...repairs];
  const originals: KeptEntry[] = [];
  for (const [linkId, id] of nodeIdOf)
    if (id !== linkId) {
      converted.push({ where: linkId, what: 'linkId', from: linkId, to: id });
      originals.push({ where: id, what: ORIGINAL_LINK_ID, json: JSON.stringify(linkId) });
    }
  const foreignItems = new Map<string, Json>();
  const keywords = new Map<string, Keyword>();
  const typeOf = new Map<string, KeywordType>();
  const keywordOf = new Map<string, string>();
  const itemOf = new Map(walked.items.map(({ item }) => [item.linkId as string, item]));
  // A coded condition names its option as the answer list did: a code that is no id is the
  // option's v<n>. On a value set's codes (no answerOption) it tells the list's code system.
  const codedAs = (when: FhirEnableWhen): FhirEnableWhen => {
    const coding = when.answerCoding;
    const source = itemOf.get(when.question);
    // A choice answered by text (answerOption valueString): the condition names that option.
    const listed = keywords.get(keywordOf.get(when.question) ?? '');
    if (typeof when.answerString === 'string' && source && listed && usesField(listed.type, 'options')) {
      const at = asArray(source.answerOption).findIndex(
        (o) => isObject(o) && o.valueString === when.answerString,
      );
      if (at >= 0) {
        const { answerString: _text, ...rest } = when;
        return { ...rest, answerCoding: { code: `v${at + 1}` } };
      }
    }
    if (!coding || typeof coding.code !== 'string' || !source) return when;
    const keyword = keywords.get(keywordOf.get(when.question) ?? '');
    if (
      keyword &&
      usesField(keyword.type, 'optionSystem') &&
      !keyword.options?.length &&
      keyword.optionSystem === undefined
    )
      keyword.optionSystem = coding.system ?? '';
    const id = optionIdsOf(source).get(coding.code);
    return id !== undefined && id !== coding.code ? { ...when, answerCoding: { ...coding, code: id } } : when;
  };

  const toNode = (item: Json): TreeNode | undefined => {
    const linkId = item.linkId as string;
    const id = nodeIdOf.get(linkId)!;
    for (const key of Object.keys(item)) if (!KNOWN_ITEM_KEYS.has(key)) keep(kept, linkId, key, item[key]);
    // A foreign item's rendering control is its author's choice: kept, it replaces ours on export.
    const foreign = !jsonExtension(item, EXT.keyword);
    for (const extension of extensionsOf(item))
      if (
        (!KNOWN_EXTENSIONS.has(extension.url) ||
          (foreign && extension.url === EXT.itemControl && !isHelp(item))) &&
        !isOwnPrefix(item, extension) &&
        !isMappedRule(item, extension)
      )
        keep(kept, linkId, extension.url, extension);
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
      const keyword = toKeyword(
        item,
        id,
        children,
        (coding) => keep(kept, linkId, 'code', coding),
        asArray(value.contained),
      );
      if (!keywords.has(keyword.id)) keywords.set(keyword.id, keyword);
      if (foreign) {
        foreignItems.set(id, item);
        // No rendering control is a choice too (the renderer's default): ours is not added on
        // export. Nor is a text the item had none of (the keyword's term is then its linkId).
        if (!findExtension(item, EXT.itemControl))
          originals.push({ where: id, what: EXT.itemControl, json: 'null' });
        if (typeof item.text !== 'string' || !item.text.trim())
          originals.push({ where: id, what: 'text', json: 'null' });
      }
      typeOf.set(linkId, keywords.get(keyword.id)!.type);
      keywordOf.set(linkId, keyword.id);
      const held = keywords.get(keyword.id)!.type;
      if (typeof item.type === 'string' && !NATURAL[item.type]?.includes(held))
        converted.push({ where: linkId, what: 'type', from: item.type, to: held });
      node = { id, keywordId: keyword.id };
      if (item.required === true) node.required = true;
      keepUnmodelled(item, keywords.get(keyword.id)!.type, (what) => keep(kept, linkId, what, item[what]));
      const nested = children.map(toNode).filter((n): n is TreeNode => n !== undefined);
      if (nested.length > 0) node.children = nested;
    }
    const whens = asArray(item.enableWhen) as FhirEnableWhen[];
    if (whens.length > 0) {
      node.showWhen = {
        behavior: item.enableBehavior === 'any' ? 'any' : 'all',
        clauses: whens.map((when) =>
          toClause(codedAs(when), nodeIdOf.get(when.question) ?? when.question, typeOf.get(when.question)),
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
  // A foreign Questionnaire keeps its identity: url, language, date and a version that is no
  // semantic version are written back as they were (ours are made from the document again).
  if (!jsonExtension(value, EXT.document)) {
    for (const key of ['url', 'language', 'date'] as const)
      if (value[key] !== undefined) keep(kept, '', key, value[key]);
    if (typeof value.version === 'string' && !SEMVER.test(value.version))
      keep(kept, '', 'version', value.version);
  }
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
  const basis = fingerprints(nodes, (id) => keywords.get(id));
  for (const [id, item] of foreignItems) originals.push(originalItemEntry(id, item, basis.get(id)!));
  const stored = [
    ...kept.map((entry) => (entry.where === '' ? entry : { ...entry, where: nodeIdOf.get(entry.where)! })),
    ...originals,
  ];
  if (stored.length > 0) document.keptFromImport = stored;
  else delete document.keptFromImport;
  return {
    ok: true,
    file: { format: 'termverkstad-fragment', formatVersion: 1, document, keywords: [...keywords.values()] },
    kept,
    converted,
  };
}
