/**
 * A foreign item written back exactly as it came. The import keeps each item's own elements (all
 * but its children) with a fingerprint of what the model read them as; the export writes them back
 * verbatim while the node and its keyword still match that fingerprint, and from the model once
 * they were edited. It also keeps the linkIds the model could not use as node ids.
 */
import type { FragmentFile, KeptEntry, Keyword, TreeNode } from '../domain/model.ts';
import { getChildren, isKeywordNode } from '../domain/model.ts';
import { indexTree } from '../domain/tree.ts';
import type { FhirItem } from './fhir-types.ts';
import type { Json } from './fhir-json.ts';

/** The kept entry holding an item's own elements; `what` of a renamed item's original linkId. */
export const ORIGINAL_ITEM = '#item';
export const ORIGINAL_LINK_ID = '#linkId';

/** What the model made of one item: the keyword, the node's own fields, and whether it has children. */
function fingerprint(node: TreeNode, keyword: Keyword | undefined): string {
  if (!isKeywordNode(node)) return '';
  // Not the keyword's id: an import may give it another where the library has one of that id.
  const { id: _id, ...definition } = keyword ?? { id: '' };
  return JSON.stringify([
    definition,
    node.required ?? false,
    node.showWhen ?? null,
    getChildren(node).length > 0,
  ]);
}

/** Each keyword node's fingerprint by node id. */
export function fingerprints(
  nodes: readonly TreeNode[],
  keywordOf: (id: string) => Keyword | undefined,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const { node } of indexTree(nodes).ordered)
    if (isKeywordNode(node)) out.set(node.id, fingerprint(node, keywordOf(node.keywordId)));
  return out;
}

/** The kept entry of an item's own elements, as it came. */
export function originalItemEntry(nodeId: string, item: Json, basis: string): KeptEntry {
  const { item: _children, linkId: _linkId, ...own } = item;
  return { where: nodeId, what: ORIGINAL_ITEM, json: JSON.stringify({ basis, own }) };
}

/**
 * Writes back what is unchanged since the import: an item whose fingerprint is the same gets its
 * own elements as they came. Returns the node ids so restored (their other kept entries are in it).
 */
export function restoreOriginals(
  byLinkId: ReadonlyMap<string, FhirItem>,
  kept: readonly KeptEntry[],
  now: ReadonlyMap<string, string>,
): Set<string> {
  const restored = new Set<string>();
  for (const entry of kept) {
    if (entry.what !== ORIGINAL_ITEM) continue;
    const item = byLinkId.get(entry.where);
    const { basis, own } = JSON.parse(entry.json) as { basis: string; own: Json };
    if (!item || now.get(entry.where) !== basis) continue;
    const { linkId, item: children } = item;
    for (const key of Object.keys(item)) delete (item as unknown as Json)[key];
    Object.assign(item, own, { linkId }, children && { item: children });
    restored.add(entry.where);
  }
  return restored;
}

/** The original linkId of each renamed item, by node id. */
function originalLinkIds(kept: readonly KeptEntry[]): Map<string, string> {
  return new Map(
    kept.filter((e) => e.what === ORIGINAL_LINK_ID).map((e) => [e.where, JSON.parse(e.json) as string]),
  );
}

/**
 * Gives renamed items their original linkIds back, in every item and every enableWhen that names
 * them (a condition written from the model names the node id).
 */
export function restoreLinkIds(items: readonly FhirItem[], kept: readonly KeptEntry[]) {
  const original = originalLinkIds(kept);
  if (original.size === 0) return;
  const stack = [...items];
  while (stack.length > 0) {
    const item = stack.pop()!;
    for (const when of item.enableWhen ?? []) when.question = original.get(when.question) ?? when.question;
    item.linkId = original.get(item.linkId) ?? item.linkId;
    stack.push(...(item.item ?? []));
  }
}

/** Our fields under the FHIR names a person who wrote the Questionnaire knows. */
const FHIR_NAME: Readonly<Record<string, string>> = {
  showWhen: 'enableWhen',
  term: 'text',
  options: 'answerOption',
  valueSet: 'answerValueSet',
  codes: 'code',
};

/**
 * Where in the Questionnaire a place in the imported file came from: "item "a/b" enableWhen" for
 * "/document/nodes/0/children/1/showWhen/clauses/0/value", or undefined when it is no item's.
 */
export function fhirPlaceOf(file: FragmentFile, pointer: string): string | undefined {
  const parts = pointer.split('/').slice(1);
  const original = originalLinkIds(file.document.keptFromImport ?? []);
  const linkIdOf = (nodeId: string) => original.get(nodeId) ?? nodeId;
  const named = (field: string | undefined) => (field ? ` ${FHIR_NAME[field] ?? field}` : '');
  if (parts[0] === 'keywords') {
    const keyword = file.keywords[Number(parts[1])];
    const place =
      keyword &&
      indexTree(file.document.nodes).ordered.find(
        ({ node }) => isKeywordNode(node) && node.keywordId === keyword.id,
      );
    return place ? `item "${linkIdOf(place.node.id)}"${named(parts[2])}` : undefined;
  }
  if (parts[0] !== 'document' || parts[1] !== 'nodes') return undefined;
  let nodes: readonly TreeNode[] = file.document.nodes;
  let node: TreeNode | undefined;
  let i = 2;
  while (/^\d+$/.test(parts[i] ?? '')) {
    node = nodes[Number(parts[i])];
    if (!node) return undefined;
    nodes = getChildren(node);
    if (parts[i + 1] !== 'children') break;
    i += 2;
  }
  return node ? `item "${linkIdOf(node.id)}"${named(parts[i + 1])}` : undefined;
}
