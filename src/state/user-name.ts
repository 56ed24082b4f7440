/**
 * The user's name, kept in this browser's settings (localStorage): the change log, saved versions,
 * review comments and Papperskorg say who did what. Asked for in the status and version dialogs.
 */
export const NAME_KEY = 'termverkstad:name';
export const rememberedName = () => globalThis.localStorage?.getItem(NAME_KEY) ?? '';
export const rememberName = (name: string) => globalThis.localStorage?.setItem(NAME_KEY, name.trim());
