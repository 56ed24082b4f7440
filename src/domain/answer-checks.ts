import type { Answers, Catalog, TreeDocument } from './model.ts';
import { isKeywordNode } from './model.ts';
import { getTypeSpec } from './keyword-types.ts';
import { evaluateDocument, type Evaluation } from './evaluate.ts';
import { indexTree } from './tree.ts';

/** What a form would say about one answer (or its absence). */
export type AnswerProblem =
  | { readonly nodeId: string; readonly kind: 'required' }
  | { readonly nodeId: string; readonly kind: 'belowMin'; readonly limit: number }
  | { readonly nodeId: string; readonly kind: 'aboveMax'; readonly limit: number }
  | { readonly nodeId: string; readonly kind: 'tooManyDecimals'; readonly limit: number }
  | { readonly nodeId: string; readonly kind: 'tooLong'; readonly limit: number }
  | { readonly nodeId: string; readonly kind: 'invalidDate' };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a calendar date written YYYY-MM-DD that exists (2026-02-29 does not). */
export function isValidDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 0;
  return text.split('.')[1]?.length ?? 0;
}

/**
 * Checks the answers of the visible keywords as a form would on signing: required keywords left
 * empty, numbers outside min/max or with too many decimals, texts over their max length, dates that
 * do not exist. Folded keywords are not checked: their answers never reach the note. Document order.
 */
export function checkAnswers(
  document: TreeDocument,
  catalog: Catalog,
  answers: Answers,
  evaluation: Evaluation = evaluateDocument(document, catalog, answers),
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const { node } of indexTree(document.nodes).ordered) {
    if (!evaluation.visible.has(node.id) || !isKeywordNode(node)) continue;
    const keyword = catalog.get(node.keywordId);
    // Headings take no answer and a computed score is no one's to fix.
    const kind = keyword && getTypeSpec(keyword.type).answer;
    if (!keyword || kind === 'none' || kind === 'computed') continue;
    const nodeId = node.id;
    const value = evaluation.values.get(nodeId);
    if (value === undefined) {
      if (node.required) problems.push({ nodeId, kind: 'required' });
      continue;
    }
    if (typeof value === 'number') {
      if (keyword.min !== undefined && value < keyword.min)
        problems.push({ nodeId, kind: 'belowMin', limit: keyword.min });
      else if (keyword.max !== undefined && value > keyword.max)
        problems.push({ nodeId, kind: 'aboveMax', limit: keyword.max });
      else if (keyword.decimals !== undefined && decimalsOf(value) > keyword.decimals)
        problems.push({ nodeId, kind: 'tooManyDecimals', limit: keyword.decimals });
    } else if (typeof value === 'string') {
      if (kind === 'date' && !isValidDate(value)) problems.push({ nodeId, kind: 'invalidDate' });
      else if (keyword.maxLength !== undefined && value.length > keyword.maxLength)
        problems.push({ nodeId, kind: 'tooLong', limit: keyword.maxLength });
    }
  }
  return problems;
}
