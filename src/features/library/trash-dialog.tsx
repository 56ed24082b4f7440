import { useState } from 'react';
import { emptyTrash, recoverDocument } from '../../commands/delete-document.ts';
import type { LibraryState } from '../../domain/library.ts';
import { daysLeftInTrash } from '../../domain/workflow.ts';
import { DialogActions, Modal } from '../../components/modal.tsx';
import { useStrings } from '../../i18n/language.tsx';
import { useRun } from '../../state/run-context.ts';

/**
 * "Papperskorg": deleted documents, newest first, each recoverable for 30 days after it was
 * deleted. Emptying it asks first and names what goes for good.
 */
export function TrashDialog(props: {
  readonly library: LibraryState;
  readonly onClose: (recoveredId?: string) => void;
}) {
  const { library, onClose } = props;
  const strings = useStrings();
  const t = strings.trash;
  const run = useRun();
  const [confirming, setConfirming] = useState(false);
  const now = new Date().toISOString();
  const entries = [...library.trash.values()].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  return (
    <Modal title={t.title} onClose={() => onClose()}>
      {() =>
        confirming ? (
          <>
            <p>{t.confirmEmpty(entries.length)}</p>
            <ul>
              {entries.map((entry) => (
                <li key={entry.id}>{entry.document.title}</li>
              ))}
            </ul>
            <DialogActions
              confirm={t.empty}
              onConfirm={() => {
                if (run((l) => emptyTrash(l)).ok) onClose();
              }}
              cancel={strings.exchange.cancel}
              onCancel={() => setConfirming(false)}
            />
          </>
        ) : (
          <>
            <p className="field-hint">{t.intro}</p>
            {entries.length === 0 ? (
              <p>{t.none}</p>
            ) : (
              <ul className="trash-list">
                {entries.map((entry) => (
                  <li key={entry.id}>
                    <p>
                      <strong>{entry.document.title}</strong> · {strings.documentKind[entry.document.kind]}
                    </p>
                    <p className="field-hint">
                      {t.deleted(entry.deletedAt.slice(0, 10), entry.by ?? '')} ·{' '}
                      {t.daysLeft(daysLeftInTrash(entry.deletedAt, now))}
                    </p>
                    <button
                      type="button"
                      aria-label={t.recoverLabel(entry.document.title)}
                      onClick={() => {
                        if (run((l) => recoverDocument(l, { documentId: entry.id })).ok) onClose(entry.id);
                      }}
                    >
                      {t.recover}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <div className="dialog-actions">
              {entries.length > 0 ? (
                <button type="button" className="danger" onClick={() => setConfirming(true)}>
                  {t.empty}
                </button>
              ) : null}
              <button type="button" onClick={() => onClose()}>
                {strings.versions.close}
              </button>
            </div>
          </>
        )
      }
    </Modal>
  );
}
