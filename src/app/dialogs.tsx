import { lazy, Suspense } from 'react';
import { useStatusStore } from '../state/run-context.ts';
import { useEditorStore } from '../state/use-editor.ts';
import type { WorkspaceView } from './use-workspace-view.ts';
import type { FolderOpener } from '../features/folder/folder-source.ts';
import { say } from '../i18n/languages.ts';

// Export, import and restore carry the FHIR, CSV and file-checking code: loaded when first opened
// (quality-targets.md PERF-14).
const ExportDialog = lazy(() =>
  import('../features/exchange/export-dialog.tsx').then((m) => ({ default: m.ExportDialog })),
);
const ImportDialog = lazy(() =>
  import('../features/exchange/import-dialog.tsx').then((m) => ({ default: m.ImportDialog })),
);
const RestoreDialog = lazy(() =>
  import('../features/backup/restore-dialog.tsx').then((m) => ({ default: m.RestoreDialog })),
);

const TrashDialog = lazy(() =>
  import('../features/library/trash-dialog.tsx').then((m) => ({ default: m.TrashDialog })),
);

const OpenFolderDialog = lazy(() =>
  import('../features/folder/open-folder-dialog.tsx').then((m) => ({ default: m.OpenFolderDialog })),
);

export type DialogName = 'export' | 'import' | 'restore' | 'trash' | 'folder';

/** The dialog that is open, if any: Exportera, Importera, Återställ bibliotek or Papperskorg. */
export function Dialogs(props: {
  readonly dialog: DialogName | undefined;
  readonly view: WorkspaceView;
  readonly folderOpener?: FolderOpener | undefined;
  readonly onClose: () => void;
}) {
  const { dialog, view, onClose } = props;
  const store = useEditorStore();
  const status = useStatusStore();
  return (
    <Suspense fallback={null}>
      {dialog === 'export' && view.document ? (
        <ExportDialog
          document={view.document}
          catalog={view.library.keywords}
          resolve={view.resolve}
          onClose={(fileName) => {
            onClose();
            if (fileName) status.set({ text: say((t) => t.exchange.downloaded(fileName)), tone: 'info' });
          }}
        />
      ) : null}
      {dialog === 'restore' ? <RestoreDialog library={view.library} onClose={onClose} /> : null}
      {dialog === 'folder' && props.folderOpener ? (
        <OpenFolderDialog opener={props.folderOpener} onClose={onClose} />
      ) : null}
      {dialog === 'trash' ? (
        <TrashDialog
          library={view.library}
          onClose={(recoveredId) => {
            onClose();
            if (recoveredId) store.open(recoveredId);
          }}
        />
      ) : null}
      {dialog === 'import' ? (
        <ImportDialog
          library={view.library}
          onClose={(importedId) => {
            onClose();
            if (importedId) store.open(importedId);
          }}
        />
      ) : null}
    </Suspense>
  );
}
