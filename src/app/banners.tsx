import { lazy, Suspense } from 'react';
import type { FolderOpener, FolderSource } from '../features/folder/folder-source.ts';
import type { TabSource } from './sources.ts';
import { TabBanner } from './tab-banner.tsx';

// The folder's bar is there only while a folder is open (or asks for permission again).
const FolderBanner = lazy(() =>
  import('../features/folder/folder-banner.tsx').then((m) => ({ default: m.FolderBanner })),
);

/** The bars above the panels: a read-only tab's, and the open folder's. */
export function Banners(props: {
  readonly tab: TabSource;
  readonly folder: FolderSource | undefined;
  readonly folderOpener: FolderOpener | undefined;
}) {
  return (
    <div className="banners">
      <TabBanner tab={props.tab} />
      {props.folder || props.folderOpener?.needsPermission ? (
        <Suspense fallback={null}>
          <FolderBanner folder={props.folder} opener={props.folderOpener} />
        </Suspense>
      ) : null}
    </div>
  );
}
