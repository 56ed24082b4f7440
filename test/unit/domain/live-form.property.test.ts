/**
 * The live form (issue 17) must say exactly what the whole-document functions say, after every
 * answer: which nodes show, their values and scores, the answer problems, the note text, and
 * which nodes opened or closed. Random trees with random conditions (reading earlier, later,
 * unknown and their own nodes), scores over scores, date rules across keywords, a keyword missing
 * from the catalogue; random answer sequences. Fixed seed, bounded runs (FUZZ_RUNS/FUZZ_SEED).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Clause, Keyword, KeywordNode, TreeDocument } from '../../../src/domain/model.ts';
import { createCatalog } from '../../../src/domain/model.ts';
import { evaluateDocument } from '../../../src/domain/evaluate.ts';
import { checkAnswers } from '../../../src/domain/answer-checks.ts';
import { getNoteText } from '../../../src/domain/note.ts';
import { LiveForm, liveFormFor } from '../../../src/domain/live-form.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SETTINGS = { seed: Number(process.env.FUZZ_SEED ?? 17), numRuns: RUNS } as const;
const TODAY = '2026-12-02';

const options = [
  { id: 'a', label: 'A', score: 1 },
  { id: 'b', label: 'B', score: 3 },
  { id: 'c', label: 'C' },
];
const KEYWORDS: Keyword[] = [
  { id: 'rubrik', term: 'Rubrik', type: 'heading', status: 'active' },
  { id: 'kryss', term: 'Kryss', type: 'check', status: 'active' },
  { id: 'janej', term: 'Ja eller nej', type: 'yesNo', status: 'active' },
  { id: 'val', term: 'Val', type: 'singleChoice', status: 'active', options },
  { id: 'flera', term: 'Flera', type: 'multipleChoice', status: 'active', options },
  { id: 'text', term: 'Text', type: 'text', status: 'active', maxLength: 5, pattern: '[a-z]*' },
  { id: 'tal', term: 'Tal', type: 'number', status: 'active', min: 0, max: 10, decimals: 1 },
  { id: 'start', term: 'Start', type: 'date', status: 'active', notInFuture: true },
  { id: 'slut', term: 'Slut', type: 'date', status: 'active', notBefore: 'start' },
  {
    id: 'summa',
    term: 'Summa',
    type: 'score',
    status: 'active',
    scoreSources: [{ keywordId: 'val' }, { keywordId: 'flera', factor: 2 }, { keywordId: 'tal' }],
    missingItems: { max: 1, prorate: true },
    bands: [{ min: 0, max: 4, label: 'Låg' }],
  },
  { id: 'total', term: 'Total', type: 'score', status: 'active', scoreSources: [{ keywordId: 'summa' }] },
];
const catalog = createCatalog(KEYWORDS);
// Scores, their sources and the two date keywords come often, so sums and date rules are reached.
const KEYWORD_IDS = [...KEYWORDS.map((k) => k.id), 'saknas', 'val', 'flera', 'tal', 'summa', 'start', 'slut'];
/** Answers a keyword of each type takes (indexes into VALUES), so most steps answer for real. */
const FITTING: Record<string, readonly number[]> = {
  kryss: [1, 2],
  janej: [3, 4],
  val: [5, 6, 0],
  flera: [7, 8, 9],
  text: [15, 16, 14],
  tal: [10, 11, 12, 13],
  start: [17, 18, 19],
  slut: [17, 18, 19],
};
const VALUES: (AnswerValue | undefined)[] = [
  undefined,
  true,
  false,
  'ja',
  'nej',
  'a',
  'b',
  ['a'],
  ['a', 'b'],
  ['c'],
  0,
  3,
  7.25,
  11,
  '',
  'abc',
  'ABCDEFG',
  '2026-01-01',
  '2026-02-30',
  '2027-05-05',
];
const OPERATORS = [
  'checked',
  'answered',
  'notAnswered',
  'equals',
  'notEquals',
  'includes',
  'greaterThan',
  'lessOrEqual',
] as const;

const MAX_NODES = 24;
const CLAUSE = fc.record({
  source: fc.nat(),
  unknown: fc.nat({ max: 9 }),
  operator: fc.constantFrom(...OPERATORS),
  value: fc.constantFrom<string | number>('ja', 'nej', 'a', 'b', 3, 5),
});
const spec = fc.record({
  nodes: fc.array(
    fc.record({
      parent: fc.nat(),
      top: fc.nat({ max: 2 }),
      keyword: fc.constantFrom(...KEYWORD_IDS),
      required: fc.boolean(),
      // Three nodes in five show unconditionally, so answers reach far.
      clauses: fc.oneof(
        { arbitrary: fc.constant([]), weight: 3 },
        { arbitrary: fc.array(CLAUSE, { minLength: 1, maxLength: 2 }), weight: 2 },
      ),
      any: fc.boolean(),
    }),
    { minLength: 1, maxLength: MAX_NODES },
  ),
  steps: fc.array(
    fc.record({ node: fc.nat(), value: fc.nat({ max: VALUES.length - 1 }), fitting: fc.nat({ max: 3 }) }),
    { minLength: 1, maxLength: 30 },
  ),
});

/** A tree from the spec: node i hangs under an earlier node (or at the top). */
function buildDocument(nodes: readonly SpecNode[]): TreeDocument {
  // One source in ten is a node that is not in the tree; the rest any node, before or after.
  const sourceOf = (c: SpecNode['clauses'][number]) =>
    c.unknown === 0 ? 'okand' : `n${c.source % nodes.length}`;
  const made: {
    id: string;
    keywordId: string;
    required?: boolean;
    showWhen?: KeywordNode['showWhen'];
    children: KeywordNode[];
  }[] = [];
  const top: KeywordNode[] = [];
  nodes.forEach((spec, i) => {
    const clauses = spec.clauses.map(
      (c): Clause =>
        (c.operator === 'checked' || c.operator === 'answered' || c.operator === 'notAnswered'
          ? { source: sourceOf(c), operator: c.operator }
          : { source: sourceOf(c), operator: c.operator, value: c.value }) as Clause,
    );
    const node = {
      id: `n${i}`,
      keywordId: spec.keyword,
      ...(spec.required ? { required: true } : {}),
      ...(clauses.length > 0
        ? { showWhen: { behavior: spec.any ? 'any' : 'all', clauses } as KeywordNode['showWhen'] }
        : {}),
      children: [] as KeywordNode[],
    };
    made.push(node);
    // One node in three at the top, so trees are wide as well as deep.
    const parent = spec.top === 0 ? -1 : (spec.parent % (i + 1)) - 1;
    if (parent < 0) top.push(node as KeywordNode);
    else made[parent]!.children.push(node as KeywordNode);
  });
  return {
    id: 'slump',
    title: 'Slump',
    kind: 'template',
    status: 'draft',
    version: '0.1.0',
    nodes: top,
  } as unknown as TreeDocument;
}
interface SpecNode {
  parent: number;
  top: number;
  keyword: string;
  required: boolean;
  clauses: readonly { source: number; unknown: number; operator: string; value: string | number }[];
  any: boolean;
}

/** What the whole-document functions say, in the live form's shape. */
function expected(document: TreeDocument, answers: ReadonlyMap<string, AnswerValue>) {
  const evaluation = evaluateDocument(document, catalog, answers);
  return {
    visible: [...evaluation.visible].sort(),
    values: Object.fromEntries(evaluation.values),
    scores: Object.fromEntries(evaluation.scores),
    problems: checkAnswers(document, catalog, answers, evaluation, TODAY),
    note: getNoteText(document, catalog, answers, TODAY),
  };
}
const actual = (form: LiveForm) => ({
  visible: [...form.visible].sort(),
  values: Object.fromEntries(form.values),
  scores: Object.fromEntries(form.scores),
  problems: form.problemList(),
  note: form.noteText(),
});

/** `count` Ja/Nej questions, each with four children shown when it is Ja: the bench's shape. */
function groups(count: number): TreeDocument {
  const nodes: KeywordNode[] = Array.from({ length: count }, (_, g) => ({
    id: `q${g}`,
    keywordId: 'janej',
    children: ['val', 'text', 'tal', 'start'].map((keywordId) => ({
      id: `q${g}-${keywordId}`,
      keywordId,
      showWhen: { behavior: 'all', clauses: [{ source: `q${g}`, operator: 'equals', value: 'ja' }] },
    })),
  }));
  return {
    id: 'stor',
    title: 'Stor',
    kind: 'template',
    status: 'draft',
    version: '0.1.0',
    nodes,
  } as unknown as TreeDocument;
}

describe('live form (issue 17)', () => {
  it('says after every answer what evaluateDocument, checkAnswers and getNoteText say', () => {
    fc.assert(
      fc.property(spec, ({ nodes, steps }) => {
        const document = buildDocument(nodes);
        const form = new LiveForm(document, catalog, TODAY);
        let answers = new Map<string, AnswerValue>();
        let before = expected(document, answers);
        expect(actual(form)).toEqual(before);
        for (const step of steps) {
          const next = new Map(answers);
          const at = step.node % nodes.length;
          const fitting = FITTING[nodes[at]!.keyword];
          // Three steps in four give an answer of the keyword's own kind, the rest anything.
          const value =
            VALUES[fitting && step.fitting > 0 ? fitting[step.value % fitting.length]! : step.value];
          if (value === undefined) next.delete(`n${at}`);
          else next.set(`n${at}`, value);
          answers = next;
          const change = form.update(answers);
          const now = expected(document, answers);
          expect(actual(form)).toEqual(now);
          // The change names exactly the nodes that opened and closed.
          expect([...change.shown].sort()).toEqual(now.visible.filter((id) => !before.visible.includes(id)));
          expect([...change.hidden].sort()).toEqual(before.visible.filter((id) => !now.visible.includes(id)));
          before = now;
        }
      }),
      SETTINGS,
    );
  });

  it('opens lazily: a node asked about early says what the finished form says, in any slices', () => {
    fc.assert(
      fc.property(
        spec,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.integer({ min: 1, max: 7 }),
        ({ nodes, steps }, asked, slice) => {
          const document = buildDocument(nodes);
          const form = new LiveForm(document, catalog, TODAY);
          const none = expected(document, new Map());
          for (const at of asked) {
            const id = `n${at % nodes.length}`;
            expect(form.shownSoFar(id)).toBe(none.visible.includes(id));
          }
          expect(form.shownSoFar('not-in-the-tree')).toBe(false);
          // One slice per call until finished: never more calls than slices needed.
          let calls = 0;
          while (!form.advance(() => calls++ % 2 === 0, slice))
            expect(calls).toBeLessThan(4 * nodes.length + 4);
          expect(form.finished).toBe(true);
          expect(actual(form)).toEqual(none);
          // The first answer is followed from the finished pass.
          const step = steps[0]!;
          const value = VALUES[step.value];
          const answers = new Map<string, AnswerValue>();
          if (value !== undefined) answers.set(`n${step.node % nodes.length}`, value);
          form.update(answers);
          expect(actual(form)).toEqual(expected(document, answers));
        },
      ),
      SETTINGS,
    );
  });

  it('opens and closes a branch through children and grandchildren without conditions of their own', () => {
    const nodes = [
      { id: 'q', keywordId: 'janej' },
      {
        id: 'p',
        keywordId: 'janej',
        showWhen: { behavior: 'all', clauses: [{ source: 'q', operator: 'equals', value: 'ja' }] },
        children: [{ id: 'c', keywordId: 'text', children: [{ id: 'g', keywordId: 'tal' }] }],
      },
      { id: 'after', keywordId: 'text' },
    ];
    const document = { ...groups(0), nodes } as unknown as TreeDocument;
    const form = new LiveForm(document, catalog, TODAY);
    expect([...form.visible].sort()).toEqual(['after', 'q']);
    const opened = form.update(new Map([['q', 'ja']]));
    expect(opened.shown).toEqual(['p', 'c', 'g']);
    expect([...form.visible].sort()).toEqual(['after', 'c', 'g', 'p', 'q']);
    const closed = form.update(new Map([['q', 'nej']]));
    expect(closed.hidden).toEqual(['p', 'c', 'g']);
    expect([...form.visible].sort()).toEqual(['after', 'q']);
  });

  it('follows a date rule both ways: the date it may not precede answered before or after it', () => {
    const nodes = [
      { id: 'slut', keywordId: 'slut' },
      { id: 'start1', keywordId: 'start' },
      { id: 'start2', keywordId: 'start' },
    ];
    const document = { ...groups(0), nodes } as unknown as TreeDocument;
    const form = new LiveForm(document, catalog, TODAY);
    form.update(new Map([['slut', '2026-01-01']]));
    expect(form.problemList()).toEqual([]);
    const change = form.update(
      new Map([
        ['slut', '2026-01-01'],
        ['start2', '2026-02-01'],
      ]),
    );
    expect([...change.changed].sort()).toEqual(['slut', 'start2']);
    expect(form.problemList()).toEqual([
      { nodeId: 'slut', kind: 'beforeDate', otherTerm: 'Start', otherDate: '2026-02-01' },
    ]);
    // The first answered placement of Start is the one compared with.
    form.update(
      new Map([
        ['slut', '2026-01-01'],
        ['start1', '2025-12-01'],
        ['start2', '2026-02-01'],
      ]),
    );
    expect(form.problemList()).toEqual([]);
  });

  it('shownNow keeps its identity until a node opens or closes, and always tells the shown nodes', () => {
    const form = new LiveForm(groups(3), catalog, TODAY);
    const first = form.shownNow();
    expect(first.has('q0')).toBe(true);
    expect(first.has('q0-val')).toBe(false);
    // An answer that opens nothing (a text under a closed question) keeps the view.
    form.update(new Map([['q1-text', 'abc']]));
    expect(form.shownNow()).toBe(first);
    form.update(new Map([['q1', 'ja']]));
    const opened = form.shownNow();
    expect(opened).not.toBe(first);
    expect(opened.has('q1-val')).toBe(true);
    expect(form.shownNow()).toBe(opened);
    form.update(new Map([['q1', 'nej']]));
    expect(form.shownNow()).not.toBe(opened);
    expect(form.shownNow().has('q1-val')).toBe(false);
  });

  it('evaluates only as far as asked, and finishes before following an answer', () => {
    const document = groups(200);
    const form = new LiveForm(document, catalog, TODAY);
    expect(form.size).toBe(1_000);
    expect(form.finished).toBe(false);
    expect(form.shownSoFar('q1-val')).toBe(false);
    // q0, its four children and q1, q1-val: the two questions show, nothing further is known.
    expect([...form.soFar.visible]).toEqual(['q0', 'q1']);
    // Equal answers (a new, empty map) leave the opening lazy.
    expect(form.update(new Map()).changed.size).toBe(0);
    expect(form.soFar.visible.size).toBe(2);
    expect(form.advance(() => false)).toBe(false);
    expect(form.soFar.visible.size).toBe(2);
    form.update(new Map([['q150', 'ja']]));
    expect(form.finished).toBe(true);
    expect(form.soFar.visible.size).toBe(204);
    expect(form.soFar.visible.has('q150-tal')).toBe(true);
  });

  it('follows only what an answer reaches: a tick in one group re-evaluates that group, not the form', () => {
    const document = groups(200);
    const form = new LiveForm(document, catalog, TODAY);
    const change = form.update(new Map([['q7', 'ja']]));
    expect([...change.changed].sort()).toEqual(['q7', 'q7-start', 'q7-tal', 'q7-text', 'q7-val']);
    expect(change.shown).toEqual(['q7-val', 'q7-text', 'q7-tal', 'q7-start']);
    expect(form.update(new Map([['q7', 'ja']])).changed.size).toBe(0);
  });

  it('is shared per document version and catalogue, and starts afresh for a new one', () => {
    const document = buildDocument([
      { parent: 0, top: 0, keyword: 'janej', required: false, clauses: [], any: false },
    ]);
    const form = liveFormFor(document, catalog);
    expect(liveFormFor(document, catalog)).toBe(form);
    expect(liveFormFor(document, createCatalog(KEYWORDS))).not.toBe(form);
    expect(liveFormFor({ ...document }, catalog)).not.toBe(form);
  });
});
