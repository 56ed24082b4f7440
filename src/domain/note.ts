import type { AnswerValue, Answers, Catalog, Keyword, TreeDocument, TreeNode } from './model.ts';
import { getChildren, getOptions, isKeywordNode } from './model.ts';
import { getTypeSpec, usesField } from './keyword-types.ts';
import { evaluateDocument, getScoreBand, type Evaluation } from './evaluate.ts';

const INDENT = '  ';

/** Formats a number the Swedish way: decimal comma, the keyword's decimals, then the unit. */
export function formatNumber(value: number, keyword: Keyword): string {
  const digits = keyword.decimals;
  const text = (digits === undefined ? String(value) : value.toFixed(digits)).replace('.', ',');
  return keyword.unit ? `${text} ${keyword.unit}` : text;
}

/** An answer as the note shows it: option labels, "Ja", numbers with unit, score with its band. */
export function formatAnswer(keyword: Keyword, value: AnswerValue): string {
  if (value === true) return 'Ja';
  if (typeof value === 'number') {
    const band = usesField(keyword.type, 'bands') ? getScoreBand(keyword, value) : undefined;
    return band ? `${formatNumber(value, keyword)} (${band})` : formatNumber(value, keyword);
  }
  const options = getOptions(keyword);
  const label = (id: string) => options.find((option) => option.id === id)?.label ?? id;
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (typeof value === 'string' && options.length > 0) return label(value);
  return String(value);
}

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
