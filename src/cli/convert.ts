import { writeFileAtomically } from './write-file.ts';
import type { TreeDocument } from '../domain/model.ts';
import { createCatalog } from '../domain/model.ts';
import { exportDocument, type ExportFormat } from '../exchange/export-document.ts';
import type { Conversion } from '../formats/fhir-import.ts';
import type { KeptEntry } from '../domain/model.ts';
import { checkImport } from '../exchange/import-file.ts';
import { checkFileText, countDiagnostics } from '../validation/index.ts';
import {
  collectCarriedFragments,
  collectFragments,
  resolveIn,
  type FragmentVersions,
} from '../domain/library.ts';
import { freezeWorkingCopyPins } from '../domain/pins.ts';
import { readTextFile } from './read-file.ts';
import type { Language } from './validate.ts';
import { fileWordsIn } from '../i18n/all-strings.ts';
import type { CliMessageCode } from './cli-words.ts';
import type { CliCode } from '../i18n/messages/cli.ts';
import { message, type Message } from '../domain/message.ts';

export interface ConvertOptions {
  readonly to?: ExportFormat;
  readonly from?: 'fhir';
  readonly assembled?: boolean;
  /** With a library file: the document to convert. */
  readonly document?: string;
  readonly out?: string;
  /** --from fhir: where to write the import report (what was kept, what converted) as JSON. */
  readonly report?: string;
  readonly language: Language;
  readonly now: string;
}

/** What a conversion gave: the text written (or to print), or why not, with the exit status. */
export type ConvertResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly fileName: string;
      /** --from fhir: what the import kept verbatim and what it holds as something else. */
      readonly report?: { readonly kept: readonly KeptEntry[]; readonly converted: readonly Conversion[] };
    }
  | {
      readonly ok: false;
      readonly code: 1 | 2;
      readonly message: Message<CliMessageCode>;
    };

const fail = (code: 1 | 2, what: CliCode, params: Message['params'] = {}): ConvertResult => ({
  ok: false,
  code,
  message: message(what, params),
});

/**
 * `termverkstad convert`: `--to fhir|fragment|csv|spec FILE` from a fragment, template or library file
 * (`--document ID` picks one from a library), and `--from fhir FILE` to a fragment/template file.
 * The same code as the UI's Exportera and Importera. A file with errors is not converted.
 */
export async function convertFile(file: string, options: ConvertOptions): Promise<ConvertResult> {
  const read = await readTextFile(file);
  if (!read.ok) return { ok: false, code: 2, message: read.message };

  if (options.from === 'fhir') {
    const imported = checkImport(read.text, read.byteLength, options.now);
    if (!imported.ok) return { ok: false, code: 2, message: imported.reason };
    const text = `${JSON.stringify(imported.file, null, 2)}\n`;
    const report = { kept: imported.kept, converted: imported.converted };
    if (options.report) {
      const failed = await writeFileAtomically(options.report, `${JSON.stringify(report, null, 2)}\n`);
      if (failed) return fail(2, 'CLI_WRITE_FAILED', { file: options.report, reason: failed });
    }
    return finish(
      { ok: true, text, fileName: `${imported.file.document.id}.termverkstad.json`, report },
      options,
    );
  }
  if (!options.to) return fail(2, 'CLI_NEED_TO_OR_FROM');

  const checked = checkFileText(read.text, read.byteLength);
  if (!checked.ok) return { ok: false, code: 2, message: checked.refusal };
  if (!checked.file) return { ok: false, code: 1, message: checked.diagnostics[0]! };
  const { errors } = countDiagnostics(checked.diagnostics);
  // A missing fragment is said as it is: the usual cause when a template comes without its bundle.
  const missing = checked.diagnostics.find((d) => d.code === 'INCLUDE_NOT_FOUND');
  if (missing) return { ok: false, code: 1, message: missing };
  if (errors > 0) return fail(1, 'CLI_FILE_HAS_ERRORS', { errors });
  let document: TreeDocument | undefined;
  let fragments: FragmentVersions;
  if (checked.kind === 'library') {
    const { documents, versions, keywords } = checked.file;
    document = documents.find((d) => d.id === options.document);
    if (!document) return fail(2, 'CLI_NEED_DOCUMENT', { ids: documents.map((d) => d.id) });
    // A library from before pins needed saved versions resolves as reading it would freeze it.
    const frozen = freezeWorkingCopyPins({ keywords, documents, versions }, options.now, (p) => p);
    fragments = collectFragments({ versions: [...versions, ...frozen] });
  } else {
    document = checked.file.document;
    fragments = collectCarriedFragments(checked.file.fragments ?? []);
  }
  const result = exportDocument({
    format: options.to,
    document,
    catalog: createCatalog(checked.file.keywords),
    resolve: resolveIn(fragments),
    fhirMode: options.assembled ? 'assembled' : 'modular',
    words: fileWordsIn(options.language),
    now: options.now,
  });
  if (!result.ok) return { ok: false, code: 1, message: result.reason };
  return finish(result, options);
}

async function finish(result: ConvertResult & { ok: true }, options: ConvertOptions): Promise<ConvertResult> {
  if (options.out) {
    const failed = await writeFileAtomically(options.out, result.text);
    if (failed) return fail(2, 'CLI_WRITE_FAILED', { file: options.out, reason: failed });
  }
  return result;
}
