import { bothLanguagesFrom, MESSAGE_TEXTS, wordsFrom, type MessageCode } from '../i18n/in-words.ts';
import { CLI_TEXTS, type CliCode } from '../i18n/messages/cli.ts';

/** Every code the command line says something with: the app's, and its own usage and report lines. */
export type CliMessageCode = MessageCode | CliCode;

/**
 * Control characters from a file (ESC, CR, a line break, BEL…) as visible escapes: a term cannot
 * move the cursor, overwrite a line with "giltig", or start a line of its own in a CI log
 * ("::error …") (issue 18, case 11).
 */
// eslint-disable-next-line no-control-regex -- these are the characters it exists to find
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
export const escapeControls = (text: string) =>
  text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const TEXTS = { ...MESSAGE_TEXTS, ...CLI_TEXTS };

/** A message in words, in one language: for formats that escape in their own way (github, junit, json). */
export const inWords = wordsFrom<CliMessageCode>(TEXTS);

/** A message in words for a terminal: what came from a file has its control characters escaped. */
export const inTerminalWords = wordsFrom<CliMessageCode>(TEXTS, escapeControls);

/** A message in both languages: for --json output. */
export const inBothLanguages = bothLanguagesFrom(inWords);
