import type { AnswerValue, Catalog, Keyword, TreeNode } from './model.ts';
import { isKeywordNode } from './model.ts';
import { getTypeSpec, type AnswerKind } from './keyword-types.ts';
import { definitionIdOf } from './assemble.ts';
import type { ScoreStatus } from './evaluate.ts';
import type { AnswerProblem } from './answer-checks.ts';
import type { TreeIndex } from './tree.ts';

/** One node of the form, by its position in document order. */
export interface Slot {
  readonly node: TreeNode;
  readonly parent: number;
  /** 0 for a top-level node (the note's indentation). */
  readonly depth: number;
  readonly keyword: Keyword | undefined;
  readonly answer: AnswerKind | undefined;
  /** The keyword's definition id: what scores and their item counts group by. */
  readonly definition: string | undefined;
  /** Set once every node is placed (see layOutForm). */
  children: readonly number[];
  /** Per clause of its condition, the source's position; -1 when the source is not before it. */
  readonly sources: readonly number[];
}

/** A form's nodes in document order and who depends on whom: what an answer can reach. */
export interface FormLayout {
  readonly slots: readonly Readonly<Slot>[];
  /** Source position → the positions whose conditions read it. */
  readonly readers: ReadonlyMap<number, readonly number[]>;
  /** Definition id → the score positions that count it. */
  readonly scoreUsers: ReadonlyMap<string, readonly number[]>;
  /** Definition id → its placements in document order. */
  readonly placements: ReadonlyMap<string, readonly number[]>;
  /** Keyword id → its placements (for the keywords a date rule compares with). */
  readonly byKeyword: ReadonlyMap<string, readonly number[]>;
  /** Keyword id → the positions whose date may not precede its answer. */
  readonly notBeforeUsers: ReadonlyMap<string, readonly number[]>;
}

const NONE: readonly number[] = [];

function push<K>(list: Map<K, number[]>, key: K, at: number) {
  const all = list.get(key);
  if (all) all.push(at);
  else list.set(key, [at]);
}

/** Lays a document's index out as slots with their dependency lists, in one pass. */
export function layOutForm({ ordered, places }: TreeIndex, catalog: Catalog): FormLayout {
  // Only what a score counts and what a date rule compares with needs its placements listed.
  const counted = new Set<string>();
  const compared = new Set<string>();
  for (const keyword of catalog.values()) {
    for (const source of keyword.scoreSources ?? []) counted.add(definitionIdOf(source.keywordId));
    if (keyword.notBefore !== undefined) compared.add(keyword.notBefore);
  }
  const layout = {
    slots: [] as Slot[],
    readers: new Map<number, number[]>(),
    scoreUsers: new Map<string, number[]>(),
    placements: new Map<string, number[]>(),
    byKeyword: new Map<string, number[]>(),
    notBeforeUsers: new Map<string, number[]>(),
  };
  const children = new Array<number[] | undefined>(ordered.length);
  // In document order the parent is the last node seen one level up.
  const lastAtDepth: number[] = [];
  ordered.forEach(({ node, depth }, at) => {
    const parent = depth > 1 ? lastAtDepth[depth - 1]! : -1;
    lastAtDepth[depth] = at;
    if (parent >= 0) (children[parent] ??= []).push(at);
    const keyword = isKeywordNode(node) ? catalog.get(node.keywordId) : undefined;
    const definition = keyword ? definitionIdOf(keyword.id) : undefined;
    const clauses = node.showWhen?.clauses;
    const sources = clauses
      ? clauses.map((clause) => {
          const from = places.get(clause.source)?.order ?? -1;
          return from < at ? from : -1;
        })
      : NONE;
    sources.forEach((from, i) => {
      if (from >= 0 && sources.indexOf(from) === i) push(layout.readers, from, at);
    });
    if (keyword && definition !== undefined) {
      if (counted.has(definition)) push(layout.placements, definition, at);
      if (compared.has(keyword.id)) push(layout.byKeyword, keyword.id, at);
      for (const source of keyword.scoreSources ?? [])
        push(layout.scoreUsers, definitionIdOf(source.keywordId), at);
      if (keyword.notBefore !== undefined) push(layout.notBeforeUsers, keyword.notBefore, at);
    }
    layout.slots.push({
      node,
      parent,
      depth: depth - 1,
      keyword,
      answer: keyword ? getTypeSpec(keyword.type).answer : undefined,
      definition,
      children: NONE,
      sources,
    });
  });
  // Children are known once every node is placed.
  children.forEach((list, at) => {
    if (list) layout.slots[at]!.children = list;
  });
  return layout;
}

export const sameScore = (a: ScoreStatus | undefined, b: ScoreStatus | undefined) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.result === b.result &&
    a.complete === b.complete &&
    a.answered === b.answered &&
    a.items === b.items &&
    a.prorated === b.prorated);

export const sameValue = (a: AnswerValue | undefined, b: AnswerValue | undefined) =>
  a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));

export const sameProblem = (a: AnswerProblem | undefined, b: AnswerProblem | undefined) =>
  a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));
