import { SV, type Language, type Strings } from './strings.ts';

/**
 * The strings of the languages loaded so far. Swedish is the app's default and always here; the
 * English strings are a separate download, fetched the first time someone chooses English.
 */
const loaded = new Map<Language, Strings>([['sv', SV]]);

export async function loadStrings(language: Language): Promise<Strings> {
  const known = loaded.get(language);
  if (known) return known;
  const { EN } = await import('./strings-en.ts');
  loaded.set('en', EN);
  return EN;
}

/** Words that follow the language of the UI: made from its strings when they are shown. */
export const say =
  (words: (t: Strings, language: Language) => string) =>
  (language: Language): string =>
    words(stringsOf(language), language);

/** The strings of a language already loaded (the app switches language only after loadStrings). */
export function stringsOf(language: Language): Strings {
  const strings = loaded.get(language);
  if (!strings) throw new Error(`The ${language} strings are used before they were loaded`);
  return strings;
}
