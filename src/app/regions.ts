import type { KeyboardEvent, MouseEvent } from 'react';
import { findShortcut } from '../hooks/shortcuts.ts';

/** The DOM ids of the main regions, for the splitters' aria-controls and F6. */
export const REGION_IDS = {
  library: 'bibliotek',
  side: 'sidopanel',
  drawer: 'flikar',
} as const;

const FOCUSABLE =
  'button:not(:disabled), [href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** The tree's row that takes focus (its roving tab stop), or the centre when no tree is shown. */
function treeTarget(): HTMLElement | null {
  return (
    document.querySelector<HTMLElement>('[role="tree"] [role="treeitem"][tabindex="0"]') ??
    document.querySelector<HTMLElement>('[role="tree"] [role="treeitem"]') ??
    document.querySelector<HTMLElement>('.centre')
  );
}

/** Where F6 goes, in order: Bibliotek, the tree (or the form), the side panel, the drawer. */
function regions(): HTMLElement[] {
  return [
    document.getElementById(REGION_IDS.library),
    document.querySelector<HTMLElement>('.centre .workspace, .centre .catalogue'),
    document.getElementById(REGION_IDS.side),
    document.getElementById(REGION_IDS.drawer),
  ].filter((region): region is HTMLElement => region !== null);
}

function focusInside(region: HTMLElement) {
  const target =
    region.matches('.workspace') && region.querySelector('[role="tree"]')
      ? treeTarget()
      : region.querySelector<HTMLElement>(FOCUSABLE);
  if (target) target.focus();
  else {
    region.tabIndex = -1;
    region.focus();
  }
}

/** F6 and Shift+F6 move focus from one main region to the next, as in a desktop application. */
export function cycleRegions(event: KeyboardEvent) {
  const shortcut = findShortcut(event, 'frame');
  // An open dialog keeps focus to itself (the page behind it is inert).
  if (!shortcut || document.querySelector('dialog[open]')) return;
  const all = regions();
  if (all.length === 0) return;
  event.preventDefault();
  const at = all.findIndex((region) => region.contains(document.activeElement));
  const next = at === -1 ? 0 : (at + (shortcut === 'previousRegion' ? all.length - 1 : 1)) % all.length;
  focusInside(all[next]!);
}

/** The skip link: straight to the tree's current row (the link's own target is only a fallback). */
export function skipToTree(event: MouseEvent) {
  const target = treeTarget();
  if (!target) return;
  event.preventDefault();
  target.focus();
}
