import type {
  AnswerValue,
  Catalog,
  Clause,
  Condition,
  Keyword,
  TreeDocument,
  TreeNode,
} from '../domain/model.ts';
import { getOptions, isKeywordNode } from '../domain/model.ts';
import { getTypeSpec } from '../domain/keyword-types.ts';
import { evaluateClause } from '../domain/evaluate.ts';
import { getClauseProblem } from '../domain/conditions.ts';
import { indexTree, isAncestor, type TreeIndex } from '../domain/tree.ts';
import { whyNeverTrue } from './condition-rules.ts';
import { message, type Message } from '../domain/message.ts';
import type { NeverTrueCode } from './messages.ts';

/** One answer of a controlling keyword and the conditional nodes it shows. */
export interface BranchAnswer {
  /** The option's label ("Ja", "Begränsning"), or undefined for "no answer". */
  readonly label: string | undefined;
  readonly value: AnswerValue | undefined;
  readonly reveals: readonly RevealedNode[];
}

export interface RevealedNode {
  readonly nodeId: string;
  /** The node's condition has other clauses that must hold too (Alla). */
  readonly needsMore: boolean;
}

/** A keyword other keywords' conditions refer to, and what each of its answers reveals. */
export interface ControlPoint {
  readonly nodeId: string;
  readonly keyword: Keyword;
  /** One entry per option (Ja for a Ja-kryss), and "no answer" when that reveals something. */
  readonly answers: readonly BranchAnswer[];
  /** Nodes conditioned on this keyword by value comparisons (numbers, scores, dates, texts). */
  readonly comparedBy: readonly string[];
}

/** A node with a condition: what makes it appear, and why it never can, if so. */
export interface ConditionalNode {
  readonly nodeId: string;
  readonly condition: Condition;
  readonly neverOpens?: Message<NeverTrueCode>;
}

/** The document's dynamic points, for review without clicking every path ("Grenar"). */
export interface BranchMap {
  readonly controls: readonly ControlPoint[];
  readonly conditional: readonly ConditionalNode[];
}

const NOT_BEFORE = message('NEVER_SOURCE_NOT_BEFORE');
const NOT_VALID = message('NEVER_SOURCE_MISFIT');

function keywordOf(node: TreeNode | undefined, catalog: Catalog): Keyword | undefined {
  return node && isKeywordNode(node) ? catalog.get(node.keywordId) : undefined;
}

/** The answers a controlling keyword can be given, as values a clause is evaluated against. */
function possibleAnswers(keyword: Keyword): { label: string; value: AnswerValue }[] {
  const kind = getTypeSpec(keyword.type).answer;
  return getOptions(keyword).map((option) => ({
    label: option.label,
    value: kind === 'tick' ? true : kind === 'options' ? [option.id] : option.id,
  }));
}

function whyNeverOpens(
  node: TreeNode,
  condition: Condition,
  index: TreeIndex,
  catalog: Catalog,
): ConditionalNode['neverOpens'] {
  const order = index.places.get(node.id)!.order;
  const broken = condition.clauses.map((clause) => {
    const source = index.places.get(clause.source);
    if (!source || source.order >= order || isAncestor(index, node.id, clause.source)) return NOT_BEFORE;
    return getClauseProblem(clause, keywordOf(source.node, catalog)) ? NOT_VALID : undefined;
  });
  const firstBroken = broken.find((reason) => reason !== undefined);
  if (condition.behavior === 'all' ? firstBroken : broken.every((reason) => reason !== undefined))
    return firstBroken;
  return whyNeverTrue(
    condition,
    (clause) => keywordOf(index.places.get(clause.source)?.node, catalog),
    catalog,
  );
}

/**
 * The branch map of an (assembled) document: for each keyword that conditions refer to, each of
 * its answers and the conditional nodes it reveals; and every conditional node with its condition,
 * flagged when it can never open. Everything in document order.
 */
export function getBranchMap(document: TreeDocument, catalog: Catalog): BranchMap {
  const index = indexTree(document.nodes);
  const conditional: ConditionalNode[] = [];
  const dependents = new Map<string, TreeNode[]>();
  for (const { node } of index.ordered) {
    if (!node.showWhen) continue;
    const neverOpens = whyNeverOpens(node, node.showWhen, index, catalog);
    conditional.push(
      neverOpens
        ? { nodeId: node.id, condition: node.showWhen, neverOpens }
        : { nodeId: node.id, condition: node.showWhen },
    );
    for (const source of new Set(node.showWhen.clauses.map((c) => c.source))) {
      dependents.set(source, [...(dependents.get(source) ?? []), node]);
    }
  }

  const controls: ControlPoint[] = [];
  for (const { node } of index.ordered) {
    const nodes = dependents.get(node.id);
    const keyword = keywordOf(node, catalog);
    if (!nodes || !keyword) continue;
    const clausesOn = (dependent: TreeNode) =>
      dependent.showWhen!.clauses.filter((clause) => clause.source === node.id);
    const reveals = (value: AnswerValue | undefined): RevealedNode[] =>
      nodes
        .filter((dependent) => {
          // Under Alla every clause on this source must hold; under Någon one is enough.
          const holds = (clause: Clause) => evaluateClause(clause, value);
          const clauses = clausesOn(dependent);
          return dependent.showWhen!.behavior === 'all' ? clauses.every(holds) : clauses.some(holds);
        })
        .map((dependent) => ({
          nodeId: dependent.id,
          needsMore:
            dependent.showWhen!.behavior === 'all' &&
            dependent.showWhen!.clauses.some((clause) => clause.source !== node.id),
        }));
    const possible = possibleAnswers(keyword);
    const answers: BranchAnswer[] = possible.map(({ label, value }) => ({
      label,
      value,
      reveals: reveals(value),
    }));
    const unanswered = reveals(undefined);
    if (unanswered.length > 0) answers.push({ label: undefined, value: undefined, reveals: unanswered });
    const comparedBy = possible.length === 0 ? nodes.map((dependent) => dependent.id) : [];
    controls.push({ nodeId: node.id, keyword, answers, comparedBy });
  }
  return { controls, conditional };
}
