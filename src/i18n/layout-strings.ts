/** The words of the workspace's frame: skip link, splitters, the drawer's tabs, region keys. */
const sv = {
  skipToTree: 'Hoppa till sökordsträdet',
  resizeLibrary: 'Ändra bredd på Bibliotek',
  resizeSide: 'Ändra bredd på sidopanelen',
  resizeDrawer: 'Ändra höjd på Kontroll och flikarna',
  drawer: 'Kontroll, versioner och kommentarer',
  side: 'Sidopanel',
  /** The count on the Kontroll tab. */
  findings: (errors: number, warnings: number) =>
    errors + warnings === 0
      ? ''
      : `${errors > 0 ? `${errors} fel` : ''}${errors > 0 && warnings > 0 ? ', ' : ''}${warnings > 0 ? `${warnings} ${warnings === 1 ? 'varning' : 'varningar'}` : ''}`,
  regionKeys: 'F6 flyttar mellan Bibliotek, trädet, sidopanelen och flikarna',
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
    errors + warnings === 0
      ? ''
      : [
          errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '',
          warnings > 0 ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
        ]
          .filter(Boolean)
          .join(', '),
  regionKeys: 'F6 moves between the Library, the tree, the side panel and the tabs',
};

export const LAYOUT_STRINGS = { sv, en } as const;
