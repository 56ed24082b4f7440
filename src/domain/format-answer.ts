import type { AnswerValue, Keyword } from './model.ts';
import { getOptions } from './model.ts';
import { usesField } from './keyword-types.ts';
import { getScoreBand } from './evaluate.ts';

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
