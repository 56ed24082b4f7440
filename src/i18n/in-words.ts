import type { Message, MessageParam } from '../domain/message.ts';
import type { ExchangeCode } from '../exchange/exchange-messages.ts';
import type { FormatCode } from '../formats/format-messages.ts';
import type { DiagnosticCode, ValidationCode } from '../validation/messages.ts';
import { CLI_TEXTS, type CliCode } from './messages/cli.ts';
import { DIAGNOSTIC_TEXTS } from './messages/diagnostics.ts';
import { FILE_TEXTS } from './messages/files.ts';
import type { RenderedParams, Texts } from './messages/texts.ts';
import { VALIDATION_TEXTS } from './messages/validation.ts';
import type { Language } from './strings.ts';

/** Every code any layer says something with. */
export type MessageCode = DiagnosticCode | ValidationCode | FormatCode | ExchangeCode | CliCode;

const TEXTS: Readonly<Record<MessageCode, Texts>> = {
  ...DIAGNOSTIC_TEXTS,
  ...VALIDATION_TEXTS,
  ...FILE_TEXTS,
  ...CLI_TEXTS,
};

const isMessage = (value: MessageParam): value is Message =>
  typeof value === 'object' && !Array.isArray(value);

/** A message in words, in one language; nested messages (a reason inside a diagnostic) first. */
export function inWords(message: Message<MessageCode>, language: Language): string {
  const params: Record<string, RenderedParams[string]> = {};
  for (const [key, value] of Object.entries(message.params)) {
    params[key] = isMessage(value) ? inWords(value as Message<MessageCode>, language) : value;
  }
  return TEXTS[message.code][language](params);
}

/** A message in both languages: for the command line's --json output. */
export const inBothLanguages = (message: Message<MessageCode>) => ({
  sv: inWords(message, 'sv'),
  en: inWords(message, 'en'),
});
