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
  /** Grows as its children are placed (see FormLayoutBuilder). */
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

/** What a catalogue's scores count and its date rules compare with: the same for every document. */
interface CatalogUses {
  readonly counted: ReadonlySet<string>;
  readonly compared: ReadonlySet<string>;
}
const usesByCatalog = new WeakMap<Catalog, CatalogUses>();

function catalogUses(catalog: Catalog): CatalogUses {
  let uses = usesByCatalog.get(catalog);
  if (!uses) {
    const counted = new Set<string>();
    const compared = new Set<string>();
    for (const keyword of catalog.values()) {
      for (const source of keyword.scoreSources ?? []) counted.add(definitionIdOf(source.keywordId));
      if (keyword.notBefore !== undefined) compared.add(keyword.notBefore);
    }
    uses = { counted, compared };
    usesByCatalog.set(catalog, uses);
  }
  return uses;
}

/**
 * A document's index laid out as slots with their dependency lists, placed in document order as
 * far as asked (`placeThrough`): a node's slot depends only on the nodes before it, so the first
 * screen of a long form needs only its first nodes placed. The lists are whole once every node is.
 */
export class FormLayoutBuilder implements FormLayout {
  readonly slots: Slot[] = [];
  readonly readers = new Map<number, number[]>();
  readonly scoreUsers = new Map<string, number[]>();
  readonly placements = new Map<string, number[]>();
  readonly byKeyword = new Map<string, number[]>();
  readonly notBeforeUsers = new Map<string, number[]>();
  private readonly uses: CatalogUses;
  /** In document order the parent is the last node seen one level up. */
  private readonly lastAtDepth: number[] = [];

  constructor(
    private readonly index: TreeIndex,
    private readonly catalog: Catalog,
  ) {
    this.uses = catalogUses(catalog);
  }

  /** How many nodes the document has (placed or not). */
  get size(): number {
    return this.index.ordered.length;
  }

  /** Places every node before position `end` that is not placed yet. */
  placeThrough(end: number): void {
    const last = Math.min(end, this.size);
    for (let at = this.slots.length; at < last; at++) this.place(at);
  }

  private place(at: number) {
    const { node, depth } = this.index.ordered[at]!;
    const parent = depth > 1 ? this.lastAtDepth[depth - 1]! : -1;
    this.lastAtDepth[depth] = at;
    if (parent >= 0) {
      const above = this.slots[parent]!;
      if (above.children === NONE) above.children = [at];
      else (above.children as number[]).push(at);
    }
    const keyword = isKeywordNode(node) ? this.catalog.get(node.keywordId) : undefined;
    const definition = keyword ? definitionIdOf(keyword.id) : undefined;
    const clauses = node.showWhen?.clauses;
    const sources = clauses ? clauses.map((clause) => this.sourceOf(clause.source, at)) : NONE;
    sources.forEach((from, i) => {
      if (from >= 0 && sources.indexOf(from) === i) push(this.readers, from, at);
    });
    if (keyword && definition !== undefined) {
      if (this.uses.counted.has(definition)) push(this.placements, definition, at);
      if (this.uses.compared.has(keyword.id)) push(this.byKeyword, keyword.id, at);
      for (const source of keyword.scoreSources ?? [])
        push(this.scoreUsers, definitionIdOf(source.keywordId), at);
      if (keyword.notBefore !== undefined) push(this.notBeforeUsers, keyword.notBefore, at);
    }
    this.slots.push({
      node,
      parent,
      depth: depth - 1,
      keyword,
      answer: keyword ? getTypeSpec(keyword.type).answer : undefined,
      definition,
      children: NONE,
      sources,
    });
  }

  /** A clause's source position; -1 when the source is not before the node. */
  private sourceOf(source: string, at: number): number {
    const from = this.index.places.get(source)?.order ?? -1;
    return from < at ? from : -1;
  }
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
