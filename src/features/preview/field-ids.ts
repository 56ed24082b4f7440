const FIELD_PREFIX = 'svar-';

/** The id of a keyword's input (or first input), so the answer check can take the user there. */
export const fieldId = (nodeId: string) => `${FIELD_PREFIX}${nodeId}`;

/** A keyword's later input (Datum och tid's time), from its first's id: ':' is in no node id, so it cannot clash. */
export const partFieldId = (firstId: string, part: string) => `${firstId}:${part}`;

/** The node id of a preview input's id (its first or a later part), or undefined for other elements. */
export const nodeIdOfField = (id: string) =>
  id.startsWith(FIELD_PREFIX) ? id.slice(FIELD_PREFIX.length).split(':')[0] : undefined;

/** A number the Swedish way: decimal comma. */
export const formatDecimal = (n: number) => String(n).replace('.', ',');
