/**
 * The keyboard shortcut registry: every key the app answers to, once. The tree, the global
 * undo/redo handler, the buttons' aria-keyshortcuts and Kortkommandon all read it, so a key shown
 * is a key handled. Keys are written as aria-keyshortcuts writes them ("Control+Shift+Enter").
 */

/** Where a shortcut is handled: the tree's rows (focus on a row), the tree panel, the whole page, the browser's clipboard events, or the app's frame (moving between regions). */
export type ShortcutScope = 'row' | 'tree' | 'page' | 'clipboard' | 'frame';

interface ShortcutSpec {
  readonly keys: readonly string[];
  readonly scope: ShortcutScope;
}

export const SHORTCUTS = {
  previous: { keys: ['ArrowUp'], scope: 'row' },
  next: { keys: ['ArrowDown'], scope: 'row' },
  expandOrEnter: { keys: ['ArrowRight'], scope: 'row' },
  collapseOrLeave: { keys: ['ArrowLeft'], scope: 'row' },
  first: { keys: ['Home'], scope: 'row' },
  last: { keys: ['End'], scope: 'row' },
  rename: { keys: ['Enter', 'F2'], scope: 'tree' },
  addSibling: { keys: ['Control+Enter'], scope: 'tree' },
  addChild: { keys: ['Control+Shift+Enter'], scope: 'tree' },
  moveUp: { keys: ['Alt+ArrowUp'], scope: 'tree' },
  moveDown: { keys: ['Alt+ArrowDown'], scope: 'tree' },
  moveIn: { keys: ['Alt+ArrowRight'], scope: 'tree' },
  moveOut: { keys: ['Alt+ArrowLeft'], scope: 'tree' },
  remove: { keys: ['Delete', 'Backspace'], scope: 'tree' },
  duplicate: { keys: ['Control+D'], scope: 'tree' },
  copy: { keys: ['Control+C'], scope: 'clipboard' },
  cut: { keys: ['Control+X'], scope: 'clipboard' },
  paste: { keys: ['Control+V'], scope: 'clipboard' },
  undo: { keys: ['Control+Z'], scope: 'page' },
  redo: { keys: ['Control+Shift+Z', 'Control+Y'], scope: 'page' },
  nextRegion: { keys: ['F6'], scope: 'frame' },
  previousRegion: { keys: ['Shift+F6'], scope: 'frame' },
} as const satisfies Record<string, ShortcutSpec>;

export type ShortcutId = keyof typeof SHORTCUTS;
export type ShortcutOf<S extends ShortcutScope> = {
  [K in ShortcutId]: (typeof SHORTCUTS)[K]['scope'] extends S ? K : never;
}[ShortcutId];

/** Kortkommandon's rows, in order: shortcuts described together (up and down, copy and cut). */
export const HELP_ROWS = {
  upDown: ['previous', 'next'],
  rightLeft: ['expandOrEnter', 'collapseOrLeave'],
  homeEnd: ['first', 'last'],
  rename: ['rename'],
  addSibling: ['addSibling'],
  addChild: ['addChild'],
  moveUpDown: ['moveUp', 'moveDown'],
  moveInOut: ['moveIn', 'moveOut'],
  remove: ['remove'],
  duplicate: ['duplicate'],
  copyCut: ['copy', 'cut'],
  paste: ['paste'],
  undo: ['undo'],
  redo: ['redo'],
  regions: ['nextRegion', 'previousRegion'],
} as const satisfies Record<string, readonly ShortcutId[]>;

export type HelpRowId = keyof typeof HELP_ROWS;

/** The value of aria-keyshortcuts for a shortcut. */
export function ariaKeys(id: ShortcutId): string {
  return SHORTCUTS[id].keys.join(' ');
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  Control: 'Ctrl',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowRight: '→',
  ArrowLeft: '←',
};

/** A key as Kortkommandon shows it: "Ctrl+Shift+Enter", "Alt+↑". */
export function displayKey(key: string): string {
  return key
    .split('+')
    .map((part) => KEY_NAMES[part] ?? part)
    .join('+');
}

/** The keys of one Kortkommandon row, as shown. */
export function helpRowKeys(row: HelpRowId): string[] {
  return HELP_ROWS[row].flatMap((id) => SHORTCUTS[id].keys.map(displayKey));
}

/** The parts of a keyboard event a shortcut is matched on (Command on a Mac counts as Control). */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

function matches(press: KeyPress, key: string): boolean {
  const parts = key.split('+');
  const name = parts.pop()!;
  const want = new Set(parts);
  // Letters come as "z" or, with Shift, "Z".
  const pressed = name.length === 1 ? press.key.toUpperCase() : press.key;
  return (
    pressed === name &&
    (press.ctrlKey || press.metaKey) === want.has('Control') &&
    press.altKey === want.has('Alt') &&
    press.shiftKey === want.has('Shift')
  );
}

/** The shortcut of this scope that a key press means, if any; modifiers must match exactly. */
export function findShortcut<S extends ShortcutScope>(press: KeyPress, scope: S): ShortcutOf<S> | undefined {
  for (const [id, spec] of Object.entries(SHORTCUTS) as [ShortcutId, ShortcutSpec][]) {
    if (spec.scope === scope && spec.keys.some((key) => matches(press, key))) return id as ShortcutOf<S>;
  }
  return undefined;
}
