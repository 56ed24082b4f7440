import { createContext, useContext } from 'react';
import { STRINGS, type Language, type Strings } from './strings.ts';

export const LanguageContext = createContext<Language>('sv');

/** The strings of the current language. */
export function useStrings(): Strings {
  return STRINGS[useContext(LanguageContext)];
}

/** The current language, for choosing a diagnostic's message. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}
