import { foldTerm } from '../domain/library.ts';
import { compilePattern } from '../domain/answer-checks.ts';
import type { Catalog, Keyword } from '../domain/model.ts';
import {
  getOptions,
  getTypeSpec,
  hasOwnOptions,
  isChoiceType,
  isNumericType,
  LIMITS,
  usesField,
} from '../domain/index.ts';
import { createDiagnostic, type Diagnostic, type DiagnosticTarget } from './diagnostics.ts';

/** Capitalised words that are names, not style errors (domain-knowledge.md §1.5: capitals only in names). */
const PROPER_NOUNS = new Set([
  'ImagineCare',
  'Stöd',
  'Cosmic',
  'Apple',
  'Health',
  'Connect',
  'Senior',
  'Norton',
  'Nortonskala',
  'Downton',
  'FaR',
  'Termgruppen',
  'Inera',
  'Socialstyrelsen',
]);

const CODE_PATTERNS: Partial<Record<string, RegExp>> = {
  KVÅ: /^[A-Z]{2}\d{3}$/,
  ICF: /^[bsde]\d{3,5}$/,
  'SNOMED CT': /^\d{6,18}$/,
};

function namingRules(keyword: Keyword, target: DiagnosticTarget, out: Diagnostic[]) {
  const term = keyword.term.trim();
  const add = (code: Parameters<typeof createDiagnostic>[0], params: Record<string, string | number> = {}) =>
    out.push(createDiagnostic(code, { term, ...params }, target));
  if (/^\p{Ll}/u.test(term)) add('NAME_LOWERCASE_START');
  // A word right after a code or number ("PHQ-9 1 Intresse") starts the label proper, so it may be capitalised.
  const words = term.split(/\s+/u);
  const capitalised = words.find(
    (word, i) =>
      i > 0 && /^\p{Lu}\p{Ll}+$/u.test(word) && !PROPER_NOUNS.has(word) && /\p{Ll}/u.test(words[i - 1]!),
  );
  if (capitalised) add('NAME_CAPITALS', { word: capitalised });
  if (/[.:]$/u.test(term)) add('NAME_TRAILING_PUNCTUATION');
  if (term.length > LIMITS.termAdvisedLength) {
    add('NAME_TOO_LONG', { length: term.length, limit: LIMITS.termAdvisedLength });
  }
  if (keyword.unit && (term.includes(`(${keyword.unit})`) || term.endsWith(` ${keyword.unit}`))) {
    add('NAME_UNIT_IN_TERM', { unit: keyword.unit });
  }
  if (term.endsWith('?')) add('NAME_QUESTION');
  if (/^övrigt$/iu.test(term)) add('NAME_VAGUE');
}

function codeRules(keyword: Keyword, target: DiagnosticTarget, out: Diagnostic[]) {
  const codings = [
    ...(keyword.codes ?? []),
    ...(keyword.options ?? []).flatMap((option) => option.codes ?? []),
  ];
  for (const coding of codings) {
    const pattern = CODE_PATTERNS[coding.system];
    if (pattern && !pattern.test(coding.code)) {
      out.push(
        createDiagnostic(
          'CODE_FORMAT',
          { term: keyword.term, code: coding.code, system: coding.system },
          target,
        ),
      );
    }
  }
}

function optionRules(keyword: Keyword, target: DiagnosticTarget, out: Diagnostic[]) {
  const term = keyword.term;
  if (!hasOwnOptions(keyword.type)) return;
  const options = keyword.options ?? [];
  // A list named by a ValueSet that is not here to expand is no error: the export names it as it was.
  if (options.length === 0 && keyword.valueSet !== undefined)
    out.push(createDiagnostic('VALUE_SET_NOT_EXPANDED', { term, valueSet: keyword.valueSet }, target));
  else if (options.length === 0) out.push(createDiagnostic('EMPTY_VALUE_LIST', { term }, target));
  const ids = new Set<string>();
  const labels = new Set<string>();
  for (const option of options) {
    if (ids.has(option.id))
      out.push(createDiagnostic('DUPLICATE_OPTION_ID', { term, id: option.id }, target));
    ids.add(option.id);
    const label = option.label.trim().toLocaleLowerCase('sv');
    if (labels.has(label))
      out.push(createDiagnostic('DUPLICATE_OPTION_LABEL', { term, label: option.label }, target));
    labels.add(label);
    if (/^\p{Ll}/u.test(option.label) || /\.$/u.test(option.label)) {
      out.push(createDiagnostic('OPTION_LABEL_STYLE', { term, label: option.label }, target));
    }
  }
}

/** True when every value a source can take carries a score (numbers count as their own score). */
export function isScored(keyword: Keyword): boolean {
  if (isNumericType(keyword.type)) return true;
  if (!isChoiceType(keyword.type)) return false;
  const options = getOptions(keyword);
  return options.length > 0 && options.every((option) => option.score !== undefined);
}

function scoreRules(keyword: Keyword, catalog: Catalog, target: DiagnosticTarget, out: Diagnostic[]) {
  if (!usesField(keyword.type, 'scoreSources')) return;
  const term = keyword.term;
  const sources = keyword.scoreSources ?? [];
  if (sources.length === 0) out.push(createDiagnostic('SCORE_WITHOUT_SOURCES', { term }, target));
  for (const source of sources) {
    const sourceKeyword = catalog.get(source.keywordId);
    if (!sourceKeyword)
      out.push(createDiagnostic('SCORE_SOURCE_UNKNOWN', { term, keywordId: source.keywordId }, target));
    else if (!isScored(sourceKeyword)) {
      out.push(createDiagnostic('SCORE_SOURCE_UNSCORED', { term, sourceTerm: sourceKeyword.term }, target));
    }
  }
}

/** Answer rules that can never hold, or hold on one day only; a pattern that does not compile. */
function answerRules(keyword: Keyword, catalog: Catalog, target: DiagnosticTarget, out: Diagnostic[]) {
  const term = keyword.term;
  const { minLength, maxLength } = keyword;
  if (
    usesField(keyword.type, 'minLength') &&
    minLength !== undefined &&
    maxLength !== undefined &&
    minLength > maxLength
  )
    out.push(
      createDiagnostic('MIN_LENGTH_GREATER_THAN_MAX', { term, min: minLength, max: maxLength }, target),
    );
  if (usesField(keyword.type, 'pattern') && keyword.pattern !== undefined && !compilePattern(keyword.pattern))
    out.push(createDiagnostic('PATTERN_INVALID', { term, pattern: keyword.pattern }, target));
  if (!usesField(keyword.type, 'notBefore')) return;
  let onlyToday = keyword.notInFuture === true && keyword.notInPast === true;
  if (keyword.notBefore !== undefined) {
    const other = catalog.get(keyword.notBefore);
    if (keyword.notBefore === keyword.id || !other || getTypeSpec(other.type).answer !== 'date')
      out.push(createDiagnostic('NOT_BEFORE_NOT_A_DATE', { term, keywordId: keyword.notBefore }, target));
    // Not after today, and not before a date that is not before today: today is all that is left.
    else if (keyword.notInFuture && other.notInPast) onlyToday = true;
  }
  if (onlyToday) out.push(createDiagnostic('DATE_ONLY_TODAY', { term }, target));
}

/**
 * The rules about a keyword definition alone: value list, ranges, units, score sources, answer rules, codes and
 * the naming rules of domain-knowledge.md §1.5.
 */
export function checkKeyword(
  keyword: Keyword,
  catalog: Catalog,
  target: DiagnosticTarget = {},
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = { ...target, keywordId: keyword.id };
  namingRules(keyword, at, out);
  optionRules(keyword, at, out);
  if (keyword.min !== undefined && keyword.max !== undefined && keyword.min > keyword.max) {
    out.push(
      createDiagnostic(
        'MIN_GREATER_THAN_MAX',
        { term: keyword.term, min: keyword.min, max: keyword.max },
        at,
      ),
    );
  }
  if (getTypeSpec(keyword.type).answer === 'number' && !keyword.unit) {
    out.push(createDiagnostic('NUMBER_WITHOUT_UNIT', { term: keyword.term }, at));
  }
  scoreRules(keyword, catalog, at, out);
  answerRules(keyword, catalog, at, out);
  codeRules(keyword, at, out);
  const twin = findSameTerm(catalog, keyword);
  if (twin) out.push(createDiagnostic('SAME_TERM_IN_CATALOGUE', { term: keyword.term }, at));
  return out;
}

const termIndexes = new WeakMap<Catalog, Map<string, string[]>>();
// Keywords are immutable: one edit makes a new catalogue but keeps every other keyword object, so
// their folded keys are reused and rebuilding the index is map inserts only.
const termKeys = new WeakMap<Keyword, string>();
function termKey(keyword: Keyword): string {
  let key = termKeys.get(keyword);
  if (key === undefined) {
    key = `${keyword.type}:${foldTerm(keyword.term)}`;
    termKeys.set(keyword, key);
  }
  return key;
}

/**
 * Another keyword of the catalogue with the same term (folded) and type, if any: probably a
 * duplicate. A heading and a question may share a name ("Fysisk aktivitet" as both).
 */
export function findSameTerm(catalog: Catalog, keyword: Keyword): Keyword | undefined {
  let index = termIndexes.get(catalog);
  if (!index) {
    index = new Map();
    for (const k of catalog.values()) {
      const key = termKey(k);
      index.set(key, [...(index.get(key) ?? []), k.id]);
    }
    termIndexes.set(catalog, index);
  }
  const twin = index.get(termKey(keyword))?.find((id) => id !== keyword.id);
  return twin === undefined ? undefined : catalog.get(twin);
}
