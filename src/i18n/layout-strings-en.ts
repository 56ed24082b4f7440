import { count } from './plural.ts';
import type { LayoutStrings } from './layout-strings.ts';

/** The frame's words in English. */
export const LAYOUT_EN: LayoutStrings = {
  skipToTree: 'Skip to the keyword tree',
  resizeLibrary: 'Resize the library',
  resizeSide: 'Resize the side panel',
  resizeDrawer: 'Resize Checks and the tabs',
  drawer: 'Checks, versions and comments',
  side: 'Side panel',
  findings: (errors, warnings) =>
    [
      errors > 0 ? count('en', errors, 'error', 'errors') : '',
      warnings > 0 ? count('en', warnings, 'warning', 'warnings') : '',
    ]
      .filter(Boolean)
      .join(', '),
};
