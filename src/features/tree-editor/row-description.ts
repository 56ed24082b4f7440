import type { Catalog } from '../../domain/model.ts';
import { isKeywordNode } from '../../domain/model.ts';
import type { TreeIndex } from '../../domain/tree.ts';
import type { Diagnostic } from '../../validation/diagnostics.ts';
import { describeCondition } from '../../formats/describe-condition.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { TreeRow } from './tree-rows.ts';

/** What a row says: its term, type, required, condition and findings. */
export function describeRow(
  row: TreeRow,
  index: TreeIndex,
  catalog: Catalog,
  findings: readonly Diagnostic[],
  t: Strings,
) {
  const { node } = row;
  const keyword = isKeywordNode(node) ? catalog.get(node.keywordId) : undefined;
  const term = isKeywordNode(node)
    ? (keyword?.term ?? t.unknownKeyword(node.keywordId))
    : t.includes(node.include.fragmentId, node.include.version);
  const typeLabel = keyword ? t.keywordType[keyword.type] : t.fragments;
  const condition = node.showWhen
    ? describeCondition(node.showWhen, node.id, index, catalog, t.condition)
    : undefined;
  const errors = findings.filter((d) => d.severity === 'error').length;
  const warnings = findings.length - errors;
  const required = isKeywordNode(node) && node.required === true;
  // The name starts with the term; commas make a screen reader pause between the parts.
  const name = [
    term,
    typeLabel,
    required ? t.required : '',
    condition ?? '',
    errors > 0 ? t.rowErrors(errors) : '',
    warnings > 0 ? t.rowWarnings(warnings) : '',
  ]
    .filter(Boolean)
    .join(', ');
  return { term, typeLabel, condition, errors, warnings, required, name };
}
