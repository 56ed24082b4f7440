import type { Catalog, Condition, Keyword, TreeDocument, TreeNode } from './model.ts';
import { getOptions, isKeywordNode } from './model.ts';
import { indexTree, type NodePlace } from './tree.ts';

/** One difference between two versions of a document, by node id. */
export type NodeChange =
  | { readonly kind: 'added'; readonly nodeId: string; readonly term: string }
  | { readonly kind: 'removed'; readonly nodeId: string; readonly term: string }
  | {
      readonly kind: 'changed';
      readonly nodeId: string;
      readonly term: string;
      /** What changed, by field. */
      readonly fields: readonly ChangedField[];
      /** Each change with what it was and what it is, and its impact (Jämför shows them in words). */
      readonly details: readonly FieldChange[];
    };

export type ChangedField =
  | 'term'
  | 'type'
  | 'optionsAdded'
  | 'optionsRemoved'
  | 'scores'
  | 'optionLabels'
  | 'unit'
  | 'range'
  | 'rules'
  | 'description'
  | 'codes'
  | 'condition'
  | 'required'
  | 'place'
  | 'include';

/** A keyword's entry limits, as a comparison shows them. */
export type Limits = Pick<Keyword, 'min' | 'max' | 'decimals' | 'maxLength'>;

/** One changed field with its old and new value (language-free: the UI puts it in words). */
export type FieldChange = { readonly impact: Impact } & (
  | { readonly field: 'term' | 'unit' | 'description'; readonly before?: string; readonly after?: string }
  | { readonly field: 'type'; readonly before: Keyword['type']; readonly after: Keyword['type'] }
  | { readonly field: 'optionsAdded' | 'optionsRemoved'; readonly labels: readonly string[] }
  | {
      readonly field: 'optionLabels';
      readonly renamed: readonly { readonly before: string; readonly after: string }[];
    }
  | {
      readonly field: 'scores';
      readonly rescored: readonly {
        readonly label: string;
        readonly before?: number;
        readonly after?: number;
      }[];
    }
  | { readonly field: 'range'; readonly before: Limits; readonly after: Limits }
  | { readonly field: 'rules'; readonly before: Keyword; readonly after: Keyword }
  | { readonly field: 'codes'; readonly before: readonly string[]; readonly after: readonly string[] }
  | { readonly field: 'condition'; readonly before?: Condition; readonly after?: Condition }
  | { readonly field: 'required'; readonly before: boolean; readonly after: boolean }
  | { readonly field: 'place' }
  | { readonly field: 'include'; readonly before: string; readonly after: string }
);

/**
 * How much a change matters to what uses the document (semantic versioning for forms):
 * major = answers or conditions elsewhere may no longer fit; minor = more is possible, nothing that
 * worked stops working; patch = texts only.
 */
export type Impact = 'major' | 'minor' | 'patch';

export interface DocumentDiff {
  readonly changes: readonly NodeChange[];
  /** The largest impact of any change; undefined when nothing changed. */
  readonly impact: Impact | undefined;
  /** impact = major: templates using it must be checked. */
  readonly breaking: boolean;
  /** impact = patch: only texts changed (terms, value texts, descriptions). */
  readonly textsOnly: boolean;
}

interface Side {
  readonly document: TreeDocument;
  readonly catalog: Catalog;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const conditionKey = (condition: Condition | undefined) => JSON.stringify(condition ?? null);
const RANK: Readonly<Record<Impact, number>> = { patch: 0, minor: 1, major: 2 };
const larger = (a: Impact | undefined, b: Impact): Impact => (a && RANK[a] >= RANK[b] ? a : b);

function termOf(node: TreeNode, catalog: Catalog): string {
  return isKeywordNode(node)
    ? (catalog.get(node.keywordId)?.term ?? node.keywordId)
    : `${node.include.fragmentId} ${node.include.version}`;
}

/** True when b accepts less than a: a bound added or moved inwards, fewer decimals or characters. */
function narrower(a: Keyword, b: Keyword): boolean {
  const tighter = (x: number | undefined, y: number | undefined, inward: (x: number, y: number) => boolean) =>
    y !== undefined && (x === undefined || inward(x, y));
  return (
    tighter(a.min, b.min, (x, y) => y > x) ||
    tighter(a.max, b.max, (x, y) => y < x) ||
    tighter(a.decimals, b.decimals, (x, y) => y < x) ||
    tighter(a.maxLength, b.maxLength, (x, y) => y < x)
  );
}

const RULE_FIELDS = [
  'singleLine',
  'minLength',
  'pattern',
  'notInFuture',
  'notInPast',
  'notBefore',
  'missingItems',
] as const;

/** True when b's answer rules accept less than a's: a rule added, changed or a length raised. */
function stricterRules(a: Keyword, b: Keyword): boolean {
  return RULE_FIELDS.some((field) => {
    if (b[field] === undefined || same(a[field], b[field])) return false;
    if (field === 'minLength') return a.minLength === undefined || b.minLength! > a.minLength;
    return true;
  });
}

const limitsOf = (keyword: Keyword): Limits => {
  const limits: { -readonly [K in keyof Limits]: Limits[K] } = {};
  for (const field of ['min', 'max', 'decimals', 'maxLength'] as const)
    if (keyword[field] !== undefined) limits[field] = keyword[field];
  return limits;
};
const codesOf = (keyword: Keyword) =>
  (keyword.codes ?? []).map((c) => `${c.system} ${c.code}${c.display ? ` ${c.display}` : ''}`);

/** What changed in a keyword's definition, each with its old and new value and impact. */
function keywordChanges(a: Keyword, b: Keyword): FieldChange[] {
  const out: FieldChange[] = [];
  if (a.term !== b.term) out.push({ field: 'term', impact: 'patch', before: a.term, after: b.term });
  if (a.type !== b.type) out.push({ field: 'type', impact: 'major', before: a.type, after: b.type });
  const before = new Map(getOptions(a).map((o) => [o.id, o]));
  const after = new Map(getOptions(b).map((o) => [o.id, o]));
  const removed = [...before.values()].filter((o) => !after.has(o.id));
  const added = [...after.values()].filter((o) => !before.has(o.id));
  if (removed.length > 0)
    out.push({ field: 'optionsRemoved', impact: 'major', labels: removed.map((o) => o.label) });
  if (added.length > 0)
    out.push({ field: 'optionsAdded', impact: 'minor', labels: added.map((o) => o.label) });
  const kept = [...after.values()].filter((o) => before.has(o.id));
  const rescored = kept.filter((o) => (before.get(o.id)!.score ?? null) !== (o.score ?? null));
  if (rescored.length > 0)
    out.push({
      field: 'scores',
      impact: 'major',
      rescored: rescored.map((o) => ({
        label: o.label,
        ...(before.get(o.id)!.score !== undefined && { before: before.get(o.id)!.score }),
        ...(o.score !== undefined && { after: o.score }),
      })),
    });
  const renamed = kept.filter((o) => before.get(o.id)!.label !== o.label);
  if (renamed.length > 0)
    out.push({
      field: 'optionLabels',
      impact: 'patch',
      renamed: renamed.map((o) => ({ before: before.get(o.id)!.label, after: o.label })),
    });
  if (a.unit !== b.unit)
    out.push({
      field: 'unit',
      impact: 'major',
      ...(a.unit && { before: a.unit }),
      ...(b.unit && { after: b.unit }),
    });
  if (!same(limitsOf(a), limitsOf(b)))
    out.push({
      field: 'range',
      impact: narrower(a, b) ? 'major' : 'minor',
      before: limitsOf(a),
      after: limitsOf(b),
    });
  const rulesSame = RULE_FIELDS.every((field) => same(a[field], b[field]));
  if (!rulesSame || a.patternHint !== b.patternHint) {
    // A rule added or tightened is major; loosened minor; only the pattern's words a patch.
    const impact = stricterRules(a, b) ? 'major' : rulesSame ? 'patch' : 'minor';
    out.push({ field: 'rules', impact, before: a, after: b });
  }
  if (a.description !== b.description)
    out.push({
      field: 'description',
      impact: 'patch',
      ...(a.description !== undefined && { before: a.description }),
      ...(b.description !== undefined && { after: b.description }),
    });
  if (!same(a.codes ?? [], b.codes ?? []))
    out.push({ field: 'codes', impact: 'minor', before: codesOf(a), after: codesOf(b) });
  return out;
}

const includeRef = (node: TreeNode) =>
  isKeywordNode(node) ? '' : `${node.include.fragmentId} ${node.include.version}`;

/** What changed at one node (same id in both versions), each with its old and new value and impact. */
function nodeChanges(old: NodePlace, now: NodePlace, before: Catalog, after: Catalog): FieldChange[] {
  const out: FieldChange[] = [];
  const [a, b] = [old.node, now.node];
  if (isKeywordNode(a) && isKeywordNode(b)) {
    const ka = before.get(a.keywordId);
    const kb = after.get(b.keywordId);
    if (ka && kb) out.push(...keywordChanges(ka, kb));
    // Required where it was optional: a form that was complete may no longer be.
    if ((a.required === true) !== (b.required === true))
      out.push({
        field: 'required',
        impact: b.required ? 'major' : 'minor',
        before: a.required === true,
        after: b.required === true,
      });
  } else if (!isKeywordNode(a) && !isKeywordNode(b)) {
    if (!same(a.include, b.include))
      out.push({
        field: 'include',
        impact: a.include.fragmentId === b.include.fragmentId ? 'minor' : 'major',
        before: includeRef(a),
        after: includeRef(b),
      });
  } else out.push({ field: 'include', impact: 'major', before: includeRef(a), after: includeRef(b) });
  if (conditionKey(a.showWhen) !== conditionKey(b.showWhen))
    out.push({
      field: 'condition',
      impact: 'major',
      ...(a.showWhen && { before: a.showWhen }),
      ...(b.showWhen && { after: b.showWhen }),
    });
  if (old.parentId !== now.parentId || old.index !== now.index) out.push({ field: 'place', impact: 'minor' });
  return out;
}

/**
 * Compares two versions of a document node by node: keywords added, removed and changed (which
 * fields), and the impact by the rule for forms: removing a keyword or a value, changing a type,
 * unit, score, condition, or making a keyword required or its range narrower is major; adding an
 * optional keyword or a value, widening a range, codes and moves are minor; terms, value texts and
 * descriptions are a patch. Document order of `after`, removed nodes last.
 */
export function compareDocuments(before: Side, after: Side): DocumentDiff {
  const a = indexTree(before.document.nodes);
  const b = indexTree(after.document.nodes);
  const changes: NodeChange[] = [];
  let impact: Impact | undefined;
  for (const place of b.ordered) {
    const { node } = place;
    const old = a.places.get(node.id);
    const term = termOf(node, after.catalog);
    if (!old) {
      changes.push({ kind: 'added', nodeId: node.id, term });
      impact = larger(impact, isKeywordNode(node) && node.required ? 'major' : 'minor');
      continue;
    }
    const details = nodeChanges(old, place, before.catalog, after.catalog);
    if (details.length === 0) continue;
    changes.push({ kind: 'changed', nodeId: node.id, term, fields: details.map((d) => d.field), details });
    for (const detail of details) impact = larger(impact, detail.impact);
  }
  for (const { node } of a.ordered)
    if (!b.places.has(node.id)) {
      changes.push({ kind: 'removed', nodeId: node.id, term: termOf(node, before.catalog) });
      impact = 'major';
    }
  return { changes, impact, breaking: impact === 'major', textsOnly: impact === 'patch' };
}
