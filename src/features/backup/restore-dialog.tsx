import { useRef, useState } from 'react';
import { DialogActions, Modal } from '../../components/modal.tsx';
import { FilePicker } from '../../components/fields.tsx';
import type { LibraryState } from '../../domain/library.ts';
import type { LibraryFile } from '../../domain/model.ts';
import { planRestore, restoreSize, type RestorePlan } from '../../domain/backup.ts';
import { restoreLibrary } from '../../commands/restore-library.ts';
import { checkBackupOffThread } from './backup-check.ts';
import type { Diagnostic } from '../../validation/diagnostics.ts';
import { useLanguage, useStrings } from '../../i18n/language.tsx';
import { useRun } from '../../state/run-context.ts';
import { inWords } from '../../i18n/in-words.ts';
import { readUserFile } from '../../formats/parse-json.ts';
import { LIMITS } from '../../domain/limits.ts';

/** Findings that make a backup unsafe to restore at all (not only worth a warning). */
const REFUSED: ReadonlySet<string> = new Set(['DUPLICATE_DOCUMENT_ID', 'DUPLICATE_KEYWORD_ID']);

const titleInFile = (file: LibraryFile, id: string) =>
  file.documents.find((document) => document.id === id)?.title ?? id;

/** How many conflicting records are named; the rest are counted. */
export const NAMED = 10;

/** The first NAMED of a list of records by name, and how many more there are. */
export function ShortList({
  ids,
  name,
  more,
}: {
  ids: readonly string[];
  name: (id: string) => string;
  more: (n: number) => string;
}) {
  return (
    <ul>
      {ids.slice(0, NAMED).map((id) => (
        <li key={id}>{name(id)}</li>
      ))}
      {ids.length > NAMED ? <li>{more(ids.length - NAMED)}</li> : null}
    </ul>
  );
}

/**
 * "Återställ bibliotek": choose a backup; it is checked and compared with the library (new,
 * changed, conflicting, unchanged) before anything is written. Återställ writes it as one undoable
 * change, saved in one transaction; Avbryt leaves the library exactly as it was.
 */
export function RestoreDialog({ library, onClose }: { library: LibraryState; onClose: () => void }) {
  const run = useRun();
  const t = useStrings();
  const language = useLanguage();
  const [checked, setChecked] = useState<
    | { name: string; file: LibraryFile; plan: RestorePlan; errors: readonly Diagnostic[] }
    | { name: string; problem: string }
    | { name: string; checking: true }
    | undefined
  >();
  const [overwrite, setOverwrite] = useState(false);

  // A file chosen while another is being checked wins: the earlier check's answer is dropped.
  const latestRead = useRef(0);
  const read = async (file: File) => {
    const reading = ++latestRead.current;
    const show = (next: typeof checked) => {
      if (reading === latestRead.current) setChecked(next);
    };
    const refuse = (problem: string) => show({ name: file.name, problem });
    const read = await readUserFile(file, LIMITS.libraryFileBytes);
    if (!read.ok) return refuse(inWords(read.message, language));
    show({ name: file.name, checking: true });
    const result = await checkBackupOffThread({ text: read.text, byteLength: file.size });
    if (!result.ok) return refuse(inWords(result.refusal, language));
    if (result.kind !== 'library') return refuse(t.backup.notLibrary);
    if (!result.valid) return refuse(inWords(result.diagnostics[0]!, language));
    // Two records under one id: restoring would keep one of them without a word.
    const duplicate = result.diagnostics.find((d) => REFUSED.has(d.code));
    if (duplicate) return refuse(inWords(duplicate, language));
    // The worker checked this very text: parsing it here is safe, and a tenth of the work.
    const backup = JSON.parse(read.text) as LibraryFile;
    show({
      name: file.name,
      file: backup,
      plan: planRestore(library, backup, new Date().toISOString()),
      errors: result.diagnostics.filter((d) => d.severity === 'error'),
    });
  };

  const plan = checked && 'plan' in checked ? checked.plan : undefined;
  const titleOf = (id: string) =>
    library.documents.get(id)?.title ?? library.trash.get(id)?.document.title ?? id;
  const termOf = (id: string) => library.keywords.get(id)?.term ?? id;
  const conflicts = plan ? plan.conflictingDocuments.length + plan.conflictingKeywords.length : 0;
  const changes = plan ? restoreSize(plan, overwrite) : 0;

  return (
    <Modal title={t.backup.restoreTitle} onClose={() => onClose()}>
      {(close) => (
        <>
          <p>{t.backup.hint}</p>
          <FilePicker
            label={t.exchange.chooseFile}
            accept=".json,application/json"
            onFile={(file) => void read(file)}
          />
          {checked && 'checking' in checked ? <p role="status">{t.checkingFile(checked.name)}</p> : null}
          {checked && 'problem' in checked ? (
            <p role="alert" className="dialog-problem">
              {t.exchange.refused(checked.name, checked.problem)}
            </p>
          ) : null}
          {plan ? (
            <div className="import-summary" role="status">
              <p>
                {t.backup.plan(
                  plan.newDocuments.length,
                  plan.changedDocuments.length,
                  plan.unchangedDocuments,
                )}
              </p>
              <p>{t.backup.planKeywords(plan.newKeywords, plan.newVersions)}</p>
              {checked && 'file' in checked && checked.file.damaged?.length ? (
                <p>{t.backup.damaged(checked.file.damaged.length)}</p>
              ) : null}
              {checked && 'errors' in checked && checked.errors.length > 0 ? (
                // What Kontroll will say once it is in: named before anything is written.
                <div className="dialog-problem">
                  <p>{t.backup.errors(checked.errors.length)}</p>
                  <ul>
                    {checked.errors.slice(0, 3).map((error, i) => (
                      <li key={i}>
                        {error.documentId ? `${titleInFile(checked.file, error.documentId)}: ` : ''}
                        {inWords(error, language)}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {plan.conflictingDocuments.length > 0 ? (
                <>
                  <p>
                    {(plan.dateUnknown ? t.backup.conflictsUndated : t.backup.conflicts)(
                      plan.conflictingDocuments.length,
                    )}
                  </p>
                  <ShortList ids={plan.conflictingDocuments} name={titleOf} more={t.backup.more} />
                </>
              ) : null}
              {plan.conflictingKeywords.length > 0 ? (
                <>
                  <p>{t.backup.keywordConflicts(plan.conflictingKeywords.length)}</p>
                  <ShortList ids={plan.conflictingKeywords} name={termOf} more={t.backup.more} />
                </>
              ) : null}
              {conflicts > 0 ? (
                <label>
                  <input
                    type="checkbox"
                    checked={overwrite}
                    onChange={(e) => setOverwrite(e.currentTarget.checked)}
                  />{' '}
                  {t.backup.overwrite}
                </label>
              ) : null}
              {changes === 0 && conflicts === 0 ? <p>{t.backup.nothing}</p> : null}
            </div>
          ) : null}
          <DialogActions
            confirm={t.backup.confirm}
            disabled={changes === 0}
            onConfirm={() => {
              if (!checked || !('file' in checked)) return;
              const result = run((state, context) =>
                restoreLibrary(state, { file: checked.file, overwriteConflicts: overwrite }, context),
              );
              if (result.ok) close();
            }}
            cancel={t.exchange.cancel}
            onCancel={close}
          />
        </>
      )}
    </Modal>
  );
}
