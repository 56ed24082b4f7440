/** The DOM id of a node's row, for moving focus to it. */
export const rowDomId = (id: string) => `tree-row-${id}`;

/** Moves keyboard focus to a node's row: now if it is on screen, else once it has been rendered. */
export function focusRow(id: string | undefined) {
  if (id === undefined) return;
  const row = globalThis.document.getElementById(rowDomId(id));
  if (row) row.focus();
  else requestAnimationFrame(() => globalThis.document.getElementById(rowDomId(id))?.focus());
}
