import type { Catalog, TreeDocument } from '../../domain/model.ts';
import { isKeywordNode } from '../../domain/model.ts';
import type { Diagnostic } from '../../validation/diagnostics.ts';
import { describeCondition, type ConditionPlaces } from '../../formats/describe-condition.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { TreeRow } from './tree-rows.ts';

/** What a row says: its term, type, required, condition, where it comes from, findings and open comments. */
export function describeRow(
  row: TreeRow,
  places: ConditionPlaces,
  catalog: Catalog,
  findings: readonly Diagnostic[],
  t: Strings,
  /** The fragment shown under an include row, and the one a read-only row comes from. */
  fragments: { readonly included?: TreeDocument | undefined; readonly from?: TreeDocument | undefined } = {},
  /** Open review comments on this row. */
  comments = 0,
  /** Keywords whose stored records are damaged: named so, not "unknown". */
  damagedKeywords: ReadonlySet<string> = new Set(),
) {
  const { node } = row;
  const keyword = isKeywordNode(node) ? catalog.get(node.keywordId) : undefined;
  const term = isKeywordNode(node)
    ? (keyword?.term ??
      (damagedKeywords.has(node.keywordId) ? t.damagedKeyword : t.unknownKeyword)(node.keywordId))
    : (fragments.included?.title ?? t.includes(node.include.fragmentId, node.include.version));
  const typeLabel = keyword
    ? t.keywordType[keyword.type]
    : isKeywordNode(node)
      ? t.unknownType
      : t.includeType(node.include.version);
  const condition = node.showWhen
    ? describeCondition(node.showWhen, node.id, places, catalog, t.condition)
    : undefined;
  const errors = findings.filter((d) => d.severity === 'error').length;
  const warnings = findings.length - errors;
  const required = isKeywordNode(node) && node.required === true;
  const origin = row.readOnly && fragments.from ? t.fromFragment(fragments.from.title) : undefined;
  // The name starts with the term; commas make a screen reader pause between the parts.
  const name = [
    term,
    typeLabel,
    required ? t.required : '',
    condition ?? '',
    origin ?? '',
    errors > 0 ? t.rowErrors(errors) : '',
    warnings > 0 ? t.rowWarnings(warnings) : '',
    comments > 0 ? t.comments.rowChip(comments) : '',
  ]
    .filter(Boolean)
    .join(', ');
  return { term, typeLabel, condition, errors, warnings, required, origin, comments, name };
}
