import type { Answers, Catalog, Keyword, TreeDocument, TreeNode } from './model.ts';
import { checkAnswers, localToday, type AnswerProblem } from './answer-checks.ts';
import { getChildren, isKeywordNode } from './model.ts';
import { getTypeSpec } from './keyword-types.ts';
import { evaluateDocument, type Evaluation } from './evaluate.ts';
import { formatAnswer, formatNumber, formatScore, NOTE_SCORE_WORDS } from './format-answer.ts';

export { formatAnswer, formatNumber, formatScore, NOTE_SCORE_WORDS } from './format-answer.ts';
export type { ScoreWords } from './format-answer.ts';

const INDENT = '  ';

/** Why an answer is marked in the note, in the note's language (Swedish, as the record is). */
function markOf(problem: AnswerProblem, keyword: Keyword): string {
  const number = (limit: number) => formatNumber(limit, keyword);
  switch (problem.kind) {
    case 'required':
      return 'saknas';
    case 'belowMin':
      return `lägre än ${number(problem.limit)}`;
    case 'aboveMax':
      return `högre än ${number(problem.limit)}`;
    case 'tooManyDecimals':
      return `fler än ${problem.limit} decimaler`;
    case 'tooLong':
      return `längre än ${problem.limit} tecken`;
    case 'tooShort':
      return `kortare än ${problem.limit} tecken`;
    case 'patternMismatch':
      return `följer inte formatet ${problem.hint}`;
    case 'invalidDate':
      return 'datumet finns inte';
    case 'invalidDateTime':
      return 'datum eller klockslag finns inte';
    case 'inFuture':
      return 'datum i framtiden';
    case 'inPast':
      return 'datum som har passerat';
    case 'beforeDate':
      return `före ${problem.otherTerm} ${problem.otherDate}`;
  }
}

interface NoteContext {
  readonly catalog: Catalog;
  readonly evaluation: Evaluation;
  readonly problems: ReadonlyMap<string, AnswerProblem>;
}

/**
 * The note lines of one visible, answered keyword that is not a heading: "Sökord: värde", marked
 * when its answer breaks a rule, further lines of a text indented under it; none when unanswered.
 */
export function answerLines(
  nodeId: string,
  keyword: Keyword,
  depth: number,
  evaluation: Evaluation,
  problem: AnswerProblem | undefined,
): string[] {
  const indent = INDENT.repeat(depth);
  const value = evaluation.values.get(nodeId);
  const score = evaluation.scores.get(nodeId);
  const text = score
    ? formatScore(keyword, score, NOTE_SCORE_WORDS)
    : value !== undefined
      ? formatAnswer(keyword, value)
      : undefined;
  if (text === undefined) return [];
  // A value that breaks its keyword's rules never reaches the record unmarked.
  const mark = problem ? ` [KONTROLLERA: ${markOf(problem, keyword)}]` : '';
  const [first = '', ...rest] = `${text}${mark}`.split(/\r?\n/);
  return [`${indent}${keyword.term}: ${first}`, ...rest.map((line) => `${indent}${INDENT}${line}`)];
}

/** A heading's line in the note. */
export const headingLine = (keyword: Keyword, depth: number) => `${INDENT.repeat(depth)}${keyword.term}`;

function linesFor(node: TreeNode, depth: number, context: NoteContext, out: string[]): void {
  const { catalog, evaluation } = context;
  if (!evaluation.visible.has(node.id) || !isKeywordNode(node)) return;
  const keyword = catalog.get(node.keywordId);
  if (!keyword) return;
  const childLines: string[] = [];
  for (const child of getChildren(node)) linesFor(child, depth + 1, context, childLines);
  if (getTypeSpec(keyword.type).answer === 'none') {
    // A heading is written only above something answered.
    if (childLines.length > 0) out.push(headingLine(keyword, depth), ...childLines);
    return;
  }
  out.push(...answerLines(node.id, keyword, depth, evaluation, context.problems.get(node.id)));
  out.push(...childLines);
}

/**
 * The note text ("journaltext") a set of answers produces, in Cosmic's style: headings, then
 * "Sökord: värde" lines indented two spaces per level, only answered visible keywords. Answers of
 * hidden nodes never appear; an answer that breaks its keyword's rules carries "[KONTROLLERA: …]";
 * an incomplete score says so and has no band. Recursion depth is bounded by the tree depth limit.
 * `today` (YYYY-MM-DD) is what the date rules compare with.
 * @example getNoteText(doc, catalog, answers) // "Utförda åtgärder\n  Begränsande …: Ja"
 */
export function getNoteText(
  document: TreeDocument,
  catalog: Catalog,
  answers: Answers,
  today: string = localToday(),
): string {
  const evaluation = evaluateDocument(document, catalog, answers);
  const problems = new Map(
    checkAnswers(document, catalog, answers, evaluation, today).map((problem) => [problem.nodeId, problem]),
  );
  const context: NoteContext = { catalog, evaluation, problems };
  const lines: string[] = [];
  for (const node of document.nodes) linesFor(node, 0, context, lines);
  return lines.join('\n');
}
