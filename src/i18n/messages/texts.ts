import type { Language } from '../strings.ts';

/** A message's parameters once nested messages are in words: what a text function receives. */
export type RenderedParams = Readonly<Record<string, string | number | readonly string[]>>;

/** One message's words in each language. */
export type Texts = { readonly [L in Language]: (p: RenderedParams) => string };

export const q = (value: unknown) => `"${String(value)}"`;

/** A few terms in words: "A", "A, B och C", "A, B, C och 2 till". */
export function listTerms(terms: RenderedParams[string] | undefined, language: Language): string {
  const all = Array.isArray(terms) ? (terms as readonly string[]) : [String(terms)];
  const and = language === 'sv' ? 'och' : 'and';
  const shown = all.slice(0, 3).map(q);
  if (all.length > 3)
    return `${shown.join(', ')} ${and} ${all.length - 3} ${language === 'sv' ? 'till' : 'more'}`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${and} ${shown.at(-1)!}`;
}

/** Bytes as megabytes with one decimal, with the language's decimal sign ("6,0 MB", "6.0 MB"). */
export function megabytes(bytes: RenderedParams[string] | undefined, language: Language): string {
  const mb = (Number(bytes) / 1024 / 1024).toFixed(1);
  return `${language === 'sv' ? mb.replace('.', ',') : mb} MB`;
}
