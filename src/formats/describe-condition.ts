import { getTypeSpec } from '../domain/keyword-types.ts';
import type { Catalog, Clause, Condition, TreeNode } from '../domain/model.ts';
import { getOptions, isKeywordNode, VALUELESS_OPERATORS } from '../domain/model.ts';
import type { NodePlace } from '../domain/tree.ts';

/** Where the nodes a condition names are: a tree index's places, or an outline's. */
export type ConditionPlaces = { readonly places: ReadonlyMap<string, Pick<NodePlace, 'node' | 'parentId'>> };

/** The words a condition is described with, per language (supplied by i18n). */
export interface ConditionWords {
  readonly shownWhen: string;
  readonly all: string;
  readonly any: string;
  readonly operator: Readonly<Record<Clause['operator'], string>>;
  /** Shorter words where the source is the node's parent and is not named ("ifylld", "inte Aldrig"). */
  readonly parentOperator: Readonly<Partial<Record<Clause['operator'], string>>>;
}

function termOf(node: TreeNode | undefined, catalog: Catalog): string {
  if (!node) return '?';
  return isKeywordNode(node)
    ? (catalog.get(node.keywordId)?.term ?? node.keywordId)
    : node.include.fragmentId;
}

function describeValue(clause: Clause, source: TreeNode | undefined, catalog: Catalog): string {
  if (clause.value === undefined) return '';
  if (typeof clause.value === 'number') return String(clause.value).replace('.', ',');
  const keyword = source && isKeywordNode(source) ? catalog.get(source.keywordId) : undefined;
  // A typed text is quoted, so "är lika med ”nej”" is not read as the option Nej.
  if (keyword && getTypeSpec(keyword.type).conditionValue === 'text') return `”${clause.value}”`;
  const option = keyword && getOptions(keyword).find((o) => o.id === clause.value);
  return option?.label ?? clause.value;
}

/**
 * A condition in a few words. A clause on the node's own parent leaves out the parent's name, the
 * way Termgruppen says it: "visas när Ja", "visas när innehåller Vikt"; other sources are named:
 * "visas när Rökning = Röker dagligen eller Snusning = Snusar dagligen".
 */
export function describeCondition(
  condition: Condition,
  nodeId: string,
  index: ConditionPlaces,
  catalog: Catalog,
  words: ConditionWords,
  options: { readonly nameParent?: boolean } = {},
): string {
  // In the tree a clause on the parent leaves its name out; the editor's sentence names every source.
  const parentId = options.nameParent ? null : (index.places.get(nodeId)?.parentId ?? null);
  const parts = condition.clauses.map((clause) => {
    const source = index.places.get(clause.source)?.node;
    const value = describeValue(clause, source, catalog);
    const ofParent = clause.source === parentId;
    const operator =
      (ofParent ? words.parentOperator[clause.operator] : undefined) ?? words.operator[clause.operator];
    if (ofParent && clause.operator === 'equals') return value;
    const subject = ofParent ? '' : `${termOf(source, catalog)} `;
    return VALUELESS_OPERATORS.has(clause.operator)
      ? `${subject}${operator}`
      : `${subject}${operator} ${value}`;
  });
  return `${words.shownWhen} ${parts.join(condition.behavior === 'any' ? words.any : words.all)}`;
}
