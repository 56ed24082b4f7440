import { createContext, useContext } from 'react';
import { stringsOf } from './languages.ts';
import type { Language, Strings } from './strings.ts';

export const LanguageContext = createContext<Language>('sv');

/** The strings of the current language. */
export function useStrings(): Strings {
  return stringsOf(useContext(LanguageContext));
}

/** The current language, for choosing a diagnostic's message. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}
