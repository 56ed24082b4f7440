import type { KeywordType } from '../domain/model.ts';

/**
 * The keyword types' names in both languages: in the UI strings, and read back from a pasted or
 * imported list of terms in either language (so they stay in the first download).
 */
export const KEYWORD_TYPE_NAMES: Readonly<Record<'sv' | 'en', Readonly<Record<KeywordType, string>>>> = {
  sv: {
    heading: 'Rubrik',
    check: 'Ja-kryss',
    yesNo: 'Ja/Nej',
    singleChoice: 'Envalslista',
    multipleChoice: 'Flervalslista',
    text: 'Fritext',
    number: 'Numeriskt',
    date: 'Datum',
    dateTime: 'Datum och tid',
    score: 'Poängsumma',
  },
  en: {
    heading: 'Heading',
    check: 'Tick box',
    yesNo: 'Yes/No',
    singleChoice: 'Single choice',
    multipleChoice: 'Multiple choice',
    text: 'Free text',
    number: 'Number',
    date: 'Date',
    dateTime: 'Date and time',
    score: 'Score',
  },
};
