import { useState } from 'react';
import { DialogActions, Modal } from '../../components/modal.tsx';
import { useStrings } from '../../i18n/language.tsx';
import type { FolderOpener, FolderPick } from './folder-source.ts';

/**
 * "Öppna mapp": choose a folder; an empty one takes the library (moved there as files), a library
 * folder opens; anything else is refused with why. The browser's library stays as it is.
 */
export function OpenFolderDialog(props: { readonly opener: FolderOpener; readonly onClose: () => void }) {
  const strings = useStrings();
  const t = strings.folder;
  const [pick, setPick] = useState<FolderPick | 'working' | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const choose = () => {
    setPick('working');
    setFailed(undefined);
    void props.opener.pick().then(setPick, (error: unknown) => {
      setPick(undefined);
      setFailed(String(error));
    });
  };
  const confirm = (action: () => Promise<void>) => {
    setPick('working');
    void action().catch((error: unknown) => {
      setPick(undefined);
      setFailed(String(error));
    });
  };
  const found =
    pick === undefined || pick === 'working' || pick.kind === 'cancelled'
      ? null
      : pick.kind === 'unsupported'
        ? t.unsupported
        : pick.kind === 'other'
          ? t.notLibrary(pick.name)
          : pick.kind === 'empty'
            ? t.empty(pick.name)
            : t.found(pick.name, pick.documents, pick.errors);
  const ready =
    pick !== undefined && pick !== 'working' && (pick.kind === 'empty' || pick.kind === 'library');
  return (
    <Modal title={t.openTitle} onClose={props.onClose}>
      {(close) => (
        <>
          <p className="field-hint">{t.intro}</p>
          <p role="status">{pick === 'working' ? t.working : (found ?? failed ?? '')}</p>
          {ready ? (
            <DialogActions
              confirm={pick.kind === 'empty' ? t.moveHere : t.openThis}
              onConfirm={() => confirm(pick.confirm)}
              cancel={strings.exchange.cancel}
              onCancel={close}
            />
          ) : (
            <DialogActions
              confirm={t.choose}
              disabled={pick === 'working'}
              onConfirm={choose}
              cancel={strings.exchange.cancel}
              onCancel={close}
            />
          )}
        </>
      )}
    </Modal>
  );
}
