import type { Answers, Catalog, TreeDocument, TreeNode } from './model.ts';
import { getChildren, isKeywordNode } from './model.ts';
import { getTypeSpec } from './keyword-types.ts';
import { evaluateDocument, type Evaluation } from './evaluate.ts';
import { formatAnswer } from './format-answer.ts';

export { formatAnswer, formatNumber } from './format-answer.ts';

const INDENT = '  ';

function linesFor(
  node: TreeNode,
  depth: number,
  catalog: Catalog,
  evaluation: Evaluation,
  out: string[],
): void {
  if (!evaluation.visible.has(node.id) || !isKeywordNode(node)) return;
  const keyword = catalog.get(node.keywordId);
  if (!keyword) return;
  const indent = INDENT.repeat(depth);
  const childLines: string[] = [];
  for (const child of getChildren(node)) linesFor(child, depth + 1, catalog, evaluation, childLines);
  if (getTypeSpec(keyword.type).answer === 'none') {
    // A heading is written only above something answered.
    if (childLines.length > 0) out.push(`${indent}${keyword.term}`, ...childLines);
    return;
  }
  const value = evaluation.values.get(node.id);
  if (value !== undefined) {
    const [first = '', ...rest] = formatAnswer(keyword, value).split(/\r?\n/);
    out.push(`${indent}${keyword.term}: ${first}`, ...rest.map((line) => `${indent}${INDENT}${line}`));
  }
  out.push(...childLines);
}

/**
 * The note text ("journaltext") a set of answers produces, in Cosmic's style: headings, then
 * "Sökord: värde" lines indented two spaces per level, only answered visible keywords. Answers of
 * hidden nodes never appear. Recursion depth is bounded by the tree depth limit.
 * @example getNoteText(doc, catalog, answers) // "Utförda åtgärder\n  Begränsande …: Ja"
 */
export function getNoteText(document: TreeDocument, catalog: Catalog, answers: Answers): string {
  const evaluation = evaluateDocument(document, catalog, answers);
  const lines: string[] = [];
  for (const node of document.nodes) linesFor(node, 0, catalog, evaluation, lines);
  return lines.join('\n');
}
