import type { Message } from '../domain/message.ts';
import type { FormatCode } from '../formats/format-messages.ts';
import type { DiagnosticCode, ValidationCode } from '../validation/messages.ts';

/** Why a pasted subtree or an imported file is not what the action takes; words in src/i18n/messages. */
export type ExchangeCode = 'CLIPBOARD_IS_LIBRARY' | 'CLIPBOARD_NODE_COUNT' | 'IMPORT_IS_LIBRARY';

/** What the exchange layer refuses with: its own codes and those of the layers it reads through. */
export type ExchangeMessage = Message<ExchangeCode | FormatCode | ValidationCode | DiagnosticCode>;
