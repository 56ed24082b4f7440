import { describe, expect, it } from 'vitest';
import {
  ariaKeys,
  displayKey,
  findShortcut,
  HELP_ROWS,
  helpRowKeys,
  SHORTCUTS,
  type KeyPress,
  type ShortcutId,
} from '../../../src/hooks/shortcuts.ts';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('the shortcut registry', () => {
  it('matches modifiers exactly: Enter, Ctrl+Enter and Ctrl+Shift+Enter are three things', () => {
    expect(findShortcut(press('Enter'), 'tree')).toBe('rename');
    expect(findShortcut(press('Enter', { ctrlKey: true }), 'tree')).toBe('addSibling');
    expect(findShortcut(press('Enter', { ctrlKey: true, shiftKey: true }), 'tree')).toBe('addChild');
    expect(findShortcut(press('Enter', { ctrlKey: true, altKey: true }), 'tree')).toBeUndefined();
    expect(findShortcut(press('Enter', { shiftKey: true }), 'tree')).toBeUndefined();
  });

  it('takes Command (meta) for Control, and letters in either case', () => {
    expect(findShortcut(press('d', { metaKey: true }), 'tree')).toBe('duplicate');
    expect(findShortcut(press('z', { ctrlKey: true }), 'page')).toBe('undo');
    expect(findShortcut(press('Z', { ctrlKey: true, shiftKey: true }), 'page')).toBe('redo');
    expect(findShortcut(press('y', { ctrlKey: true }), 'page')).toBe('redo');
    expect(findShortcut(press('z'), 'page')).toBeUndefined();
    expect(findShortcut(press('z', { ctrlKey: true, altKey: true }), 'page')).toBeUndefined();
  });

  it('keeps scopes apart: a row arrow is not a move, Alt+arrow is not a row step', () => {
    expect(findShortcut(press('ArrowUp'), 'row')).toBe('previous');
    expect(findShortcut(press('ArrowUp'), 'tree')).toBeUndefined();
    expect(findShortcut(press('ArrowUp', { altKey: true }), 'tree')).toBe('moveUp');
    expect(findShortcut(press('ArrowUp', { altKey: true }), 'row')).toBeUndefined();
    expect(findShortcut(press('ArrowUp', { shiftKey: true }), 'row')).toBeUndefined();
    expect(findShortcut(press('Backspace'), 'tree')).toBe('remove');
  });

  it('never gives one key two meanings in one scope', () => {
    const seen = new Map<string, ShortcutId>();
    for (const [id, spec] of Object.entries(SHORTCUTS) as [ShortcutId, (typeof SHORTCUTS)[ShortcutId]][]) {
      for (const key of spec.keys) {
        const slot = `${spec.scope}:${key}`;
        expect(seen.get(slot), slot).toBeUndefined();
        seen.set(slot, id);
      }
    }
  });

  it('lists every shortcut in Kortkommandon exactly once', () => {
    const listed = Object.values(HELP_ROWS).flat();
    expect([...listed].sort()).toEqual(Object.keys(SHORTCUTS).sort());
  });

  it('writes keys for aria-keyshortcuts and for reading', () => {
    expect(ariaKeys('redo')).toBe('Control+Shift+Z Control+Y');
    expect(ariaKeys('remove')).toBe('Delete Backspace');
    expect(displayKey('Control+Shift+Enter')).toBe('Ctrl+Shift+Enter');
    expect(displayKey('Alt+ArrowLeft')).toBe('Alt+←');
    expect(helpRowKeys('upDown')).toEqual(['↑', '↓']);
    expect(helpRowKeys('moveInOut')).toEqual(['Alt+→', 'Alt+←']);
    expect(helpRowKeys('copyCut')).toEqual(['Ctrl+C', 'Ctrl+X']);
  });
});
