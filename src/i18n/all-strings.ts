import { getFileWords } from './file-words.ts';
import { EN } from './strings-en.ts';
import { SV, type Language, type Strings } from './strings.ts';

/** Both languages at once: for the command line, and for files read in either language. */
export const STRINGS: Readonly<Record<Language, Strings>> = { sv: SV, en: EN };

/** The file words of a language, for callers that hold no strings of their own. */
export const fileWordsIn = (language: Language) => getFileWords(STRINGS[language], language);
