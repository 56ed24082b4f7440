import { count } from './plural.ts';

/** The words of the workspace's frame: skip link, splitters, the drawer's tabs. */
const sv = {
  skipToTree: 'Hoppa till sökordsträdet',
  resizeLibrary: 'Ändra bredd på Bibliotek',
  resizeSide: 'Ändra bredd på sidopanelen',
  resizeDrawer: 'Ändra höjd på Kontroll och flikarna',
  drawer: 'Kontroll, versioner och kommentarer',
  side: 'Sidopanel',
  /** The count on the Kontroll tab. */
  findings: (errors: number, warnings: number) =>
    [
      errors > 0 ? count('sv', errors, 'fel', 'fel') : '',
      warnings > 0 ? count('sv', warnings, 'varning', 'varningar') : '',
    ]
      .filter(Boolean)
      .join(', '),
};

export type LayoutStrings = typeof sv;

const en: LayoutStrings = {
  skipToTree: 'Skip to the keyword tree',
  resizeLibrary: 'Resize the Library',
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

export const LAYOUT_STRINGS = { sv, en } as const;
