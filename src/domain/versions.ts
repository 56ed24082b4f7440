import type { Catalog, Condition, Keyword, TreeDocument, TreeNode } from './model.ts';
import { getOptions, isKeywordNode } from './model.ts';
import { indexTree } from './tree.ts';

/** One difference between two versions of a document, by node id. */
export type NodeChange =
  | { readonly kind: 'added'; readonly nodeId: string; readonly term: string }
  | { readonly kind: 'removed'; readonly nodeId: string; readonly term: string }
  | {
      readonly kind: 'changed';
      readonly nodeId: string;
      readonly term: string;
      /** What changed, by field: term, type, options, optionLabels, unit, range, description, codes, condition, required, place, include. */
      readonly fields: readonly ChangedField[];
    };

export type ChangedField =
  | 'term'
  | 'type'
  | 'options'
  | 'optionLabels'
  | 'unit'
  | 'range'
  | 'description'
  | 'codes'
  | 'condition'
  | 'required'
  | 'place'
  | 'include';

/** Changes that alter what a stored answer or a condition refers to (fhir-mapping §9: breaking). */
const BREAKING: ReadonlySet<ChangedField> = new Set(['type', 'options', 'include']);

export interface DocumentDiff {
  readonly changes: readonly NodeChange[];
  /** Ids, types or options changed, or keywords were removed: templates using it must be checked. */
  readonly breaking: boolean;
  /** Only texts changed (terms, labels, descriptions). */
  readonly textsOnly: boolean;
}

interface Side {
  readonly document: TreeDocument;
  readonly catalog: Catalog;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const conditionKey = (condition: Condition | undefined) => JSON.stringify(condition ?? null);

function termOf(node: TreeNode, catalog: Catalog): string {
  return isKeywordNode(node)
    ? (catalog.get(node.keywordId)?.term ?? node.keywordId)
    : `${node.include.fragmentId} ${node.include.version}`;
}

function keywordFields(a: Keyword, b: Keyword): ChangedField[] {
  const fields: ChangedField[] = [];
  if (a.term !== b.term) fields.push('term');
  if (a.type !== b.type) fields.push('type');
  const ids = (k: Keyword) => getOptions(k).map((o) => [o.id, o.score ?? null]);
  if (!same(ids(a), ids(b))) fields.push('options');
  else if (
    !same(
      getOptions(a).map((o) => o.label),
      getOptions(b).map((o) => o.label),
    )
  )
    fields.push('optionLabels');
  if (a.unit !== b.unit) fields.push('unit');
  if (a.min !== b.min || a.max !== b.max || a.decimals !== b.decimals || a.maxLength !== b.maxLength)
    fields.push('range');
  if (a.description !== b.description) fields.push('description');
  if (!same(a.codes ?? [], b.codes ?? [])) fields.push('codes');
  return fields;
}

/**
 * Compares two versions of a document node by node: keywords added, removed and changed (which
 * fields), conditions included. Breaking when node ids disappear or a type or value list changes;
 * texts only when nothing but terms, labels and descriptions changed. Document order of `after`,
 * removed nodes last.
 */
export function compareDocuments(before: Side, after: Side): DocumentDiff {
  const a = indexTree(before.document.nodes);
  const b = indexTree(after.document.nodes);
  const changes: NodeChange[] = [];
  for (const { node, parentId, index } of b.ordered) {
    const old = a.places.get(node.id);
    const term = termOf(node, after.catalog);
    if (!old) {
      changes.push({ kind: 'added', nodeId: node.id, term });
      continue;
    }
    const fields: ChangedField[] = [];
    if (isKeywordNode(node) && isKeywordNode(old.node)) {
      const ka = before.catalog.get(old.node.keywordId);
      const kb = after.catalog.get(node.keywordId);
      if (ka && kb) fields.push(...keywordFields(ka, kb));
      if ((old.node.required === true) !== (node.required === true)) fields.push('required');
    } else if (
      !same(isKeywordNode(node) ? null : node.include, isKeywordNode(old.node) ? null : old.node.include)
    ) {
      fields.push('include');
    }
    if (conditionKey(old.node.showWhen) !== conditionKey(node.showWhen)) fields.push('condition');
    if (old.parentId !== parentId || old.index !== index) fields.push('place');
    if (fields.length > 0) changes.push({ kind: 'changed', nodeId: node.id, term, fields });
  }
  for (const { node } of a.ordered)
    if (!b.places.has(node.id))
      changes.push({ kind: 'removed', nodeId: node.id, term: termOf(node, before.catalog) });
  const breaking = changes.some(
    (c) => c.kind === 'removed' || (c.kind === 'changed' && c.fields.some((f) => BREAKING.has(f))),
  );
  const textsOnly =
    changes.length > 0 &&
    changes.every(
      (c) =>
        c.kind === 'changed' &&
        c.fields.every((f) => f === 'term' || f === 'optionLabels' || f === 'description'),
    );
  return { changes, breaking, textsOnly };
}

/** Parses "1.2.3" (a pre-release suffix is dropped). */
function parseVersion(version: string): [number, number, number] {
  const [major = 0, minor = 0, patch = 0] = version.split('-')[0]!.split('.').map(Number);
  return [major, minor, patch];
}

/** A semantic version as documents carry it: 1.2.0, or 1.2.0-rc.1. */
export const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$/;

/** Orders semantic versions: negative when a comes before b. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/**
 * The version to suggest for "Spara version": major when the change is breaking, patch when only
 * texts changed, minor otherwise; the first saved version of a draft 0.x becomes 1.0.0 only by choice.
 */
export function suggestVersion(current: string, diff: DocumentDiff | undefined): string {
  const [major, minor, patch] = parseVersion(current);
  if (!diff) return `${major}.${minor}.${patch}`;
  if (diff.changes.length === 0) return `${major}.${minor}.${patch}`;
  if (diff.breaking && major > 0) return `${major + 1}.0.0`;
  if (diff.textsOnly) return `${major}.${minor}.${patch + 1}`;
  return `${major}.${minor + 1}.0`;
}
