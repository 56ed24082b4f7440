import type { KeywordType } from '../domain/model.ts';
import type { Conversion } from '../formats/fhir-import.ts';
import type { ExportWords } from '../formats/export-words.ts';
import type { ListWords } from '../formats/keyword-rows.ts';
import { KEYWORD_TYPE_NAMES } from './keyword-type-names.ts';
import type { Language, Strings } from './strings.ts';

/** The words of keyword rows (specification, CSV, print sheet, a version's view) in one language. */
export function listWords(t: Strings): ListWords {
  return {
    condition: t.condition,
    keywordType: t.keywordType,
    yes: t.spec.yes,
    no: t.preview.no,
    rules: t.rules,
  };
}

/** The file words of a language (its strings `t`), for the export in the app and on the command line alike. */
export function getFileWords(t: Strings, language: Language): ExportWords {
  return {
    list: listWords(t),
    csv: {
      path: t.spec.path,
      term: t.spec.term,
      type: t.spec.type,
      values: t.spec.values,
      unit: t.spec.unit,
      condition: t.spec.condition,
      codes: t.spec.codes,
      required: t.inspector.required,
      rules: t.spec.rules,
      yes: t.spec.yes,
    },
    spec: { ...t.spec, lang: language },
    kind: t.documentKind,
    status: t.documentStatus,
  };
}

/** The keyword types by their names in either language, for reading a pasted list of terms. */
export const KEYWORD_TYPE_BY_NAME: ReadonlyMap<string, KeywordType> = new Map(
  Object.values(KEYWORD_TYPE_NAMES).flatMap((names) =>
    Object.entries(names).map(([type, name]) => [name, type as KeywordType] as const),
  ),
);

/**
 * One conversion in words: "vikt: quantity → Fritext", "a/b: linkId a/b → n3", a repair
 * "Q8: repeats "true" → true", or what was left out "(Questionnaire): text {…} (utelämnad: …)".
 */
export function describeConversion(entry: Conversion, t: Strings): string {
  // The resource itself as the command line names it among what was kept.
  const where = entry.where || '(Questionnaire)';
  if (entry.to === '') return `${where}: ${entry.what} ${entry.from} (${t.exchange.leftOut})`;
  if (entry.what === 'type') return `${where}: ${entry.from} → ${t.keywordType[entry.to as KeywordType]}`;
  return `${where}: ${entry.what} ${entry.from} → ${entry.to}`;
}
