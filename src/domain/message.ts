/**
 * What non-UI code tells a person: a stable code and its parameters, never words. The layer that
 * says it declares its codes; src/i18n holds the words for every code and renders a message in a
 * language (`describe`), for the app and the command line alike.
 */
export type MessageParam = string | number | readonly string[] | Message;

export interface Message<Code extends string = string> {
  readonly code: Code;
  readonly params: Readonly<Record<string, MessageParam>>;
}

export const message = <Code extends string>(
  code: Code,
  params: Readonly<Record<string, MessageParam>> = {},
): Message<Code> => ({ code, params });
