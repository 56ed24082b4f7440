/**
 * A small notation for writing example trees the way domain-knowledge.md draws them, turned into
 * canonical documents and keywords with deterministic ids (so the shipped files are stable).
 */
import type { Clause, Condition, Keyword, KeywordNode, TreeDocument, TreeNode } from '../domain/model.ts';
import { getOptions } from '../domain/model.ts';

export * from './notation.ts';
import type { NodeSpec } from './notation.ts';

/** Lower-case ASCII slug for ids: "Åtgärd – typ" -> "atgard-typ". */
export function slugify(text: string, maxLength = 48): string {
  const slug = text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[éè]/g, 'e')
    .replace(/≥/g, 'minst-')
    .replace(/</g, 'under-')
    .replace(/>/g, 'over-')
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/g, '') || 'x';
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The same node with its keys in reading order: what, whether required, when shown, then children. */
function inReadableOrder(node: TreeNode): TreeNode {
  if (!('keywordId' in node)) return node;
  const { id, keywordId, required, showWhen, children } = node;
  const ordered: KeywordNode = { id, keywordId };
  if (required !== undefined) ordered.required = required;
  if (showWhen) ordered.showWhen = showWhen;
  if (children) ordered.children = children.map(inReadableOrder);
  return ordered;
}

export interface DocumentMeta {
  readonly id: string;
  readonly kind: TreeDocument['kind'];
  readonly title: string;
  readonly description: string;
  readonly createdAt: string;
}

/**
 * Builds a document and its keywords from specs. Keyword and node ids are `<prefix>-<slug>`;
 * option ids are slugs of their labels; condition sources and option labels are resolved.
 */
export function buildDocument(
  meta: DocumentMeta,
  prefix: string,
  specs: readonly NodeSpec[],
  extraNodes: readonly TreeNode[] = [],
): { document: TreeDocument; keywords: Keyword[] } {
  const keywordIds = new Set<string>();
  const nodeIds = new Set<string>();
  const keywords: Keyword[] = [];
  const byKey = new Map<string, { node: KeywordNode; keyword: Keyword }>();
  const pending: { node: KeywordNode; spec: NodeSpec; parentKey: string | undefined }[] = [];

  const build = (spec: NodeSpec, parentKey: string | undefined): KeywordNode => {
    const slug = slugify(spec.term);
    const keyword: Keyword = {
      id: uniqueId(`kw-${prefix}-${slug}`, keywordIds),
      term: spec.term,
      type: spec.type,
      status: 'active',
    };
    if (spec.description) keyword.description = spec.description;
    if (spec.options) {
      const optionIds = new Set<string>();
      keyword.options = spec.options.map((option) => {
        const [label, points] = typeof option === 'string' ? [option, undefined] : option;
        const built: NonNullable<Keyword['options']>[number] = {
          id: uniqueId(slugify(label), optionIds),
          label,
        };
        if (points !== undefined) built.score = points;
        const codes = spec.optionCodes?.[label];
        if (codes) built.codes = [...codes];
        return built;
      });
    }
    for (const field of [
      'unit',
      'min',
      'max',
      'decimals',
      'maxLength',
      'minLength',
      'singleLine',
      'booleanAnswer',
      'pattern',
      'patternHint',
      'notInFuture',
      'notInPast',
      'missingItems',
      'shownIn1177',
    ] as const) {
      if (spec[field] !== undefined) (keyword as unknown as Record<string, unknown>)[field] = spec[field];
    }
    if (spec.codes) keyword.codes = [...spec.codes];
    if (spec.bands) keyword.bands = spec.bands.map(([min, max, label]) => ({ min, max, label }));
    keywords.push(keyword);

    const node: KeywordNode = { id: uniqueId(`${prefix}-${slug}`, nodeIds), keywordId: keyword.id };
    if (spec.required) node.required = true;
    const key = spec.key ?? slug;
    if (byKey.has(key)) throw new Error(`duplicate example key ${key}`);
    byKey.set(key, { node, keyword });
    pending.push({ node, spec, parentKey });
    if (spec.children && spec.children.length > 0)
      node.children = spec.children.map((child) => build(child, key));
    return node;
  };
  const nodes: TreeNode[] = [...specs.map((spec) => build(spec, undefined)), ...extraNodes];

  for (const { node, spec, parentKey } of pending) {
    const keyword = byKey.get(spec.key ?? slugify(spec.term))!.keyword;
    if (spec.notBefore) {
      const other = byKey.get(spec.notBefore);
      if (!other) throw new Error(`unknown notBefore ${spec.notBefore}`);
      keyword.notBefore = other.keyword.id;
    }
    if (spec.scoreOf) {
      keyword.scoreSources = spec.scoreOf.map((entry) => {
        const [key, factor] = typeof entry === 'string' ? [entry, undefined] : entry;
        const source = byKey.get(key);
        if (!source) throw new Error(`unknown score source ${key}`);
        return factor === undefined
          ? { keywordId: source.keyword.id }
          : { keywordId: source.keyword.id, factor };
      });
    }
    if (!spec.when) continue;
    const clauses = spec.when.clauses.map((clauseSpec): Clause => {
      const sourceKey = clauseSpec.source ?? parentKey;
      const source = sourceKey === undefined ? undefined : byKey.get(sourceKey);
      if (!source) throw new Error(`unknown condition source ${String(sourceKey)} for ${spec.term}`);
      const clause: Clause = { source: source.node.id, operator: clauseSpec.operator };
      if (typeof clauseSpec.value === 'number') clause.value = clauseSpec.value;
      else if (clauseSpec.value !== undefined && getOptions(source.keyword).length === 0)
        // A text, a date or a date and time is compared as written.
        clause.value = clauseSpec.value;
      else if (clauseSpec.value !== undefined) {
        const option = getOptions(source.keyword).find((o) => o.label === clauseSpec.value);
        if (!option) throw new Error(`no option "${clauseSpec.value}" in ${source.keyword.term}`);
        clause.value = option.id;
      }
      return clause;
    });
    node.showWhen = { behavior: spec.when.behavior, clauses: clauses as Condition['clauses'] };
  }

  const document: TreeDocument = {
    id: meta.id,
    kind: meta.kind,
    title: meta.title,
    description: meta.description,
    version: '0.1.0',
    status: 'draft',
    example: true,
    nodes: nodes.map(inReadableOrder),
    changeLog: [
      {
        at: meta.createdAt,
        by: 'Termverkstad',
        version: '0.1.0',
        status: 'draft',
        note: 'Exempel som följer med appen.',
      },
    ],
    createdAt: meta.createdAt,
    updatedAt: meta.createdAt,
  };
  return { document, keywords };
}
