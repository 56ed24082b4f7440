import { visit, type JSONPath } from 'jsonc-parser';
import type { Keyword, LibraryFile, SavedVersion, TrashEntry, TreeDocument } from '../domain/model.ts';
import { LIMITS } from '../domain/limits.ts';
import { message, type Message } from '../domain/message.ts';
import { checkSize, parseJsonSafely } from '../formats/parse-json.ts';
import type { FormatMessage } from '../formats/format-messages.ts';
import {
  classifyPath,
  documentPath,
  FOLDER_FORMAT,
  FOLDER_FORMAT_VERSION,
  keywordGroupPath,
  MANIFEST_PATH,
  stableJson,
  trashPath,
  versionPath,
  type FolderFile,
} from '../formats/library-folder.ts';
import { isConflictFile, resolveConflictFile } from '../formats/library-merge.ts';
import { checkStructure } from './structural.ts';
import { checkLibraryByRecord } from './check-document.ts';
import { createDiagnostic, type Diagnostic } from './diagnostics.ts';
import type { ValidationCode } from './messages.ts';

/** A finding in one file of a library folder, with the line it points at (1-based). */
export type FolderDiagnostic = Diagnostic & { readonly line: number };

/** What checking one file of the folder gave. */
export type FolderFileReport =
  | {
      readonly file: string;
      readonly status: 'refused';
      readonly message: FormatMessage | Message<ValidationCode>;
    }
  | { readonly file: string; readonly status: 'checked'; readonly diagnostics: readonly FolderDiagnostic[] };

export type FolderCheck =
  | { readonly ok: false; readonly refusal: Message<ValidationCode> | FormatMessage }
  | {
      readonly ok: true;
      /** The records every readable, well-formed file gave. */
      readonly library: Omit<LibraryFile, 'format' | 'formatVersion'>;
      readonly files: readonly FolderFileReport[];
    };

/** The 1-based line of a JSON pointer (or of `"id": "<id>"`) in a file's text; 1 when not found. */
export function lineOf(text: string, at: { readonly pointer?: string; readonly id?: string }): number {
  if (at.id !== undefined) {
    const escaped = at.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const offset = new RegExp(`"id"\\s*:\\s*"${escaped}"`).exec(text)?.index ?? -1;
    if (offset < 0) return 1;
    let line = 1;
    for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
    return line;
  }
  if (at.pointer === undefined || at.pointer === '/' || at.pointer === '') return 1;
  const path: JSONPath = at.pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return lineOfPath(text, path);
}

/**
 * The line of the deepest part of `path` the text has (a missing field points at the object that
 * lacks it; a property at its name), found in one scan that steps over every subtree off the path:
 * no syntax tree is built, so a 25 MB file costs no more memory than its text (issue 18, case 6).
 */
function lineOfPath(text: string, path: JSONPath): number {
  let best = { depth: 0, line: 0 };
  const onPath = (at: JSONPath) => at.length <= path.length && at.every((part, i) => part === path[i]);
  const reached = (depth: number, line: number) => {
    if (depth > best.depth) best = { depth, line };
  };
  const enter = (_o: number, _l: number, line: number, _c: number, pathOf: () => JSONPath) => {
    const at = pathOf();
    if (!onPath(at)) return false;
    reached(at.length, line);
    return true;
  };
  visit(text, {
    onObjectBegin: enter,
    onArrayBegin: enter,
    // jsonc-parser counts skipped subtrees down in its end callbacks: without them nothing resumes.
    onObjectEnd: () => undefined,
    onArrayEnd: () => undefined,
    onObjectProperty: (name, _o, _l, line, _c, pathOf) => {
      const at = pathOf();
      if (at.length < path.length && path[at.length] === name && onPath(at)) reached(at.length + 1, line);
    },
    onLiteralValue: (_v, _o, _l, line, _c, pathOf) => {
      const at = pathOf();
      if (typeof at.at(-1) === 'number' && onPath(at)) reached(at.length, line);
    },
  });
  return best.line + 1;
}

/**
 * Checks a library folder as `termverkstad validate DIR` and the folder library do: each file on
 * its own (readable, the right format, in the right place, written in the fixed form, no merge
 * conflict left), then the whole library with the cross-file rules (includes and pins, keyword
 * references, duplicates across files), each finding in the file and on the line it concerns.
 */
export function checkFolder(files: readonly FolderFile[]): FolderCheck {
  const manifest = files.find((f) => f.path === MANIFEST_PATH);
  if (!manifest) return { ok: false, refusal: message('FOLDER_NOT_LIBRARY', {}) };
  const head = parseJsonSafely(manifest.text);
  if (!head.ok) return { ok: false, refusal: head.message };
  if (head.value.format !== FOLDER_FORMAT || head.value.formatVersion !== FOLDER_FORMAT_VERSION)
    return {
      ok: false,
      refusal: message('FILE_FORMAT_VERSION', {
        format: typeof head.value.format === 'string' ? head.value.format.slice(0, 80) : '',
        version: JSON.stringify(head.value.formatVersion ?? null),
        known: `${FOLDER_FORMAT} ${FOLDER_FORMAT_VERSION}`,
      }),
    };

  const reports = new Map<string, FolderFileReport>();
  const findings = new Map<string, FolderDiagnostic[]>();
  const add = (file: FolderFile, diagnostic: Diagnostic, at: { pointer?: string; id?: string } = {}) => {
    const list = findings.get(file.path) ?? [];
    list.push({ ...diagnostic, line: lineOf(file.text, at) });
    findings.set(file.path, list);
  };

  const keywords: Keyword[] = [];
  const documents: TreeDocument[] = [];
  const versions: SavedVersion[] = [];
  const trash: TrashEntry[] = [];
  const owner = new Map<string, string>(); // record id -> the file that has it
  const claim = (file: FolderFile, id: string, kind: string) => {
    const other = owner.get(`${kind}:${id}`);
    if (other !== undefined) {
      add(file, createDiagnostic('FOLDER_DUPLICATE_ID', { id, other }), { id });
      return false;
    }
    owner.set(`${kind}:${id}`, file.path);
    return true;
  };
  const keywordFile = new Map<string, FolderFile>();
  const documentFile = new Map<string, FolderFile>();

  for (let file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const entry = classifyPath(file.path);
    if (entry.kind === 'manifest' || entry.kind === 'readme') continue;
    if (entry.kind === 'other') {
      if (/^(keywords|templates|fragments|versions|trash)\//.test(file.path))
        add(file, createDiagnostic('FOLDER_UNKNOWN_FILE', { path: file.path }));
      continue;
    }
    const tooLarge = checkSize(new TextEncoder().encode(file.text).byteLength, LIMITS.libraryFileBytes);
    const parsed = tooLarge ?? parseJsonSafely(file.text);
    if (!parsed.ok) {
      reports.set(file.path, { file: file.path, status: 'refused', message: parsed.message });
      continue;
    }
    let { value } = parsed;
    if (isConflictFile(value)) {
      for (const conflict of value.conflicts)
        add(
          file,
          createDiagnostic('MERGE_CONFLICT', {
            kind: conflict.kind,
            at: conflict.nodeId ?? conflict.keywordId ?? '',
            ...(conflict.field !== undefined && { field: conflict.field }),
          }),
          { id: conflict.id },
        );
      // Until it is resolved, the local side ("min") stands in for the record, so the rest checks.
      if (entry.kind !== 'document' && entry.kind !== 'keywords') continue;
      file = { path: file.path, text: stableJson(resolveConflictFile(value, new Map()).merged) };
      value = JSON.parse(file.text) as Record<string, unknown>;
    } else if (stableJson(value) !== file.text) add(file, createDiagnostic('FOLDER_NOT_CANONICAL', {}));
    const record = { file, value };
    const structural = (result: { ok: true } | { ok: false; diagnostic: Diagnostic }) => {
      if (result.ok) return true;
      add(file, result.diagnostic, { pointer: result.diagnostic.path ?? '' });
      return false;
    };
    switch (entry.kind) {
      case 'keywords': {
        const list = Array.isArray(record.value.keywords) ? (record.value.keywords as unknown[]) : [];
        list.forEach((item, i) => {
          const result = checkStructure.keyword(item);
          if (!result.ok) {
            const path = `/keywords/${i}${result.diagnostic.path === '/' ? '' : (result.diagnostic.path ?? '')}`;
            add(
              file,
              { ...result.diagnostic, path, params: { ...result.diagnostic.params, path } },
              { pointer: path },
            );
            return;
          }
          const keyword = result.value;
          if (keyword.type !== entry.type)
            add(file, createDiagnostic('FOLDER_WRONG_PATH', { expected: keywordGroupPath(keyword.type) }), {
              id: keyword.id,
            });
          if (!claim(file, keyword.id, 'keyword')) return;
          keywordFile.set(keyword.id, file);
          keywords.push(keyword);
        });
        break;
      }
      case 'document': {
        const result = checkStructure.document(record.value);
        if (!structural(result) || !result.ok) break;
        const document = result.value;
        if (documentPath(document) !== file.path)
          add(file, createDiagnostic('FOLDER_WRONG_PATH', { expected: documentPath(document) }), {
            id: document.id,
          });
        if (!claim(file, document.id, 'document')) break;
        documentFile.set(document.id, file);
        documents.push(document);
        break;
      }
      case 'version': {
        const result = checkStructure.savedVersion(record.value);
        if (!structural(result) || !result.ok) break;
        if (versionPath(result.value) !== file.path)
          add(file, createDiagnostic('FOLDER_WRONG_PATH', { expected: versionPath(result.value) }));
        if (claim(file, result.value.id, 'version')) versions.push(result.value);
        break;
      }
      case 'trash': {
        const result = checkStructure.trashEntry(record.value);
        if (!structural(result) || !result.ok) break;
        if (trashPath(result.value) !== file.path)
          add(file, createDiagnostic('FOLDER_WRONG_PATH', { expected: trashPath(result.value) }));
        if (claim(file, result.value.id, 'trash')) trash.push(result.value);
        break;
      }
    }
  }

  const byRecord = checkLibraryByRecord({ keywords, documents, versions });
  for (const diagnostic of byRecord.keywords) {
    const file = diagnostic.keywordId === undefined ? undefined : keywordFile.get(diagnostic.keywordId);
    if (file) add(file, diagnostic, { id: diagnostic.keywordId! });
    else add(manifest, diagnostic);
  }
  for (const [documentId, list] of byRecord.documents) {
    const file = documentFile.get(documentId)!;
    for (const diagnostic of list)
      add(
        file,
        diagnostic,
        diagnostic.nodeId !== undefined ? { id: diagnostic.nodeId } : { pointer: diagnostic.path ?? '' },
      );
  }

  for (const file of files) {
    if (reports.has(file.path)) continue;
    const entry = classifyPath(file.path);
    if (entry.kind === 'readme' || (entry.kind === 'other' && !findings.has(file.path))) continue;
    reports.set(file.path, {
      file: file.path,
      status: 'checked',
      diagnostics: findings.get(file.path) ?? [],
    });
  }
  return {
    ok: true,
    library: { keywords, documents, versions, ...(trash.length > 0 && { trash }) },
    files: [...reports.values()].sort((a, b) => (a.file < b.file ? -1 : 1)),
  };
}
