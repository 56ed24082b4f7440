/** Example tree: conditions and notes the example trees share. */
import { is, when } from '../builder.ts';

export const JA = when(is('Ja'));

export const VERIFY =
  'Etiketten är återgiven ur minnet i underlaget; verifiera mot källan före skarp användning.';
