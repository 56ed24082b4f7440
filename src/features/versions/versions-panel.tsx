import { useId, useMemo, useState } from 'react';
import { DialogActions, Modal } from '../../components/modal.tsx';
import type { LibraryState } from '../../domain/library.ts';
import { getSavedVersions } from '../../domain/library.ts';
import type { DocumentStatus, SavedVersion, TreeDocument } from '../../domain/model.ts';
import { suggestVersion } from '../../domain/version-numbers.ts';
import { STATUS_TRANSITIONS } from '../../domain/workflow.ts';
import { restoreVersion } from '../../commands/restore-version.ts';
import { saveVersion } from '../../commands/save-version.ts';
import { setDocumentStatus } from '../../commands/set-document-status.ts';
import type { Command } from '../../commands/command.ts';
import { useStrings } from '../../i18n/language.tsx';
import { describeChanges, diffWithCurrent } from '../../i18n/version-words.ts';
import { DiffList, VersionView } from './version-view.tsx';
import { rememberedName, rememberName } from '../../state/user-name.ts';
import { useRun } from '../../state/run-context.ts';

export interface VersionsPanelProps {
  readonly document: TreeDocument;
  readonly library: LibraryState;
}

/**
 * "Versioner": the status workflow (Ändra status…), "Spara version" with a suggested number and a
 * note, the saved versions (Jämför in words, Visa read-only, Återställ as an undoable change) and
 * the change log with who, when and why.
 */
export function VersionsPanel({ document, library }: VersionsPanelProps) {
  const run = useRun();
  const strings = useStrings();
  const t = strings.versions;
  const headingId = useId();
  const fieldIds = { number: useId(), note: useId(), by: useId(), status: useId() };
  const versions = useMemo(() => getSavedVersions(library, document.id), [library, document.id]);
  const [dialog, setDialog] = useState<
    'save' | 'status' | { view: SavedVersion } | { restore: SavedVersion } | undefined
  >();
  const [comparing, setComparing] = useState<string | undefined>();
  // The suggestion compares the whole document with the latest version: worked out when the
  // dialog opens, not on every keystroke elsewhere.
  const [suggestion, setSuggestion] = useState({ number: '', why: '' });
  const openSaveDialog = () => {
    const latest = versions[0];
    const diff = latest ? diffWithCurrent(latest, document, library).diff : undefined;
    const number = latest
      ? suggestVersion(latest.version, diff)
      : document.version === '0.1.0'
        ? '1.0.0'
        : document.version;
    const why = !diff
      ? t.why_first
      : diff.changes.length === 0
        ? t.why_none
        : diff.breaking
          ? t.why_major
          : diff.textsOnly
            ? t.why_patch
            : t.why_minor;
    setSuggestion({ number, why });
    setBy(rememberedName());
    setNumber(number);
    setNote('');
    setDialog('save');
  };
  const [number, setNumber] = useState('');
  const [note, setNote] = useState('');
  const [by, setBy] = useState(rememberedName);
  const [status, setStatus] = useState<DocumentStatus>(document.status);
  // The working copy differs from the last saved version: approving it saves a version.
  const [unsaved, setUnsaved] = useState(false);
  const close = () => setDialog(undefined);
  const compared = (version: SavedVersion) => {
    const { diff, sides } = diffWithCurrent(version, document, library);
    return describeChanges(diff, sides, strings);
  };
  const date = (at: string) => at.slice(0, 10);

  // Both dialogs end alike: a text for the log (its label differs), the user's name, and a
  // confirm that remembers the name and closes on success.
  const logFields = (label: string, commit: Command) => (
    <>
      <p className="field">
        <label htmlFor={fieldIds.note}>{label}</label>
        <textarea id={fieldIds.note} rows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      </p>
      <p className="field">
        <label htmlFor={fieldIds.by}>{t.by}</label>
        <input id={fieldIds.by} value={by} maxLength={200} onChange={(e) => setBy(e.currentTarget.value)} />
      </p>
      <DialogActions
        confirm={t.confirm}
        onConfirm={() => {
          rememberName(by);
          if (run(commit).ok) close();
        }}
        cancel={strings.exchange.cancel}
        onCancel={close}
      />
    </>
  );

  return (
    <section className="panel versions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.title}</h2>
      <p className="versions-status">
        {t.status(strings.documentStatus[document.status])}{' '}
        <button
          type="button"
          onClick={() => {
            setStatus(STATUS_TRANSITIONS[document.status][0]!);
            setBy(rememberedName());
            setNote('');
            const latest = versions[0];
            const diff = latest ? diffWithCurrent(latest, document, library).diff : undefined;
            setNumber(latest ? suggestVersion(latest.version, diff) : '1.0.0');
            setUnsaved(!diff || diff.changes.length > 0);
            setDialog('status');
          }}
        >
          {t.changeStatus}
        </button>{' '}
        <button type="button" onClick={openSaveDialog}>
          {t.save}
        </button>
      </p>
      {versions.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="version-list">
          {versions.map((version) => (
            <li key={version.id}>
              <p>
                <strong>{t.entry(version.version, date(version.savedAt), version.by ?? '')}</strong>
                {version.note ? ` – ${version.note}` : ''}
              </p>
              <div className="version-actions">
                <button
                  type="button"
                  aria-expanded={comparing === version.id}
                  aria-label={t.compareLabel(version.version)}
                  onClick={() => setComparing(comparing === version.id ? undefined : version.id)}
                >
                  {t.compare}
                </button>
                <button
                  type="button"
                  aria-label={t.viewLabel(version.version)}
                  onClick={() => setDialog({ view: version })}
                >
                  {t.view}
                </button>
                <button
                  type="button"
                  aria-label={t.restoreLabel(version.version)}
                  onClick={() => setDialog({ restore: version })}
                >
                  {t.restore}
                </button>
              </div>
              {comparing === version.id ? <DiffList lines={compared(version)} /> : null}
            </li>
          ))}
        </ul>
      )}
      <p className="field-hint">{t.undoNote}</p>
      <details className="change-log">
        <summary>{t.log}</summary>
        <ol reversed>
          {[...document.changeLog].reverse().map((entry, i) => (
            <li key={i}>
              {date(entry.at)}
              {entry.by ? ` · ${entry.by}` : ''}
              {entry.version ? ` · ${entry.version}` : ''}
              {entry.status ? ` · ${strings.documentStatus[entry.status]}` : ''}
              {entry.note ? ` – ${entry.note}` : ''}
            </li>
          ))}
        </ol>
      </details>

      {dialog === 'save' ? (
        <Modal title={t.saveTitle} onClose={close}>
          {() => (
            <>
              <p className="field">
                <label htmlFor={fieldIds.number}>{t.number}</label>
                <input
                  id={fieldIds.number}
                  value={number}
                  maxLength={64}
                  aria-describedby={`${fieldIds.number}-hint`}
                  onChange={(e) => setNumber(e.currentTarget.value)}
                />
                <span id={`${fieldIds.number}-hint`} className="field-hint">
                  {t.suggestion(suggestion.number, suggestion.why)}
                </span>
              </p>
              {logFields(t.note, (l, c) =>
                saveVersion(l, { documentId: document.id, version: number.trim(), note, by }, c),
              )}
            </>
          )}
        </Modal>
      ) : null}
      {dialog === 'status' ? (
        <Modal title={t.statusTitle} onClose={close}>
          {() => (
            <>
              <p className="field">
                <label htmlFor={fieldIds.status}>{t.newStatus}</label>
                <select
                  id={fieldIds.status}
                  value={status}
                  onChange={(e) => setStatus(e.currentTarget.value as DocumentStatus)}
                >
                  {STATUS_TRANSITIONS[document.status].map((s) => (
                    <option key={s} value={s}>
                      {strings.documentStatus[s]}
                    </option>
                  ))}
                </select>
                <span className="field-hint">{t.transitionsHint}</span>
              </p>
              {status === 'approved' && !unsaved ? (
                <p className="field-hint">{t.approvesSaved(versions[0]?.version ?? document.version)}</p>
              ) : null}
              {status === 'approved' && unsaved ? (
                <p className="field">
                  <label htmlFor={fieldIds.number}>{t.approveAs}</label>
                  <input
                    id={fieldIds.number}
                    value={number}
                    maxLength={64}
                    onChange={(e) => setNumber(e.currentTarget.value)}
                  />
                </p>
              ) : null}
              {logFields(t.whyRequired, (l, c) =>
                setDocumentStatus(
                  l,
                  {
                    documentId: document.id,
                    status,
                    note,
                    by,
                    ...(status === 'approved' && unsaved && { version: number.trim() }),
                  },
                  c,
                ),
              )}
            </>
          )}
        </Modal>
      ) : null}
      {typeof dialog === 'object' && 'restore' in dialog ? (
        <Modal title={t.restoreTitle(dialog.restore.version)} onClose={close}>
          {() => (
            <>
              <p>{t.restoreIntro(dialog.restore.version)}</p>
              <DiffList lines={compared(dialog.restore)} />
              <DialogActions
                confirm={t.restore}
                onConfirm={() => {
                  const versionId = dialog.restore.id;
                  if (run((l, c) => restoreVersion(l, { versionId, by: rememberedName() }, c)).ok) close();
                }}
                cancel={strings.exchange.cancel}
                onCancel={close}
              />
            </>
          )}
        </Modal>
      ) : null}
      {typeof dialog === 'object' && 'view' in dialog ? (
        <VersionView version={dialog.view} strings={strings} onClose={close} />
      ) : null}
    </section>
  );
}
