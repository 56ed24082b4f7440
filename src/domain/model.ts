/**
 * The canonical model, as generated from schemas/ (the single source of truth), plus the few derived
 * types and constants the domain needs. Import model types from here, not from generated/.
 */
import type {
  Keyword,
  KeywordNode,
  IncludeNode,
  Option,
  TreeNode,
  KeywordType,
  Operator,
} from './generated/model.ts';

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

/** The built-in value list of a yes/no keyword; conditions refer to these ids. */
export const YES_NO_OPTIONS: readonly Option[] = [
  { id: 'ja', label: 'Ja' },
  { id: 'nej', label: 'Nej' },
];

/** A Ja-kryss has a single "Ja". */
export const CHECK_OPTIONS: readonly Option[] = [{ id: 'ja', label: 'Ja' }];

/** Keyword types whose answer is picked from a value list. */
export const CHOICE_TYPES: ReadonlySet<KeywordType> = new Set([
  'check',
  'yesNo',
  'singleChoice',
  'multipleChoice',
]);

const CHOICE_OPERATORS: readonly Operator[] = ['equals', 'notEquals', 'answered', 'notAnswered'];
const ORDERED_OPERATORS: readonly Operator[] = [
  'equals',
  'notEquals',
  'lessThan',
  'lessOrEqual',
  'greaterThan',
  'greaterOrEqual',
  'answered',
  'notAnswered',
];

/** The operators a condition may use on a source of each type (FHIR enableWhen operators, named). */
export const OPERATORS_BY_TYPE: Readonly<Record<KeywordType, readonly Operator[]>> = {
  heading: [],
  check: ['checked', 'answered', 'notAnswered'],
  yesNo: CHOICE_OPERATORS,
  singleChoice: CHOICE_OPERATORS,
  multipleChoice: ['includes', 'answered', 'notAnswered'],
  text: ['answered', 'notAnswered'],
  number: ORDERED_OPERATORS,
  score: ORDERED_OPERATORS,
  date: ORDERED_OPERATORS,
};

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
  switch (keyword.type) {
    case 'check':
      return CHECK_OPTIONS;
    case 'yesNo':
      return YES_NO_OPTIONS;
    case 'singleChoice':
    case 'multipleChoice':
      return keyword.options ?? [];
    default:
      return [];
  }
}

/** Builds the catalogue map from a keyword list; later duplicates do not replace earlier ones. */
export function createCatalog(keywords: readonly Keyword[]): Catalog {
  const catalog = new Map<string, Keyword>();
  for (const keyword of keywords) if (!catalog.has(keyword.id)) catalog.set(keyword.id, keyword);
  return catalog;
}
