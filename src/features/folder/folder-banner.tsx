import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import { useStrings } from '../../i18n/language.tsx';
import type { FolderOpener, FolderSource } from './folder-source.ts';
import { DialogActions, Modal } from '../../components/modal.tsx';
import { useEditor } from '../../state/use-editor.ts';

// Conflicts are rare: their dialog loads when first opened.
const ConflictDialog = lazy(() =>
  import('./conflict-dialog.tsx').then((m) => ({ default: m.ConflictDialog })),
);

/**
 * The folder library's bar above the workspace: which folder, Stäng mappen, files changed outside
 * the app ("Ladda om från mappen") and conflicts waiting for a choice. Also asks for permission
 * again when the browser needs it after a restart.
 */
export function FolderBanner(props: {
  readonly folder: FolderSource | undefined;
  readonly opener: FolderOpener | undefined;
}) {
  const { folder, opener } = props;
  if (folder) return <OpenFolderBar folder={folder} />;
  if (opener?.needsPermission) return <PermissionBar needs={opener.needsPermission} />;
  return null;
}

function PermissionBar({ needs }: { needs: NonNullable<FolderOpener['needsPermission']> }) {
  const t = useStrings().folder;
  return (
    <div className="tab-banner folder-banner" role="status">
      <p>{t.needsPermission(needs.name)}</p>
      <button type="button" onClick={() => void needs.allow()}>
        {t.allow}
      </button>
    </div>
  );
}

function OpenFolderBar({ folder }: { folder: FolderSource }) {
  const t = useStrings().folder;
  const state = useSyncExternalStore(folder.subscribe, folder.getState);
  const [resolving, setResolving] = useState(false);
  const [moving, setMoving] = useState(false);
  const documents = useEditor((s) => s.library.documents.size);
  const cancel = useStrings().exchange.cancel;
  const [busy, setBusy] = useState(false);
  const act = (action: () => Promise<void>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };
  return (
    <>
      <div className="folder-banner" role="region" aria-label={t.inFolder(state.name)}>
        <p>
          <strong>{t.inFolder(state.name)}</strong>
        </p>
        <button
          type="button"
          title={t.closeHint}
          disabled={busy || state.conflicts.length > 0}
          onClick={() => act(folder.close)}
        >
          {t.close}
        </button>
        <button type="button" disabled={busy || state.conflicts.length > 0} onClick={() => setMoving(true)}>
          {t.moveToBrowser}
        </button>
        <div role="status" className="folder-banner-news">
          {state.conflicts.length > 0 ? (
            <>
              <p>{t.conflictStatus}</p>
              <button type="button" onClick={() => setResolving(true)}>
                {t.resolve}
              </button>
            </>
          ) : state.changedOutside.length > 0 ? (
            <>
              <p>{t.changedOutside(state.changedOutside.length)}</p>
              <button type="button" title={t.reloadHint} disabled={busy} onClick={() => act(folder.reload)}>
                {t.reload}
              </button>
            </>
          ) : null}
        </div>
      </div>
      {moving ? (
        <Modal title={t.moveTitle} onClose={() => setMoving(false)}>
          {(close) => (
            <>
              <p>{t.moveIntro(documents)}</p>
              <DialogActions
                confirm={t.move}
                disabled={busy}
                onConfirm={() => act(folder.moveToBrowser)}
                cancel={cancel}
                onCancel={close}
              />
            </>
          )}
        </Modal>
      ) : null}
      {resolving && state.conflicts.length > 0 ? (
        <Suspense fallback={null}>
          <ConflictDialog
            conflicts={state.conflicts}
            onResolve={(choices) => folder.resolve(choices)}
            onClose={() => setResolving(false)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
