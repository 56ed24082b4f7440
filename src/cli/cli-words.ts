import { bothLanguagesFrom, MESSAGE_TEXTS, wordsFrom, type MessageCode } from '../i18n/in-words.ts';
import { CLI_TEXTS, type CliCode } from '../i18n/messages/cli.ts';

/** Every code the command line says something with: the app's, and its own usage and report lines. */
export type CliMessageCode = MessageCode | CliCode;

/** A message in words, in one language. */
export const inWords = wordsFrom<CliMessageCode>({ ...MESSAGE_TEXTS, ...CLI_TEXTS });

/** A message in both languages: for --json output. */
export const inBothLanguages = bothLanguagesFrom(inWords);
