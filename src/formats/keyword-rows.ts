import type { Catalog, Keyword, KeywordType, TreeDocument } from '../domain/model.ts';
import { getOptions, isKeywordNode } from '../domain/model.ts';
import { hasOwnOptions } from '../domain/keyword-types.ts';
import { getPath, indexTree } from '../domain/tree.ts';
import { describeCondition, type ConditionWords } from './describe-condition.ts';
import { describeRules, type RuleWords } from './describe-rules.ts';

/** The words the specification and the keyword list are written with (from i18n). */
export interface ListWords {
  readonly condition: ConditionWords;
  readonly keywordType: Readonly<Record<KeywordType, string>>;
  readonly yes: string;
  readonly no: string;
  readonly rules: RuleWords;
}

/** One placed keyword, as the specification and the CSV list describe it. */
export interface KeywordRow {
  readonly nodeId: string;
  readonly depth: number;
  /** The terms from the top down to this keyword's parent. */
  readonly path: readonly string[];
  readonly keyword: Keyword;
  readonly type: string;
  /** Values with their scores, "Ja (1)". */
  readonly values: readonly string[];
  readonly condition: string;
  readonly codes: readonly string[];
  readonly required: boolean;
  /** Its answer rules in words (range, length, pattern, dates, missing items). */
  readonly rules: readonly string[];
}

/**
 * Every placed keyword of an (assembled) document in document order, with its path, values,
 * condition in words and codes: the rows of "Specifikation" and "Sökordslista (CSV)".
 */
export function getKeywordRows(
  document: TreeDocument,
  catalog: Catalog,
  words: ListWords,
  /** Only these nodes (a copied subtree), still described within the whole document. */
  only?: ReadonlySet<string>,
): KeywordRow[] {
  const index = indexTree(document.nodes);
  const termOf = (id: string) => {
    const node = index.places.get(id)?.node;
    return node && isKeywordNode(node) ? (catalog.get(node.keywordId)?.term ?? node.keywordId) : id;
  };
  return index.ordered.flatMap(({ node, depth }): KeywordRow[] => {
    if (!isKeywordNode(node) || (only && !only.has(node.id))) return [];
    const keyword = catalog.get(node.keywordId);
    if (!keyword) return [];
    // A built-in list (Ja-kryss, Ja/Nej) has no points to show.
    const values = !hasOwnOptions(keyword.type)
      ? getOptions(keyword).map((o) => o.label)
      : getOptions(keyword).map((o) => (o.score === undefined ? o.label : `${o.label} (${o.score})`));
    return [
      {
        nodeId: node.id,
        depth,
        path: getPath(index, node.id).slice(0, -1).map(termOf),
        keyword,
        type: words.keywordType[keyword.type],
        values,
        condition: node.showWhen
          ? describeCondition(node.showWhen, node.id, index, catalog, words.condition, { nameParent: true })
          : '',
        codes: [
          ...(keyword.codes ?? []).map((c) => `${c.system} ${c.code}${c.display ? ` ${c.display}` : ''}`),
          ...getOptions(keyword).flatMap((o) =>
            (o.codes ?? []).map((c) => `${o.label}: ${c.system} ${c.code}`),
          ),
        ],
        required: node.required === true,
        rules: describeRules(keyword, catalog, words.rules),
      },
    ];
  });
}
