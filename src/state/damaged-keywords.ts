import { createContext, useContext } from 'react';

const NONE: ReadonlySet<string> = new Set();

/**
 * The ids of keywords whose stored records are damaged (kept apart on load, issue 18 case 4), so a
 * place that uses one says "Skadat sökord" rather than "Okänt sökord".
 */
export const DamagedKeywordsContext = createContext<ReadonlySet<string>>(NONE);

export const useDamagedKeywords = () => useContext(DamagedKeywordsContext);
