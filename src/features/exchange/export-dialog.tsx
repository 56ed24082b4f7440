import { listWords } from '../../i18n/file-words.ts';
import { useMemo, useRef, useState } from 'react';
import { DialogActions, Modal } from '../../components/modal.tsx';
import { RadioGroup } from '../../components/fields.tsx';
import type { Catalog, TreeDocument } from '../../domain/model.ts';
import { EXPORT_FORMATS, exportDocument, type ExportFormat } from '../../exchange/export-document.ts';
import { useLanguage, useStrings } from '../../i18n/language.tsx';
import { downloadText } from './download.ts';
import { PrintSheet } from './print-sheet.tsx';
import { getKeywordRows } from '../../formats/keyword-rows.ts';
import { assembleDocument, type ResolveFragment } from '../../domain/assemble.ts';
import { getFileWords } from '../../i18n/file-words.ts';
import { inWords } from '../../i18n/in-words.ts';

export interface ExportDialogProps {
  readonly document: TreeDocument;
  readonly catalog: Catalog;
  readonly resolve: ResolveFragment;
  /** Called when the dialog closes; with the file's name when something was downloaded. */
  readonly onClose: (downloaded?: string) => void;
}

/**
 * "Exportera": choose a format (Fragment (JSON), FHIR R4 Questionnaire modular or assembled,
 * Specifikation (utskrift), Sökordslista (CSV)) and download it. The same code as the command line.
 */
export function ExportDialog({ document, catalog, resolve, onClose }: ExportDialogProps) {
  const t = useStrings();
  const language = useLanguage();
  const [format, setFormat] = useState<ExportFormat>(document.kind === 'fragment' ? 'fragment' : 'fhir');
  const [fhirMode, setFhirMode] = useState<'modular' | 'assembled'>('modular');
  const [problem, setProblem] = useState<string | undefined>();
  const downloaded = useRef<string | undefined>(undefined);
  const [printing, setPrinting] = useState(false);
  const assembled = useMemo(
    () => (printing ? assembleDocument(document, catalog, resolve) : undefined),
    [printing, document, catalog, resolve],
  );

  const download = (close: () => void) => {
    const result = exportDocument({
      format,
      document,
      catalog,
      resolve,
      fhirMode,
      words: getFileWords(t, language),
      now: new Date().toISOString(),
    });
    if (!result.ok) {
      setProblem(t.exchange.exportFailed(inWords(result.reason, language)));
      return;
    }
    downloadText(result.fileName, result.mimeType, result.text);
    downloaded.current = result.fileName;
    close();
  };

  return (
    <>
      {printing && assembled ? (
        <PrintSheet
          title={document.title}
          meta={`${t.spec.meta(t.documentKind[document.kind], t.documentStatus[document.status], document.version)}`}
          description={document.description}
          rows={getKeywordRows(assembled.document, assembled.catalog, listWords(t))}
          t={t.spec}
          onDone={() => onClose()}
        />
      ) : null}
      <Modal
        title={t.exchange.exportTitle(document.title)}
        onClose={() => {
          if (!printing) onClose(downloaded.current);
        }}
      >
        {(close) => (
          <>
            <RadioGroup
              legend={t.exchange.format}
              name="format"
              value={format}
              options={EXPORT_FORMATS.map((value) => [value, t.exchange.formats[value]] as const)}
              onChange={setFormat}
            />
            {format === 'fhir' ? (
              <RadioGroup
                legend={t.exchange.fhirMode}
                name="fhir-mode"
                value={fhirMode}
                options={(['modular', 'assembled'] as const).map(
                  (value) => [value, t.exchange[value]] as const,
                )}
                onChange={setFhirMode}
              />
            ) : null}
            {problem ? (
              <p role="alert" className="dialog-problem">
                {problem}
              </p>
            ) : null}
            {format === 'spec' ? (
              <p>
                <button
                  type="button"
                  onClick={() => {
                    setPrinting(true);
                    close();
                  }}
                >
                  {t.exchange.print}
                </button>
              </p>
            ) : null}
            <DialogActions
              confirm={t.exchange.download}
              onConfirm={() => download(close)}
              cancel={t.exchange.cancel}
              onCancel={close}
            />
          </>
        )}
      </Modal>
    </>
  );
}
