import TinyQueue from 'tinyqueue';
import type { AnswerValue, Answers, Catalog, TreeDocument } from './model.ts';
import { isKeywordNode } from './model.ts';
import { definitionIdOf } from './assemble.ts';
import { FormLayoutBuilder, sameProblem, sameScore, sameValue, type Slot } from './live-form-layout.ts';
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
import { formNoteText } from './live-form-note.ts';
import { indexTree, type TreeIndex } from './tree.ts';

/** What one update changed: the nodes whose visibility, value, score or problem differ now. */
export interface FormChange {
  readonly changed: ReadonlySet<string>;
  /** Nodes that now show and did not before (and the reverse). */
  readonly shown: readonly string[];
  readonly hidden: readonly string[];
}

const NO_CHANGE: FormChange = { changed: new Set(), shown: [], hidden: [] };
const SHOWN_CHANGED = 1;
const VALUE_CHANGED = 2;

/**
 * A form being filled in, kept up to date answer by answer: what `evaluateDocument`,
 * `checkAnswers` and `getNoteText` compute for the whole document, recomputed only where an answer
 * reaches. A change re-evaluates the nodes whose conditions read it, the subtrees that open or
 * close, and the scores and date rules that count it, in document order (every effect lies later
 * in the document, so each node is settled once its turn comes). A tick costs what it changes, not
 * the document's size.
 *
 * Opening is lazy: nothing is evaluated until asked. `shownSoFar` evaluates only as far as the node
 * asked about (the first screen of a long form), `advance` goes on in slices a caller times (idle
 * time, between frames), and everything else (`visible`, `update`, the note, the problems) first
 * finishes the pass. So opening a long form paints its first fields without waiting for the rest.
 */
export class LiveForm implements Evaluation {
  /** The document's index (an assembled document is not cached by indexTree: the form shares its own). */
  readonly index: TreeIndex;
  private readonly places: TreeIndex['places'];
  private readonly layout: FormLayoutBuilder;
  private readonly slots: readonly Slot[];
  private readonly shownAt: Uint8Array;
  /** Positions before this one are evaluated. */
  private evaluatedTo = 0;
  /** Positions before this one have their answer checked (only once every node is evaluated). */
  private checkedTo = 0;

  private readonly evaluated = {
    visible: new Set<string>(),
    values: new Map<string, AnswerValue>(),
    scores: new Map<string, ScoreStatus>(),
  };
  /** The visible nodes, values and scores as far as evaluated: what the first screen reads. */
  readonly soFar: Evaluation = this.evaluated;
  private readonly problemsFound = new Map<string, AnswerProblem>();
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
    this.places = this.index.places;
    this.layout = new FormLayoutBuilder(this.index, catalog);
    this.slots = this.layout.slots;
    this.shownAt = new Uint8Array(this.layout.size);
  }

  /** How many nodes the form has. */
  get size(): number {
    return this.layout.size;
  }

  /** True once every node is evaluated and every answer checked. */
  get finished(): boolean {
    return this.checkedTo === this.size;
  }

  get visible(): ReadonlySet<string> {
    this.finish();
    return this.evaluated.visible;
  }

  get values(): ReadonlyMap<string, AnswerValue> {
    this.finish();
    return this.evaluated.values;
  }

  get scores(): ReadonlyMap<string, ScoreStatus> {
    this.finish();
    return this.evaluated.scores;
  }

  get problems(): ReadonlyMap<string, AnswerProblem> {
    this.finish();
    return this.problemsFound;
  }

  /** Whether a node shows, evaluating the form only as far as that node. */
  shownSoFar(nodeId: string): boolean {
    const at = this.places.get(nodeId)?.order;
    if (at === undefined) return false;
    this.evaluateThrough(at + 1);
    return this.shownAt[at] === 1;
  }

  /**
   * Goes on with the opening pass in slices of `slice` nodes while `hasTime()` says so; true once
   * the form is finished.
   */
  advance(hasTime: () => boolean, slice = 1_000): boolean {
    while (!this.finished && hasTime()) {
      if (this.evaluatedTo < this.size) this.evaluateThrough(this.evaluatedTo + slice);
      else this.checkThrough(this.checkedTo + slice);
    }
    return this.finished;
  }

  /** Finishes the opening pass: every node evaluated, then every answer checked. */
  finish(): void {
    this.evaluateThrough(this.size);
    this.checkThrough(this.size);
  }

  private evaluateThrough(end: number) {
    const last = Math.min(end, this.size);
    if (last <= this.evaluatedTo) return;
    this.layout.placeThrough(last);
    for (let at = this.evaluatedTo; at < last; at++) this.evaluateAt(at);
    this.evaluatedTo = last;
  }

  /** Answer checks wait for every node: a date rule may read a later node's answer. */
  private checkThrough(end: number) {
    this.evaluateThrough(this.size);
    const last = Math.min(end, this.size);
    for (let at = this.checkedTo; at < last; at++) this.recheckProblem(at);
    this.checkedTo = Math.max(this.checkedTo, last);
  }

  /** Takes a new set of answers: only the answers that differ from the last are followed. */
  update(answers: Answers): FormChange {
    if (answers === this.answers) return this.lastChange;
    const before = this.answers;
    const start: number[] = [];
    for (const [id, value] of answers) if (!sameValue(before.get(id), value)) this.addStart(start, id);
    for (const id of before.keys()) if (!answers.has(id)) this.addStart(start, id);
    // Equal answers leave a lazy opening lazy; a difference is followed from the finished pass.
    if (start.length > 0) this.finish();
    this.answers = answers;
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
    this.finish();
    return formNoteText(this.slots, this.places, this);
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
    const valueBefore = this.evaluated.values.get(id);
    const scoreBefore = this.evaluated.scores.get(id);
    this.shownAt[at] = isShown ? 1 : 0;
    let value: AnswerValue | undefined;
    let score: ScoreStatus | undefined;
    if (isShown) {
      this.evaluated.visible.add(id);
      if (slot.answer === 'computed') [value, score] = this.scoreAt(at);
      else if (slot.keyword) value = this.answers.get(id);
    } else this.evaluated.visible.delete(id);
    if (value !== undefined && isAnswered(value)) this.evaluated.values.set(id, value);
    else if (valueBefore !== undefined) this.evaluated.values.delete(id);
    if (score) this.evaluated.scores.set(id, score);
    else if (scoreBefore) this.evaluated.scores.delete(id);
    return (
      (wasShown !== isShown ? SHOWN_CHANGED : 0) |
      (sameValue(valueBefore, this.evaluated.values.get(id)) && sameScore(scoreBefore, score)
        ? 0
        : VALUE_CHANGED)
    );
  }

  /** Re-evaluates the given positions and everything they reach, in document order. */
  private settle(start: readonly number[]): FormChange {
    const changed = new Set<string>();
    const shown: string[] = [];
    const hidden: string[] = [];
    const recheck = new Set<number>();
    const heap = new TinyQueue([...start]);
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
      for (const reader of this.layout.readers.get(at) ?? []) enqueue(reader);
      if (slot.definition !== undefined)
        for (const user of this.layout.scoreUsers.get(slot.definition) ?? []) if (user > at) enqueue(user);
      if (slot.keyword)
        for (const user of this.layout.notBeforeUsers.get(slot.keyword.id) ?? []) recheck.add(user);
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
      const value = from < 0 ? undefined : this.evaluated.values.get(this.slots[from]!.node.id);
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
      for (const place of this.layout.placements.get(definition) ?? []) {
        if (place >= at) break;
        const slot = this.slots[place]!;
        if (this.shownAt[place] !== 1) continue;
        const value = this.evaluated.values.get(slot.node.id);
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
    const before = this.problemsFound.get(id);
    const problem =
      this.shownAt[at] === 1 && slot.keyword && isKeywordNode(slot.node)
        ? checkAnswer(
            slot.node,
            slot.keyword,
            this.evaluated.values.get(id),
            this.today,
            this.firstAnswerOf,
            this.catalog,
          )
        : undefined;
    if (problem) this.problemsFound.set(id, problem);
    else this.problemsFound.delete(id);
    return !sameProblem(before, problem);
  }

  /** The first visible text answer of a keyword in document order (what notBefore compares with). */
  private readonly firstAnswerOf = (keywordId: string): string | undefined => {
    for (const at of this.layout.byKeyword.get(keywordId) ?? []) {
      const value = this.evaluated.values.get(this.slots[at]!.node.id);
      if (typeof value === 'string') return value;
    }
    return undefined;
  };
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
