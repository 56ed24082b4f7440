const FIELD_PREFIX = 'svar-';

/** The id of a keyword's input (or first input), so the answer check can take the user there. */
export const fieldId = (nodeId: string) => `${FIELD_PREFIX}${nodeId}`;

/** The node id of a preview input's id, or undefined for other elements. */
export const nodeIdOfField = (id: string) =>
  id.startsWith(FIELD_PREFIX) ? id.slice(FIELD_PREFIX.length) : undefined;

/** A number the Swedish way: decimal comma. */
export const formatDecimal = (n: number) => String(n).replace('.', ',');
