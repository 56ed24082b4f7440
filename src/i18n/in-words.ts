import type { Message, MessageParam } from '../domain/message.ts';
import type { ExchangeCode } from '../exchange/exchange-messages.ts';
import type { FormatCode } from '../formats/format-messages.ts';
import type { DiagnosticCode, ValidationCode } from '../validation/messages.ts';
import { DIAGNOSTIC_TEXTS } from './messages/diagnostics.ts';
import { FILE_TEXTS } from './messages/files.ts';
import type { RenderedParams, Texts } from './messages/texts.ts';
import { VALIDATION_TEXTS } from './messages/validation.ts';
import type { Language } from './strings.ts';

/** Every code the app says something with (the command line adds its own: cli/cli-words.ts). */
export type MessageCode = DiagnosticCode | ValidationCode | FormatCode | ExchangeCode;

export const MESSAGE_TEXTS: Readonly<Record<MessageCode, Texts>> = {
  ...DIAGNOSTIC_TEXTS,
  ...VALIDATION_TEXTS,
  ...FILE_TEXTS,
};

const isMessage = (value: MessageParam): value is Message =>
  typeof value === 'object' && !Array.isArray(value);

/**
 * Messages in words from a table of texts; nested messages (a reason inside a diagnostic) first.
 * `clean` rewrites each text taken from the input (a term, a value) before it is put in.
 */
export function wordsFrom<Code extends string>(
  texts: Readonly<Record<Code, Texts>>,
  clean: (text: string) => string = (text) => text,
) {
  const inWords = (message: Message<Code>, language: Language): string => {
    const params: Record<string, RenderedParams[string]> = {};
    for (const [key, value] of Object.entries(message.params)) {
      params[key] = isMessage(value)
        ? inWords(value as Message<Code>, language)
        : typeof value === 'string'
          ? clean(value)
          : typeof value === 'number'
            ? value
            : value.map(clean);
    }
    return texts[message.code][language](params);
  };
  return inWords;
}

/** A message in words, in one language. */
export const inWords = wordsFrom(MESSAGE_TEXTS);

/** A message in both languages (the command line's --json output, tests of both). */
export const bothLanguagesFrom =
  <Code extends string>(words: (message: Message<Code>, language: Language) => string) =>
  (message: Message<Code>) => ({ sv: words(message, 'sv'), en: words(message, 'en') });

export const inBothLanguages = bothLanguagesFrom(inWords);
