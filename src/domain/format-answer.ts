import type { AnswerValue, Keyword } from './model.ts';
import { getOptions } from './model.ts';
import { getScoreBand, type ScoreStatus } from './evaluate.ts';
import { getTypeSpec } from './keyword-types.ts';

/** How a score's completeness is put in words; the note uses NOTE_SCORE_WORDS, the preview its language's. */
export interface ScoreWords {
  /** "ofullständig: 2 av 9 besvarade" */
  readonly incomplete: (answered: number, items: number) => string;
  /** "1 av 9 saknas, proraterat" */
  readonly missing: (missing: number, items: number, prorated: boolean) => string;
}

/** Journaltext is written in Swedish whatever the app's language (it goes into a Swedish record). */
export const NOTE_SCORE_WORDS: ScoreWords = {
  incomplete: (answered, items) => `ofullständig: ${answered} av ${items} besvarade`,
  missing: (missing, items, prorated) => `${missing} av ${items} saknas${prorated ? ', proraterat' : ''}`,
};

/**
 * A score as it may be read: an incomplete sum says so and gets no band (PHQ-9 with 2 of 9 items
 * answered is no "Lindrig"); a sum the missing-items rule accepts shows its band and what is missing.
 */
export function formatScore(keyword: Keyword, status: ScoreStatus, words: ScoreWords): string | undefined {
  if (status.result === undefined) return undefined;
  const number = formatNumber(status.result, keyword);
  if (!status.complete) return `${number} (${words.incomplete(status.answered, status.items)})`;
  const band = getScoreBand(keyword, status.result);
  const missing = status.items - status.answered;
  const notes = [band, missing > 0 ? words.missing(missing, status.items, status.prorated) : undefined];
  const said = notes.filter((note) => note !== undefined).join('; ');
  return said ? `${number} (${said})` : number;
}

/** Formats a number the Swedish way: decimal comma, the keyword's decimals, then the unit. */
export function formatNumber(value: number, keyword: Keyword): string {
  const digits = keyword.decimals;
  const text = (digits === undefined ? String(value) : value.toFixed(digits)).replace('.', ',');
  return keyword.unit ? `${text} ${keyword.unit}` : text;
}

/**
 * An answer as the note shows it: option labels, "Ja", numbers with unit (a score: see
 * formatScore), a date and time as Swedish records write it ("2026-02-03 14:30").
 */
export function formatAnswer(keyword: Keyword, value: AnswerValue): string {
  if (value === true) return 'Ja';
  if (typeof value === 'number') return formatNumber(value, keyword);
  if (typeof value === 'string' && getTypeSpec(keyword.type).answer === 'dateTime')
    return value.replace('T', ' ');
  const options = getOptions(keyword);
  const label = (id: string) => options.find((option) => option.id === id)?.label ?? id;
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (typeof value === 'string' && options.length > 0) return label(value);
  return String(value);
}
