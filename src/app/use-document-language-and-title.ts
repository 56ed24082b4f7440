import { useEffect, useLayoutEffect } from 'react';
import type { Language } from '../i18n/strings.ts';

/** The page's lang (screen readers, hyphenation) and title follow the language and open document. */
export function useDocumentLanguageAndTitle(language: Language, title: string | undefined, appName: string) {
  // Setting lang, even to the value it has, makes the browser restyle every element (:lang). Set in
  // the same commit as the words, so a screen reader never reads English text as Swedish.
  useLayoutEffect(() => {
    if (globalThis.document.documentElement.lang !== language)
      globalThis.document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    globalThis.document.title = title ? `${title} – ${appName}` : appName;
  }, [title, appName]);
}
