import type { Catalog, TreeDocument } from '../domain/model.ts';
import { assembleDocument, type AssemblyStop, type ResolveFragment } from '../domain/assemble.ts';
import { toFragmentFile } from '../formats/fragment-file.ts';
import { toQuestionnaire } from '../formats/fhir-export.ts';
import { findQuestionnaireViolations, schemaViolations } from '../formats/fhir-invariants.ts';
import type { Questionnaire } from '../formats/fhir-types.ts';
import { message } from '../domain/message.ts';
import { LIMITS } from '../domain/limits.ts';
import { toQuestionnaireBundle } from '../formats/fhir-bundle.ts';
import { collectIncludedFragments } from '../domain/included-fragments.ts';
import { getKeywordRows } from '../formats/keyword-rows.ts';
import { toKeywordCsv } from '../formats/keyword-csv.ts';
import { toSpecificationHtml } from '../formats/specification.ts';
import { checkStructure } from '../validation/structural.ts';
import type { ExportWords } from '../formats/export-words.ts';
import type { ExchangeMessage } from './exchange-messages.ts';

import type { ExportFormat } from './export-formats.ts';

export { EXPORT_FORMATS, type ExportFormat } from './export-formats.ts';

export interface ExportRequest {
  readonly format: ExportFormat;
  readonly document: TreeDocument;
  readonly catalog: Catalog;
  /** Finds an included fragment's pinned version. */
  readonly resolve: ResolveFragment;
  readonly fhirMode?: 'modular' | 'assembled';
  /** The words of the specification and the keyword list, in the reader's language (from i18n). */
  readonly words: ExportWords;
  readonly now: string;
}

export type ExportResult =
  | { readonly ok: true; readonly fileName: string; readonly mimeType: string; readonly text: string }
  | { readonly ok: false; readonly reason: ExchangeMessage };

/**
 * Refused before anything is written when a Questionnaire breaks the R4 JSON Schema or a que-* rule
 * (fhir-invariants.ts).
 */
function invalidExport(questionnaires: readonly Questionnaire[]): ExportResult | undefined {
  const violations = questionnaires.flatMap((questionnaire) => [
    ...schemaViolations(questionnaire),
    ...findQuestionnaireViolations(questionnaire),
  ]);
  if (violations.length === 0) return undefined;
  return {
    ok: false,
    reason: message('FHIR_EXPORT_INVALID', { count: violations.length, first: violations[0]! }),
  };
}

/**
 * A document whose includes do not assemble (a cycle, or more nodes than a document may have once
 * they are in place) is not written in any format: it would be cut short without a word, or be an
 * include bomb for whoever reads it next.
 */
function refuseUnassembled(document: TreeDocument, stop: AssemblyStop | undefined): ExportResult | undefined {
  if (!stop) return undefined;
  const chain = [document.id, ...stop.chain].join(' → ');
  return {
    ok: false,
    reason:
      stop.reason === 'cycle'
        ? message('INCLUDE_CYCLE', { cycle: chain })
        : message('INCLUDE_TOO_LARGE', {
            reason: stop.reason,
            nodes: stop.nodes,
            limit: LIMITS.nodes,
            chain,
          }),
  };
}

/** A file name from a title: lower case, letters and digits, hyphens ("begransande-eller-...-1177"). */
export function fileNameOf(title: string): string {
  const base = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return base || 'dokument';
}

/**
 * One export, the same for the UI and the command line: the file's name, type and text. A fragment
 * file is checked against its schema before it is written; the specification and the keyword list
 * describe the assembled document, so included fragments are listed where they are used.
 */
export function exportDocument(request: ExportRequest): ExportResult {
  const { document, catalog, resolve, now, words } = request;
  const name = fileNameOf(document.title);
  // Assembled once: refused if it does not assemble, and the rows of the list and the sheet.
  const assembled = assembleDocument(document, catalog, resolve);
  const refused = refuseUnassembled(document, assembled.stopped);
  if (refused) return refused;
  switch (request.format) {
    case 'fragment': {
      const file = toFragmentFile(document, catalog, now, resolve);
      const checked = checkStructure.fragmentFile(file);
      if (!checked.ok) return { ok: false, reason: checked.diagnostic };
      return {
        ok: true,
        fileName: `${name}.termverkstad.json`,
        mimeType: 'application/json',
        text: `${JSON.stringify(file, null, 2)}\n`,
      };
    }
    case 'fhir': {
      const mode = request.fhirMode ?? 'modular';
      // Modular, a template travels with the fragment versions it includes: a Bundle of them.
      if (mode === 'modular' && collectIncludedFragments(document, resolve).length > 0) {
        const bundle = toQuestionnaireBundle(document, catalog, resolve);
        const invalid = invalidExport(bundle.entry.map((entry) => entry.resource));
        if (invalid) return invalid;
        return {
          ok: true,
          fileName: `${name}.bundle.json`,
          mimeType: 'application/fhir+json',
          text: `${JSON.stringify(bundle, null, 2)}\n`,
        };
      }
      const questionnaire = toQuestionnaire(document, catalog, { mode, resolve });
      const invalid = invalidExport([questionnaire]);
      if (invalid) return invalid;
      return {
        ok: true,
        fileName: `${name}${mode === 'assembled' ? '.sammansatt' : ''}.questionnaire.json`,
        mimeType: 'application/fhir+json',
        text: `${JSON.stringify(questionnaire, null, 2)}\n`,
      };
    }
    case 'spec':
    case 'csv': {
      const rows = getKeywordRows(assembled.document, assembled.catalog, words.list);
      if (request.format === 'csv') {
        return {
          ok: true,
          fileName: `${name}.sokord.csv`,
          mimeType: 'text/csv;charset=utf-8',
          text: toKeywordCsv(rows, words.csv),
        };
      }
      return {
        ok: true,
        fileName: `${name}.specifikation.html`,
        mimeType: 'text/html;charset=utf-8',
        text: toSpecificationHtml(document, rows, words.spec, {
          kind: words.kind[document.kind],
          status: words.status[document.status],
          exportedAt: now.slice(0, 10),
        }),
      };
    }
  }
}
