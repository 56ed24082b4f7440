import type { AnswerValue, Answers, Catalog, Keyword, KeywordNode, TreeDocument } from './model.ts';
import { isKeywordNode } from './model.ts';
import { getTypeSpec, takesAnswer } from './keyword-types.ts';
import { evaluateDocument, type Evaluation } from './evaluate.ts';
import { indexTree } from './tree.ts';

/** What a form would say about one answer (or its absence). */
export type AnswerProblem =
  | { readonly nodeId: string; readonly kind: 'required' }
  | { readonly nodeId: string; readonly kind: 'belowMin'; readonly limit: number }
  | { readonly nodeId: string; readonly kind: 'aboveMax'; readonly limit: number }
  | { readonly nodeId: string; readonly kind: 'tooManyDecimals'; readonly limit: number }
  | { readonly nodeId: string; readonly kind: 'tooLong'; readonly limit: number }
  | { readonly nodeId: string; readonly kind: 'tooShort'; readonly limit: number }
  | { readonly nodeId: string; readonly kind: 'patternMismatch'; readonly hint: string }
  | { readonly nodeId: string; readonly kind: 'invalidDate' }
  | { readonly nodeId: string; readonly kind: 'invalidDateTime' }
  | { readonly nodeId: string; readonly kind: 'inFuture'; readonly today: string }
  | { readonly nodeId: string; readonly kind: 'inPast'; readonly today: string }
  | {
      readonly nodeId: string;
      readonly kind: 'beforeDate';
      /** The other date keyword's term and answer. */
      readonly otherTerm: string;
      readonly otherDate: string;
    };

export type AnswerProblemKind = AnswerProblem['kind'];

/** Today as YYYY-MM-DD in the local time zone: what "not in the future" means to the clinician. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const compiledPatterns = new Map<string, RegExp | null>();

/** A keyword's pattern as a whole-answer RegExp; null when it does not compile (Kontroll says so). */
export function compilePattern(pattern: string): RegExp | null {
  let compiled = compiledPatterns.get(pattern);
  if (compiled === undefined) {
    try {
      compiled = new RegExp(`^(?:${pattern})$`, 'u');
    } catch {
      compiled = null;
    }
    if (compiledPatterns.size > 500) compiledPatterns.clear();
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a calendar date written YYYY-MM-DD that exists (2026-02-29 does not). */
export function isValidDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, not Date.UTC: that reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a Datum och tid answer written YYYY-MM-DDThh:mm whose day exists and whose time is 00:00–23:59. */
export function isValidDateTime(text: string): boolean {
  const [date = '', time = '', rest] = text.split('T');
  return rest === undefined && isValidDate(date) && TIME.test(time);
}

function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 0;
  return text.split('.')[1]?.length ?? 0;
}

/** The first visible answer of each keyword, for rules that compare with another keyword (notBefore). */
function firstAnswers(ordered: ReturnType<typeof indexTree>['ordered'], evaluation: Evaluation) {
  const first = new Map<string, string>();
  for (const { node } of ordered) {
    const value = evaluation.values.get(node.id);
    if (isKeywordNode(node) && typeof value === 'string' && !first.has(node.keywordId))
      first.set(node.keywordId, value);
  }
  return first;
}

function dateProblems(
  nodeId: string,
  keyword: Keyword,
  value: string,
  today: string,
  otherAnswer: (keywordId: string) => string | undefined,
  catalog: Catalog,
): AnswerProblem | undefined {
  if (!isValidDate(value)) return { nodeId, kind: 'invalidDate' };
  if (keyword.notInFuture && value > today) return { nodeId, kind: 'inFuture', today };
  if (keyword.notInPast && value < today) return { nodeId, kind: 'inPast', today };
  const otherDate = keyword.notBefore === undefined ? undefined : otherAnswer(keyword.notBefore);
  if (otherDate !== undefined && isValidDate(otherDate) && value < otherDate) {
    const otherTerm = catalog.get(keyword.notBefore!)?.term ?? keyword.notBefore!;
    return { nodeId, kind: 'beforeDate', otherTerm, otherDate };
  }
  return undefined;
}

/** A Datum och tid answer: a day and time that exist; not in the future or past is decided by the day (a form stays open for hours). */
function dateTimeProblem(
  nodeId: string,
  keyword: Keyword,
  value: string,
  today: string,
): AnswerProblem | undefined {
  if (!isValidDateTime(value)) return { nodeId, kind: 'invalidDateTime' };
  const day = value.slice(0, 10);
  if (keyword.notInFuture && day > today) return { nodeId, kind: 'inFuture', today };
  if (keyword.notInPast && day < today) return { nodeId, kind: 'inPast', today };
  return undefined;
}

function textProblem(nodeId: string, keyword: Keyword, value: string): AnswerProblem | undefined {
  if (keyword.maxLength !== undefined && value.length > keyword.maxLength)
    return { nodeId, kind: 'tooLong', limit: keyword.maxLength };
  if (keyword.minLength !== undefined && value.trim().length < keyword.minLength)
    return { nodeId, kind: 'tooShort', limit: keyword.minLength };
  const pattern = keyword.pattern === undefined ? null : compilePattern(keyword.pattern);
  if (pattern && !pattern.test(value))
    return { nodeId, kind: 'patternMismatch', hint: keyword.patternHint ?? keyword.pattern! };
  return undefined;
}

/**
 * What a form says about one visible keyword's answer (its value as evaluated: undefined when
 * unanswered). `otherAnswer` gives the first visible answer of another keyword, for notBefore.
 */
export function checkAnswer(
  node: KeywordNode,
  keyword: Keyword,
  value: AnswerValue | undefined,
  today: string,
  otherAnswer: (keywordId: string) => string | undefined,
  catalog: Catalog,
): AnswerProblem | undefined {
  // Headings take no answer and a computed score is no one's to fix.
  if (!takesAnswer(keyword.type)) return undefined;
  const nodeId = node.id;
  if (value === undefined) return node.required ? { nodeId, kind: 'required' } : undefined;
  if (typeof value === 'number') {
    if (keyword.min !== undefined && value < keyword.min)
      return { nodeId, kind: 'belowMin', limit: keyword.min };
    if (keyword.max !== undefined && value > keyword.max)
      return { nodeId, kind: 'aboveMax', limit: keyword.max };
    if (keyword.decimals !== undefined && decimalsOf(value) > keyword.decimals)
      return { nodeId, kind: 'tooManyDecimals', limit: keyword.decimals };
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  const kind = getTypeSpec(keyword.type).answer;
  if (kind === 'date') return dateProblems(nodeId, keyword, value, today, otherAnswer, catalog);
  if (kind === 'dateTime') return dateTimeProblem(nodeId, keyword, value, today);
  if (kind === 'text') return textProblem(nodeId, keyword, value);
  return undefined;
}

/**
 * Checks the answers of the visible keywords as a form would on signing: required keywords left
 * empty, numbers outside min/max or with too many decimals, texts too long, too short or not in
 * their pattern, dates that do not exist, lie in the future or past when the keyword forbids it, or
 * come before the date keyword they may not precede. Folded keywords are not checked: their answers
 * never reach the note. One problem per keyword, in document order. `today` is YYYY-MM-DD.
 */
export function checkAnswers(
  document: TreeDocument,
  catalog: Catalog,
  answers: Answers,
  evaluation: Evaluation = evaluateDocument(document, catalog, answers),
  today: string = localToday(),
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const { ordered } = indexTree(document.nodes);
  let first: Map<string, string> | undefined;
  const otherAnswer = (keywordId: string) => (first ??= firstAnswers(ordered, evaluation)).get(keywordId);
  for (const { node } of ordered) {
    if (!evaluation.visible.has(node.id) || !isKeywordNode(node)) continue;
    const keyword = catalog.get(node.keywordId);
    if (!keyword) continue;
    const problem = checkAnswer(node, keyword, evaluation.values.get(node.id), today, otherAnswer, catalog);
    if (problem) problems.push(problem);
  }
  return problems;
}
