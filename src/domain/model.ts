/**
 * The canonical model, as generated from schemas/ (the single source of truth), plus the few derived
 * types and constants the domain needs. Import model types from here, not from generated/.
 */
import type {
  Coding,
  Keyword,
  KeywordNode,
  KeywordType,
  IncludeNode,
  Option,
  TreeNode,
  Operator,
} from './generated/model.ts';
import { getTypeSpec } from './keyword-types.ts';

export type * from './generated/model.ts';

/** The keyword catalogue, keyed by keyword id. A Map, so imported ids can never reach Object.prototype. */
export type Catalog = ReadonlyMap<string, Keyword>;

/**
 * One answer as the preview holds it: check = true; yes/no and single choice = an option id;
 * multiple choice = option ids; text and date (YYYY-MM-DD) = a string; number = a number.
 */
export type AnswerValue = boolean | string | number | readonly string[];

/** Answers by node id. */
export type Answers = ReadonlyMap<string, AnswerValue>;

/** One line of a pasted list of terms (formats/term-outline reads them): its level from 0, the term, type and values if given. */
export interface PastedTerm {
  readonly depth: number;
  readonly term: string;
  readonly type: KeywordType | undefined;
  readonly values: readonly Pick<Option, 'label' | 'score'>[];
}

/** One keyword as a list gives it (a CSV row, formats/keyword-csv-import.ts): what the catalogue takes in. */
export interface KeywordListRow {
  readonly term: string;
  readonly type: KeywordType;
  readonly values: readonly Pick<Option, 'label' | 'score'>[];
  readonly unit: string | undefined;
  readonly codes: readonly Coding[];
}

/** Operators that take no value. */
export const VALUELESS_OPERATORS: ReadonlySet<Operator> = new Set(['checked', 'answered', 'notAnswered']);

/** Operators that compare numbers (or dates) by order. */
export const ORDER_OPERATORS: ReadonlySet<Operator> = new Set([
  'lessThan',
  'lessOrEqual',
  'greaterThan',
  'greaterOrEqual',
]);

/** True when the node places a fragment instead of a keyword. */
export function isIncludeNode(node: TreeNode): node is IncludeNode {
  return 'include' in node;
}

/** True when the node places a keyword. */
export function isKeywordNode(node: TreeNode): node is KeywordNode {
  return 'keywordId' in node;
}

/** A node's children; include nodes and leaves have none. */
export function getChildren(node: TreeNode): readonly TreeNode[] {
  return isKeywordNode(node) ? (node.children ?? []) : [];
}

/** The value list a condition or answer may use: built in for check and yes/no, else the keyword's own. */
export function getOptions(keyword: Keyword): readonly Option[] {
  const { options } = getTypeSpec(keyword.type);
  return options === 'own' ? (keyword.options ?? []) : options;
}

/** Builds the catalogue map from a keyword list; later duplicates do not replace earlier ones. */
export function createCatalog(keywords: readonly Keyword[]): Catalog {
  const catalog = new Map<string, Keyword>();
  for (const keyword of keywords) if (!catalog.has(keyword.id)) catalog.set(keyword.id, keyword);
  return catalog;
}
