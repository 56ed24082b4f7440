import { count } from './plural.ts';

/** The words of the workspace's frame: skip link, splitters, the drawer's tabs. */
export const LAYOUT_SV = {
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

export type LayoutStrings = typeof LAYOUT_SV;
