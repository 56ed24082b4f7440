import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import type { Keyword, KeywordNode, TreeDocument } from '../domain/model.ts';
import { createCatalog } from '../domain/model.ts';
import { message } from '../domain/message.ts';
import { compareDocuments } from '../domain/versions.ts';
import { documentPath, type FolderFile } from '../formats/library-folder.ts';
import { checkFileText, checkFolder } from '../validation/index.ts';
import { inWords, type CliMessageCode } from './cli-words.ts';
import { STRINGS } from '../i18n/all-strings.ts';
import { describeChanges, type DiffSides } from '../i18n/version-words.ts';
import { isDirectory, readFolder } from './folder.ts';
import { readTextFile } from './read-file.ts';
import type { Language } from './validate.ts';

/** One side of a comparison: the library records a file, a folder or a git revision holds. */
interface Side {
  readonly keywords: readonly Keyword[];
  readonly documents: readonly TreeDocument[];
}

type Read = { readonly ok: true; readonly side: Side } | { readonly ok: false; readonly reason: string };

function fromFiles(files: readonly FolderFile[], language: Language): Read {
  const result = checkFolder(files);
  if (!result.ok) return { ok: false, reason: inWords(result.refusal, language) };
  return { ok: true, side: result.library };
}

function fromText(text: string, language: Language): Read {
  const result = checkFileText(text, Buffer.byteLength(text), { rules: false });
  if (!result.ok) return { ok: false, reason: inWords(result.refusal, language) };
  if (!result.file) return { ok: false, reason: inWords(result.diagnostics[0]!, language) };
  if (result.kind === 'library') return { ok: true, side: result.file };
  return { ok: true, side: { keywords: result.file.keywords, documents: [result.file.document] } };
}

const git = (args: readonly string[]) =>
  spawnSync('git', args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });

/** A file or folder at a git revision (`REV:PATH`), read with `git ls-tree` and `git show`. */
function fromGit(spec: string, language: Language): Read {
  const [rev, ...rest] = spec.split(':');
  const path = rest.join(':').replace(/\/+$/, '');
  const tree = git(['ls-tree', '-r', '--name-only', `${rev}`, '--', path || '.']);
  if (tree.status !== 0) return { ok: false, reason: tree.stderr.trim() || `git ls-tree ${spec}` };
  const names = tree.stdout.split('\n').filter((n) => n !== '');
  // ls-tree names paths from the current folder; `REV:./PATH` reads them from there too.
  const show = (name: string) => git(['show', `${rev}:./${name}`]);
  if (names.length === 1 && names[0] === path) {
    const shown = show(path);
    return shown.status === 0 ? fromText(shown.stdout, language) : { ok: false, reason: shown.stderr.trim() };
  }
  const files: FolderFile[] = [];
  for (const name of names.filter((n) => /\.(json|md)$/.test(n))) {
    const shown = show(name);
    if (shown.status !== 0) return { ok: false, reason: shown.stderr.trim() };
    files.push({ path: path === '' || path === '.' ? name : posix.relative(path, name), text: shown.stdout });
  }
  return fromFiles(files, language);
}

async function readSide(spec: string, language: Language): Promise<Read> {
  if (await isDirectory(spec)) return fromFiles((await readFolder(spec)).files, language);
  if (existsSync(spec)) {
    const read = await readTextFile(spec);
    return read.ok ? fromText(read.text, language) : { ok: false, reason: inWords(read.message, language) };
  }
  if (spec.includes(':')) return fromGit(spec, language);
  return { ok: false, reason: inWords(message('FILE_MISSING', {}), language) };
}

/** The document's own fields a comparison names, beside its keywords. */
const DOCUMENT_FIELDS = ['title', 'description', 'status', 'version'] as const;

/** The catalogue as a flat document (one node per keyword, by id), so keyword changes compare as nodes. */
// Stryker disable StringLiteral: only the nodes of this document are compared; its other fields are placeholders.
const catalogueDocument = (keywords: readonly Keyword[]): TreeDocument => ({
  id: 'catalogue',
  kind: 'template',
  title: '',
  version: '0.0.0',
  status: 'draft',
  nodes: [...keywords]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((k): KeywordNode => ({ id: k.id, keywordId: k.id })),
  // Stryker disable next-line ArrayDeclaration: a placeholder, as above
  changeLog: [],
  createdAt: '',
  updatedAt: '',
});
// Stryker restore all

/**
 * `termverkstad diff OLD NEW`: the change between two libraries (files, folders or git revisions)
 * in words, per document and per keyword, with each change's impact, written as Markdown for a
 * merge request's description.
 */
export async function runDiff(
  [before, after]: readonly string[],
  stdout: { write(text: string): unknown },
  stderr: { write(text: string): unknown },
  language: Language,
): Promise<number> {
  const say = (code: CliMessageCode, params: Record<string, unknown> = {}) =>
    inWords(message(code, params as never), language);
  if (before === undefined || after === undefined) {
    stderr.write(`${say('CLI_DIFF_USAGE')}\n`);
    return 2;
  }
  const sides = await Promise.all([readSide(before, language), readSide(after, language)]);
  for (const [i, side] of sides.entries())
    if (!side.ok) {
      stderr.write(`${[before, after][i]}: ${side.reason}\n`);
      return 2;
    }
  const [a, b] = sides.map((s) => (s as Read & { ok: true }).side) as [Side, Side];
  const strings = STRINGS[language];
  const out: string[] = [];
  const section = (heading: string, sidesOf: DiffSides) => {
    const own = DOCUMENT_FIELDS.flatMap((field) => {
      const [was, is] = [sidesOf.before.document[field], sidesOf.after.document[field]];
      return was === is
        ? []
        : [say('CLI_DIFF_FIELD', { field, before: fieldText(field, was), after: fieldText(field, is) })];
    });
    const diff = compareDocuments(sidesOf.before, sidesOf.after);
    const lines = diff.changes.length === 0 ? [] : describeChanges(diff, sidesOf, strings);
    if (own.length === 0 && lines.length === 0) return;
    out.push(`## ${heading}`, '');
    for (const line of own) out.push(`- ${line}`);
    for (const line of lines) {
      out.push(`- ${line.text}`);
      for (const detail of line.details) out.push(`  - ${detail}`);
    }
    out.push('');
  };
  const fieldText = (field: (typeof DOCUMENT_FIELDS)[number], value: string | undefined) =>
    field === 'status' && value !== undefined
      ? strings.documentStatus[value as TreeDocument['status']]
      : (value ?? '');
  const catalogs = [createCatalog(a.keywords), createCatalog(b.keywords)] as const;
  const oldDocuments = new Map(a.documents.map((d) => [d.id, d]));
  const newDocuments = new Map(b.documents.map((d) => [d.id, d]));
  for (const document of b.documents) {
    const old = oldDocuments.get(document.id);
    const heading = say('CLI_DIFF_DOCUMENT', {
      kind: strings.documentKind[document.kind],
      title: document.title,
      file: documentPath(document),
      state: old ? 'changed' : 'added',
    });
    if (!old) {
      out.push(`## ${heading}`, '');
      continue;
    }
    section(heading, {
      before: { document: old, catalog: catalogs[0] },
      after: { document, catalog: catalogs[1] },
    });
  }
  for (const document of a.documents)
    if (!newDocuments.has(document.id))
      out.push(
        `## ${say('CLI_DIFF_DOCUMENT', {
          kind: strings.documentKind[document.kind],
          title: document.title,
          file: documentPath(document),
          state: 'removed',
        })}`,
        '',
      );
  section(say('CLI_DIFF_CATALOGUE'), {
    before: { document: catalogueDocument(a.keywords), catalog: catalogs[0] },
    after: { document: catalogueDocument(b.keywords), catalog: catalogs[1] },
  });
  stdout.write(out.length === 0 ? `${say('CLI_DIFF_NONE')}\n` : `${out.join('\n')}`);
  return 0;
}
