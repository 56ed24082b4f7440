import { planKeywordList, type KeywordListPlan } from '../../commands/import-keyword-list.ts';
import type { LibraryState } from '../../domain/library.ts';
import type { FormatMessage } from '../../formats/format-messages.ts';
import { readKeywordCsv } from '../../formats/keyword-csv-import.ts';
import { fileWordsIn } from '../../i18n/all-strings.ts';
import { KEYWORD_TYPE_BY_NAME } from '../../i18n/file-words.ts';

/** A keyword list read from a CSV file: what it would do, or what is wrong with it (by line and column). */
export type KeywordListCheck =
  | { readonly ok: true; readonly plan: KeywordListPlan }
  | { readonly ok: false; readonly problems: readonly FormatMessage[] };

/** Reads a CSV keyword list and plans it against the library; nothing is written here. */
export function checkKeywordList(
  text: string,
  library: LibraryState,
  createId: (prefix: string) => string,
): KeywordListCheck {
  const headings = [fileWordsIn('sv').csv, fileWordsIn('en').csv];
  const read = readKeywordCsv(text, headings, KEYWORD_TYPE_BY_NAME);
  if (read.problems.length > 0) return { ok: false, problems: read.problems };
  return { ok: true, plan: planKeywordList(library, read.keywords, createId) };
}
