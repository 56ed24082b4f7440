import { useId, useRef, useState } from 'react';
import type { Conversion } from '../../formats/fhir-import.ts';
import { DialogActions, Modal } from '../../components/modal.tsx';
import { FilePicker, RadioGroup } from '../../components/fields.tsx';
import { collectFragments, type LibraryState } from '../../domain/library.ts';
import type { ImportCheck } from '../../exchange/import-file.ts';
import { checkImportOffThread } from './import-check.ts';
import { importDocument, type ImportMode } from '../../commands/import-document.ts';
import { countDiagnostics } from '../../validation/diagnostics.ts';
import { useLanguage, useStrings } from '../../i18n/language.tsx';
import { useRun } from '../../state/run-context.ts';
import { inWords } from '../../i18n/in-words.ts';
import { importKeywordList } from '../../commands/import-keyword-list.ts';
import { createId } from '../../domain/ids.ts';
import { KeywordListSummary } from './keyword-list-import.tsx';
import { checkKeywordList, type KeywordListCheck } from './keyword-list-check.ts';
import type { FragmentFile, TreeDocument } from '../../domain/model.ts';
import { describeConversion } from '../../i18n/file-words.ts';
import { createCatalog } from '../../domain/model.ts';
import { compareDocuments } from '../../domain/versions.ts';
import type { Strings } from '../../i18n/strings.ts';
import { decodeUtf8, readUserBytes, type ParseFailure } from '../../formats/parse-json.ts';
import { LIMITS } from '../../domain/limits.ts';

export interface ImportDialogProps {
  readonly library: LibraryState;
  /** Called when the dialog closes; with the imported document's id when something was imported. */
  readonly onClose: (importedId?: string) => void;
}

/**
 * "Importera": choose a file (Välj fil); it is checked at once and summarised (what it is, how many
 * keywords, the checks' findings, what a FHIR file had that has no place here). When its id is
 * taken, choose to replace or keep both. Nothing is written before Importera; Avbryt leaves the
 * library as it was.
 */
/** A repair of what was not valid R4, not a conversion of the model (fhir-repair.ts). */
const isRepair = (entry: Conversion) => entry.what !== 'type' && entry.what !== 'linkId';

/** One list of the import report: its lead sentence names the list, which scrolls by keyboard too. */
function reportList(id: string, lead: (n: number) => string, lines: readonly string[]) {
  if (lines.length === 0) return null;
  return (
    <>
      <p id={id}>{lead(lines.length)}</p>
      <ul tabIndex={0} aria-labelledby={id}>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </>
  );
}

export function ImportDialog({ library, onClose }: ImportDialogProps) {
  const run = useRun();
  const t = useStrings();
  const language = useLanguage();
  const id = useId();
  const [checked, setChecked] = useState<
    { name: string; result: ImportCheck } | { name: string; checking: true } | undefined
  >();
  const [mode, setMode] = useState<ImportMode>('keepBoth');
  const [list, setList] = useState<KeywordListCheck | undefined>();

  // A file chosen while another is being checked wins: the earlier check's answer is dropped.
  const latestRead = useRef(0);
  const read = async (file: File) => {
    const reading = ++latestRead.current;
    const refuse = (failure: ParseFailure) => {
      setList(undefined);
      setChecked({ name: file.name, result: { ok: false, reason: failure.message } });
    };
    const read = await readUserBytes(file, LIMITS.libraryFileBytes);
    if (reading !== latestRead.current) return;
    if (!read.ok) return refuse(read);
    // A keyword list (CSV) by its name or type; anything else is read as a document.
    if (/\.csv$/i.test(file.name) || file.type === 'text/csv') {
      const text = decodeUtf8(read.bytes);
      if (typeof text !== 'string') return refuse(text);
      setChecked(undefined);
      setList(checkKeywordList(text, library, createId));
      return;
    }
    setList(undefined);
    setChecked({ name: file.name, checking: true });
    const available = collectFragments({ versions: library.versions.values() });
    const result = await checkImportOffThread({
      bytes: read.bytes,
      now: new Date().toISOString(),
      available,
    });
    if (reading === latestRead.current) setChecked({ name: file.name, result });
  };

  const result = checked && 'result' in checked ? checked.result : undefined;
  const existing = result?.ok ? library.documents.get(result.file.document.id) : undefined;
  const imported = useRef<string | undefined>(undefined);
  const confirm = (close: () => void) => {
    if (list) {
      if (list.ok && run(() => importKeywordList(list.plan)).ok) close();
      return;
    }
    if (!result?.ok) return;
    const outcome = run((state, context) =>
      importDocument(state, { file: result.file, mode: existing ? mode : 'add' }, context),
    );
    if (outcome.ok) {
      imported.current = outcome.change.documentId;
      close();
    }
  };

  return (
    <Modal title={t.exchange.importTitle} onClose={() => onClose(imported.current)}>
      {(close) => (
        <>
          <p>{t.exchange.importHint}</p>
          <FilePicker
            label={t.exchange.chooseFile}
            accept=".json,application/json,application/fhir+json,.csv,text/csv"
            onFile={(file) => void read(file)}
          />
          {list ? <KeywordListSummary check={list} t={t} language={language} /> : null}
          {checked && 'checking' in checked ? <p role="status">{t.checkingFile(checked.name)}</p> : null}
          {checked && result && !result.ok ? (
            <p role="alert" className="dialog-problem">
              {t.exchange.refused(checked.name, inWords(result.reason, language))}
            </p>
          ) : null}
          {result?.ok ? (
            <div className="import-summary" role="status">
              <p>
                {t.exchange.summary(
                  t.documentKind[result.file.document.kind],
                  result.file.document.title,
                  result.file.keywords.length,
                )}{' '}
                {(() => {
                  const { errors, warnings } = countDiagnostics(result.diagnostics);
                  return t.exchange.findings(errors, warnings);
                })()}
              </p>
              {result.file.fragments?.length ? (
                <p>{t.exchange.carried(result.file.fragments.length)}</p>
              ) : null}
              {result.missing.length > 0 ? (
                <p className="dialog-problem">
                  {t.exchange.missing(
                    result.missing.map((ref) => `${ref.fragmentId} ${ref.version}`).join(', '),
                  )}
                </p>
              ) : null}
              {reportList(
                `${id}-repaired`,
                t.exchange.repaired,
                result.converted.filter(isRepair).map((entry) => describeConversion(entry, t)),
              )}
              {reportList(
                `${id}-converted`,
                t.exchange.converted,
                result.converted
                  .filter((entry) => !isRepair(entry))
                  .map((entry) => describeConversion(entry, t)),
              )}
              {reportList(
                `${id}-kept`,
                t.exchange.kept,
                result.kept.map((entry) => `${entry.where ? `${entry.where}: ` : ''}${entry.what}`),
              )}
              {existing ? (
                <RadioGroup
                  legend={t.exchange.exists(existing.title)}
                  name="import-mode"
                  value={mode}
                  options={(['replace', 'keepBoth'] as const).map(
                    (value) => [value, t.exchange[value]] as const,
                  )}
                  onChange={setMode}
                />
              ) : null}
              {existing && mode === 'replace' ? (
                <p className="field-hint">{replaceSummary(existing, result.file, library, t)}</p>
              ) : null}
            </div>
          ) : null}
          <DialogActions
            confirm={t.exchange.import}
            onConfirm={() => confirm(close)}
            disabled={list ? !list.ok : !result?.ok}
            cancel={t.exchange.cancel}
            onCancel={close}
          />
        </>
      )}
    </Modal>
  );
}

/** What Ersätt would change in the existing document, counted per keyword (Jämför has the details). */
function replaceSummary(
  existing: TreeDocument,
  file: FragmentFile,
  library: LibraryState,
  t: Strings,
): string {
  const diff = compareDocuments(
    { document: existing, catalog: library.keywords },
    { document: file.document, catalog: createCatalog(file.keywords) },
  );
  const count = (kind: 'added' | 'removed' | 'changed') => diff.changes.filter((c) => c.kind === kind).length;
  return t.exchange.replaceChanges(count('added'), count('removed'), count('changed'), diff.breaking);
}
