import type { AnswerValue, Answers, Catalog, Keyword, TreeDocument, TreeNode } from './model.ts';
import { isKeywordNode } from './model.ts';
import { getTypeSpec, type AnswerKind } from './keyword-types.ts';
import { definitionIdOf } from './assemble.ts';
import {
  computeScore,
  evaluateClause,
  isAnswered,
  scoreContribution,
  scoreStatus,
  type Evaluation,
  type ScoreStatus,
} from './evaluate.ts';
import { checkAnswer, localToday, type AnswerProblem } from './answer-checks.ts';
import { answerLines, headingLine } from './note.ts';
import { indexTree, type TreeIndex } from './tree.ts';

/** One node of the form, by its position in document order. */
interface Slot {
  readonly node: TreeNode;
  readonly parent: number;
  /** 0 for a top-level node (the note's indentation). */
  readonly depth: number;
  readonly keyword: Keyword | undefined;
  readonly answer: AnswerKind | undefined;
  /** The keyword's definition id: what scores and their item counts group by. */
  readonly definition: string | undefined;
  children: readonly number[];
  /** Per clause of its condition, the source's position; -1 when the source is not before it. */
  readonly sources: readonly number[];
}

/** What one update changed: the nodes whose visibility, value, score or problem differ now. */
export interface FormChange {
  readonly changed: ReadonlySet<string>;
  /** Nodes that now show and did not before (and the reverse). */
  readonly shown: readonly string[];
  readonly hidden: readonly string[];
}

const NO_CHANGE: FormChange = { changed: new Set(), shown: [], hidden: [] };
const NONE: readonly number[] = [];
const SHOWN_CHANGED = 1;
const VALUE_CHANGED = 2;

const sameScore = (a: ScoreStatus | undefined, b: ScoreStatus | undefined) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.result === b.result &&
    a.complete === b.complete &&
    a.answered === b.answered &&
    a.items === b.items &&
    a.prorated === b.prorated);

const sameValue = (a: AnswerValue | undefined, b: AnswerValue | undefined) =>
  a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));

const sameProblem = (a: AnswerProblem | undefined, b: AnswerProblem | undefined) =>
  a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));

function push<K>(list: Map<K, number[]>, key: K, at: number) {
  const all = list.get(key);
  if (all) all.push(at);
  else list.set(key, [at]);
}

/**
 * A form being filled in, kept up to date answer by answer: what `evaluateDocument`,
 * `checkAnswers` and `getNoteText` compute for the whole document, recomputed only where an answer
 * reaches. A change re-evaluates the nodes whose conditions read it, the subtrees that open or
 * close, and the scores and date rules that count it, in document order (every effect lies later
 * in the document, so each node is settled once its turn comes). Opening costs one pass; a tick
 * costs what it changes, not the document's size.
 */
export class LiveForm implements Evaluation {
  private readonly slots: Slot[] = [];
  /** The document's index (an assembled document is not cached by indexTree: the form shares its own). */
  readonly index: TreeIndex;
  private readonly places: TreeIndex['places'];
  /** Source position → the positions whose conditions read it. */
  private readonly readers = new Map<number, number[]>();
  /** Definition id → the score positions that count it. */
  private readonly scoreUsers = new Map<string, number[]>();
  /** Definition id → its placements in document order. */
  private readonly placements = new Map<string, number[]>();
  /** Keyword id → its placements (for the keywords a date rule compares with). */
  private readonly byKeyword = new Map<string, number[]>();
  /** Keyword id → the positions whose date may not precede its answer. */
  private readonly notBeforeUsers = new Map<string, number[]>();
  private readonly shownAt: Uint8Array;

  readonly visible = new Set<string>();
  readonly values = new Map<string, AnswerValue>();
  readonly scores = new Map<string, ScoreStatus>();
  readonly problems = new Map<string, AnswerProblem>();
  private answers: Answers = new Map();
  /** What the last update changed (what led to the answers now held). */
  private lastChange: FormChange = NO_CHANGE;
  /** Counts the updates that opened or closed a node: the list of shown nodes changes only then. */
  private visibilityVersion = 0;
  private sortedProblems: readonly AnswerProblem[] | undefined;
  private shownView: { readonly version: number; has(nodeId: string): boolean } | undefined;

  constructor(
    document: TreeDocument,
    readonly catalog: Catalog,
    private readonly today: string = localToday(),
  ) {
    this.index = indexTree(document.nodes);
    const { ordered, places } = this.index;
    this.places = places;
    // Only what a score counts and what a date rule compares with needs its placements listed.
    const counted = new Set<string>();
    const compared = new Set<string>();
    for (const keyword of catalog.values()) {
      for (const source of keyword.scoreSources ?? []) counted.add(definitionIdOf(source.keywordId));
      if (keyword.notBefore !== undefined) compared.add(keyword.notBefore);
    }
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
        if (from >= 0 && sources.indexOf(from) === i) push(this.readers, from, at);
      });
      if (keyword && definition !== undefined) {
        if (counted.has(definition)) push(this.placements, definition, at);
        if (compared.has(keyword.id)) push(this.byKeyword, keyword.id, at);
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
    });
    // Children are known once every node is placed.
    children.forEach((list, at) => {
      if (list) this.slots[at]!.children = list;
    });
    this.shownAt = new Uint8Array(this.slots.length);
    this.evaluateAll();
  }

  /** Takes a new set of answers: only the answers that differ from the last are followed. */
  update(answers: Answers): FormChange {
    if (answers === this.answers) return this.lastChange;
    const before = this.answers;
    this.answers = answers;
    const start: number[] = [];
    for (const [id, value] of answers) if (!sameValue(before.get(id), value)) this.addStart(start, id);
    for (const id of before.keys()) if (!answers.has(id)) this.addStart(start, id);
    this.lastChange = start.length === 0 ? NO_CHANGE : this.settle(start);
    if (this.lastChange.shown.length + this.lastChange.hidden.length > 0) this.visibilityVersion += 1;
    return this.lastChange;
  }

  private addStart(start: number[], nodeId: string) {
    const at = this.places.get(nodeId)?.order;
    if (at !== undefined) start.push(at);
  }

  /** The answer problems in document order (the same list until a problem changes). */
  problemList(): readonly AnswerProblem[] {
    this.sortedProblems ??= [...this.problems.values()].sort(
      (a, b) => this.places.get(a.nodeId)!.order - this.places.get(b.nodeId)!.order,
    );
    return this.sortedProblems;
  }

  /** Which nodes show, as a value that changes identity only when a node opens or closes. */
  shownNow(): { has(nodeId: string): boolean } {
    if (this.shownView?.version !== this.visibilityVersion) {
      const visible = this.visible;
      this.shownView = { version: this.visibilityVersion, has: (nodeId: string) => visible.has(nodeId) };
    }
    return this.shownView;
  }

  /** The note text, from the answered nodes alone (and the headings above them). */
  noteText(): string {
    const lineNodes = new Set<number>();
    const reachable = new Map<number, boolean>();
    // A keyword missing from the catalogue (or an include not found) stops the note below it.
    const reaches = (at: number): boolean => {
      if (at < 0) return true;
      let known = reachable.get(at);
      if (known === undefined) {
        known = this.slots[at]!.keyword !== undefined && reaches(this.slots[at]!.parent);
        reachable.set(at, known);
      }
      return known;
    };
    const candidates = new Set([...this.values.keys(), ...this.scores.keys()]);
    for (const id of candidates) {
      const at = this.places.get(id)!.order;
      const slot = this.slots[at]!;
      if (slot.answer === 'none' || !reaches(at)) continue;
      if (answerLines(id, slot.keyword!, slot.depth, this, this.problems.get(id)).length === 0) continue;
      lineNodes.add(at);
      for (let up = slot.parent; up >= 0; up = this.slots[up]!.parent)
        if (this.slots[up]!.answer === 'none') lineNodes.add(up);
    }
    const lines: string[] = [];
    for (const at of [...lineNodes].sort((a, b) => a - b)) {
      const slot = this.slots[at]!;
      if (slot.answer === 'none') lines.push(headingLine(slot.keyword!, slot.depth));
      else
        lines.push(
          ...answerLines(slot.node.id, slot.keyword!, slot.depth, this, this.problems.get(slot.node.id)),
        );
    }
    return lines.join('\n');
  }

  /** Re-evaluates the given positions and everything they reach, in document order. */
  /** Opening: every node once, in document order, then every answer check (a date rule may read a later node). */
  private evaluateAll() {
    for (let at = 0; at < this.slots.length; at++) this.evaluateAt(at);
    for (let at = 0; at < this.slots.length; at++) this.recheckProblem(at);
  }

  /**
   * Evaluates one node from its parent and the values before it: whether it shows, its value and
   * score. Returns what changed: SHOWN_CHANGED and/or VALUE_CHANGED (value or score), or 0.
   */
  private evaluateAt(at: number): number {
    const slot = this.slots[at]!;
    const id = slot.node.id;
    const wasShown = this.shownAt[at] === 1;
    const isShown = (slot.parent < 0 || this.shownAt[slot.parent] === 1) && this.conditionHolds(at);
    const valueBefore = this.values.get(id);
    const scoreBefore = this.scores.get(id);
    this.shownAt[at] = isShown ? 1 : 0;
    let value: AnswerValue | undefined;
    let score: ScoreStatus | undefined;
    if (isShown) {
      this.visible.add(id);
      if (slot.answer === 'computed') [value, score] = this.scoreAt(at);
      else if (slot.keyword) value = this.answers.get(id);
    } else this.visible.delete(id);
    if (value !== undefined && isAnswered(value)) this.values.set(id, value);
    else if (valueBefore !== undefined) this.values.delete(id);
    if (score) this.scores.set(id, score);
    else if (scoreBefore) this.scores.delete(id);
    return (
      (wasShown !== isShown ? SHOWN_CHANGED : 0) |
      (sameValue(valueBefore, this.values.get(id)) && sameScore(scoreBefore, score) ? 0 : VALUE_CHANGED)
    );
  }

  /** Re-evaluates the given positions and everything they reach, in document order. */
  private settle(start: readonly number[]): FormChange {
    const changed = new Set<string>();
    const shown: string[] = [];
    const hidden: string[] = [];
    const recheck = new Set<number>();
    const heap = new MinHeap(start);
    const queued = new Set<number>(start);
    const enqueue = (at: number) => {
      if (queued.has(at)) return;
      queued.add(at);
      heap.push(at);
    };
    for (let at = heap.pop(); at !== undefined; at = heap.pop()) {
      queued.delete(at);
      const slot = this.slots[at]!;
      const id = slot.node.id;
      const what = this.evaluateAt(at);
      // Even when nothing shows differently, its answer may have changed while folded: recheck.
      recheck.add(at);
      if (what === 0) continue;
      if (what & SHOWN_CHANGED) {
        (this.shownAt[at] === 1 ? shown : hidden).push(id);
        for (const child of slot.children) enqueue(child);
      }
      changed.add(id);
      for (const reader of this.readers.get(at) ?? []) enqueue(reader);
      if (slot.definition !== undefined)
        for (const user of this.scoreUsers.get(slot.definition) ?? []) if (user > at) enqueue(user);
      if (slot.keyword) for (const user of this.notBeforeUsers.get(slot.keyword.id) ?? []) recheck.add(user);
    }
    for (const at of recheck)
      if (this.recheckProblem(at)) {
        changed.add(this.slots[at]!.node.id);
        this.sortedProblems = undefined;
      }
    return { changed, shown, hidden };
  }

  private conditionHolds(at: number): boolean {
    const { node, sources } = this.slots[at]!;
    const condition = node.showWhen;
    if (condition === undefined) return true;
    const any = condition.behavior === 'any';
    for (let i = 0; i < sources.length; i++) {
      const from = sources[i]!;
      const value = from < 0 ? undefined : this.values.get(this.slots[from]!.node.id);
      if (evaluateClause(condition.clauses[i]!, value) === any) return any;
    }
    return !any;
  }

  /** A score's sum and status from the visible placements of its sources before it. */
  private scoreAt(at: number): [number | undefined, ScoreStatus] {
    const keyword = this.slots[at]!.keyword!;
    const parts = new Map<string, number[]>();
    const counts = new Map<string, [number, number]>();
    for (const source of keyword.scoreSources ?? []) {
      const definition = definitionIdOf(source.keywordId);
      if (parts.has(definition)) continue;
      const found: number[] = [];
      const count: [number, number] = [0, 0];
      for (const place of this.placements.get(definition) ?? []) {
        if (place >= at) break;
        const slot = this.slots[place]!;
        if (this.shownAt[place] !== 1) continue;
        const value = this.values.get(slot.node.id);
        if (slot.answer !== 'computed' && slot.answer !== 'none') {
          count[0] += 1;
          if (isAnswered(value)) count[1] += 1;
        }
        const part = value === undefined ? undefined : scoreContribution(slot.keyword!, value);
        if (part !== undefined) found.push(part);
      }
      parts.set(definition, found);
      counts.set(definition, count);
    }
    const sum = computeScore(keyword, parts);
    return [sum, scoreStatus(keyword, sum, counts)];
  }

  /** Recomputes one node's answer problem; true when it changed. */
  private recheckProblem(at: number): boolean {
    const slot = this.slots[at]!;
    const id = slot.node.id;
    const before = this.problems.get(id);
    const problem =
      this.shownAt[at] === 1 && slot.keyword && isKeywordNode(slot.node)
        ? checkAnswer(
            slot.node,
            slot.keyword,
            this.values.get(id),
            this.today,
            this.firstAnswerOf,
            this.catalog,
          )
        : undefined;
    if (problem) this.problems.set(id, problem);
    else this.problems.delete(id);
    return !sameProblem(before, problem);
  }

  /** The first visible text answer of a keyword in document order (what notBefore compares with). */
  private readonly firstAnswerOf = (keywordId: string): string | undefined => {
    for (const at of this.byKeyword.get(keywordId) ?? []) {
      const value = this.values.get(this.slots[at]!.node.id);
      if (typeof value === 'string') return value;
    }
    return undefined;
  };
}

/** A binary min-heap of positions: what to settle next. */
class MinHeap {
  private readonly items: number[] = [];
  constructor(start: Iterable<number>) {
    for (const item of start) this.push(item);
  }
  push(item: number) {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0;) {
      const up = (i - 1) >> 1;
      if (items[up]! <= item) break;
      items[i] = items[up]!;
      items[up] = item;
      i = up;
    }
  }
  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < items.length && items[l]! < items[least]!) least = l;
      if (r < items.length && items[r]! < items[least]!) least = r;
      if (least === i) break;
      [items[i], items[least]] = [items[least]!, items[i]!];
      i = least;
    }
    return top;
  }
}

const forms = new WeakMap<TreeDocument, LiveForm>();

/**
 * The live form of a document version and catalogue, shared by every view of it (the form and
 * its note), so an answer is followed once. A new document version or catalogue starts afresh.
 */
export function liveFormFor(document: TreeDocument, catalog: Catalog): LiveForm {
  let form = forms.get(document);
  if (!form || form.catalog !== catalog) {
    form = new LiveForm(document, catalog);
    forms.set(document, form);
  }
  return form;
}
