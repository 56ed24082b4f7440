/** The interface's languages (as strings.ts's Language; not imported, as strings.ts imports this). */
type Language = 'sv' | 'en';

// Intl.PluralRules knows each language's categories: Swedish and English both have "one" and
// "other", but asking it keeps a third language honest.
const RULES: Readonly<Record<Language, Intl.PluralRules>> = {
  sv: new Intl.PluralRules('sv'),
  en: new Intl.PluralRules('en'),
};

/** The wording for a number: `one` where the language says "1 varning", `other` for the rest. */
export function plural(language: Language, n: number, one: string, other: string): string {
  return RULES[language].select(n) === 'one' ? one : other;
}

/** A count with its noun in the right number: "1 varning", "2 varningar", "0 varningar". */
export function count(language: Language, n: number, one: string, other: string): string {
  return `${n} ${plural(language, n, one, other)}`;
}
