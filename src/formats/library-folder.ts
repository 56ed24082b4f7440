import type {
  Keyword,
  KeywordType,
  LibraryFile,
  SavedVersion,
  TrashEntry,
  TreeDocument,
} from '../domain/model.ts';
import { KEYWORD_TYPE_ORDER } from '../domain/keyword-types.ts';

/**
 * A library as a folder of plain files that a team keeps in git: one file per template, fragment,
 * keyword group (the keywords of one type), saved version and Papperskorg entry. Files are named by
 * id, which never changes, so a rename is an edit inside one file and never a file move.
 *
 *   termverkstad.json            what the folder is (format and version)
 *   README.md                    this layout, for people who find the folder
 *   keywords/<type>.json         the catalogue, one file per keyword type, keywords sorted by id
 *   keywords/<type>/<xx>.json    a type of more than 2,000 keywords, split in 64 by id (see keywordPath)
 *   templates/<id>.json          a template (mall)
 *   fragments/<id>.json          a fragment
 *   versions/<documentId>/<version>_<id>.json   a saved version (written once, never changed)
 *   trash/<id>.json              a deleted document, recoverable for 30 days
 */
export const FOLDER_FORMAT = 'termverkstad-folder';
export const FOLDER_FORMAT_VERSION = 1;
export const MANIFEST_PATH = 'termverkstad.json';
export const README_PATH = 'README.md';

/** One file of a library folder: its path inside the folder (always with '/') and its text. */
export interface FolderFile {
  readonly path: string;
  readonly text: string;
}

/** What a path in a library folder holds. */
export type FolderEntry =
  | { readonly kind: 'manifest' }
  | { readonly kind: 'readme' }
  | { readonly kind: 'keywords'; readonly type: string }
  | { readonly kind: 'document'; readonly documentKind: TreeDocument['kind']; readonly id: string }
  | { readonly kind: 'version'; readonly documentId: string; readonly id: string }
  | { readonly kind: 'trash'; readonly id: string }
  | { readonly kind: 'other' };

/** The content of a keyword group file. */
export interface KeywordGroupFile {
  readonly format: 'termverkstad-keywords';
  readonly formatVersion: 1;
  readonly type: KeywordType;
  readonly keywords: readonly Keyword[];
}

const FIRST_KEYS = ['format', 'formatVersion', 'id', 'kind', 'keywordId', 'include', 'term', 'title', 'type'];
const LAST_KEYS = ['nodes', 'children'];

function keyRank(key: string): number {
  const first = FIRST_KEYS.indexOf(key);
  if (first >= 0) return first - FIRST_KEYS.length;
  const last = LAST_KEYS.indexOf(key);
  return last >= 0 ? 1 + last : 0;
}

function compareKeys(a: string, b: string): number {
  return keyRank(a) - keyRank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compareKeys)) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) out[key] = canonical(item);
  }
  return out;
}

/**
 * JSON that is byte-identical for equal content: keys in one fixed order (identity first, a node's
 * children last, the rest alphabetical), two-space indent, LF, a final newline. Arrays keep their
 * order, which means something (the order of keywords in a tree).
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(canonical(value), null, 2)}\n`;
}

const ID = '[A-Za-z0-9_-]{1,64}';
const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => FolderEntry][] = [
  [/^termverkstad\.json$/, () => ({ kind: 'manifest' })],
  [/^README\.md$/, () => ({ kind: 'readme' })],
  [/^keywords\/([A-Za-z]{1,40})\.json$/, (m) => ({ kind: 'keywords', type: m[1]! })],
  [/^keywords\/([A-Za-z]{1,40})\/[0-9a-f]{2}\.json$/, (m) => ({ kind: 'keywords', type: m[1]! })],
  [
    new RegExp(`^templates/(${ID})\\.json$`),
    (m) => ({ kind: 'document', documentKind: 'template', id: m[1]! }),
  ],
  [
    new RegExp(`^fragments/(${ID})\\.json$`),
    (m) => ({ kind: 'document', documentKind: 'fragment', id: m[1]! }),
  ],
  [
    new RegExp(`^versions/(${ID})/[0-9A-Za-z.+-]{1,80}_(${ID})\\.json$`),
    (m) => ({ kind: 'version', documentId: m[1]!, id: m[2]! }),
  ],
  [new RegExp(`^trash/(${ID})\\.json$`), (m) => ({ kind: 'trash', id: m[1]! })],
];

/** What a path in the folder holds, going by the layout alone. */
export function classifyPath(path: string): FolderEntry {
  for (const [pattern, entry] of PATTERNS) {
    const match = pattern.exec(path);
    if (match) return entry(match);
  }
  return { kind: 'other' };
}

export const documentPath = (document: Pick<TreeDocument, 'id' | 'kind'>) =>
  `${document.kind === 'template' ? 'templates' : 'fragments'}/${document.id}.json`;
export const versionPath = (version: Pick<SavedVersion, 'id' | 'documentId' | 'version'>) =>
  `versions/${version.documentId}/${version.version}_${version.id}.json`;
export const trashPath = (entry: Pick<TrashEntry, 'id'>) => `trash/${entry.id}.json`;
export const keywordGroupPath = (type: KeywordType) => `keywords/${type}.json`;

/**
 * A type with more keywords than this is written in KEYWORD_SHARDS files (keywords/<type>/<xx>.json)
 * instead of one: 50,000 keywords of one type made a 39 MB file that the folder's own 25 MB limit
 * per file then refused (issue 18). A keyword's file follows from its id alone, so adding one
 * changes one file and git merges stay small.
 */
export const KEYWORD_SHARD_ABOVE = 2000;
export const KEYWORD_SHARDS = 64;

/** FNV-1a of the id: which of the type's shard files a keyword is in ("00" to "3f"). */
function shardOf(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return ((hash >>> 0) % KEYWORD_SHARDS).toString(16).padStart(2, '0');
}

/** The file a keyword is written to, given how many keywords its type has. */
export const keywordPath = (keyword: Pick<Keyword, 'id' | 'type'>, keywordsOfType: number) =>
  keywordsOfType > KEYWORD_SHARD_ABOVE
    ? `keywords/${keyword.type}/${shardOf(keyword.id)}.json`
    : keywordGroupPath(keyword.type);

const byId = <T extends { readonly id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The keywords of a catalogue by type. */
export function keywordsByType(keywords: Iterable<Keyword>): Map<KeywordType, Keyword[]> {
  const groups = new Map<KeywordType, Keyword[]>();
  for (const keyword of keywords) {
    const group = groups.get(keyword.type) ?? [];
    group.push(keyword);
    groups.set(keyword.type, group);
  }
  return groups;
}

/** The files a catalogue's keywords are in, by type (see keywordPath). */
export function keywordFilePaths(keywords: Iterable<Keyword>): Map<KeywordType, Set<string>> {
  const paths = new Map<KeywordType, Set<string>>();
  for (const [type, group] of keywordsByType(keywords))
    paths.set(type, new Set(group.map((keyword) => keywordPath(keyword, group.length))));
  return paths;
}

/**
 * The keyword group files of a catalogue: one per type that has keywords (or its shards, when the
 * type has more than KEYWORD_SHARD_ABOVE), keywords sorted by id.
 */
export function keywordGroupFiles(keywords: Iterable<Keyword>): FolderFile[] {
  const groups = keywordsByType(keywords);
  return KEYWORD_TYPE_ORDER.filter((type) => groups.has(type)).flatMap((type) => {
    const group = groups.get(type)!.sort(byId);
    const files = new Map<string, Keyword[]>();
    for (const keyword of group) {
      const path = keywordPath(keyword, group.length);
      const list = files.get(path) ?? [];
      list.push(keyword);
      files.set(path, list);
    }
    return [...files]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([path, list]) => {
        const file: KeywordGroupFile = {
          format: 'termverkstad-keywords',
          formatVersion: 1,
          type,
          keywords: list,
        };
        return { path, text: stableJson(file) };
      });
  });
}

export const manifestText = () => stableJson({ format: FOLDER_FORMAT, formatVersion: FOLDER_FORMAT_VERSION });

/** The README the app writes into a library folder, so anyone who finds it knows what it is. */
export const README_TEXT = `# Termverkstad library

This folder is a Termverkstad library: the keyword trees of Cambio Cosmic documentation templates,
kept as plain files so that a team can share them in git and review changes in merge requests.
Open it in Termverkstad with "Öppna mapp"; check it with \`termverkstad validate .\`.

| Path | Holds |
| --- | --- |
| \`termverkstad.json\` | what this folder is (format and version) |
| \`keywords/<type>.json\` | the keyword catalogue, one file per keyword type, sorted by id (a type of more than 2,000 keywords is split into \`keywords/<type>/<00–3f>.json\` by id) |
| \`templates/<id>.json\` | one template (mall) |
| \`fragments/<id>.json\` | one fragment |
| \`versions/<document id>/<version>_<id>.json\` | a saved version; written once, never changed |
| \`trash/<id>.json\` | a deleted document (Papperskorg), recoverable for 30 days |

Files are named by id, which never changes; titles and terms are inside. Every file is written the
same way (keys in a fixed order, two-space indent, LF), so one changed keyword is one small hunk in
\`git diff\`. To let git merge two people's edits keyword by keyword, add the merge driver:

    git config merge.termverkstad.driver "npx termverkstad merge-driver %O %A %B %P"
    echo "*.json merge=termverkstad" >> .gitattributes
`;

/** Every file of a library, in a fixed order. The same library always gives the same bytes. */
export function toFolderFiles(library: Omit<LibraryFile, 'format' | 'formatVersion'>): FolderFile[] {
  const files: FolderFile[] = [
    { path: MANIFEST_PATH, text: manifestText() },
    { path: README_PATH, text: README_TEXT },
    ...keywordGroupFiles(library.keywords),
  ];
  for (const document of [...library.documents].sort(byId))
    files.push({ path: documentPath(document), text: stableJson(document) });
  for (const version of [...library.versions].sort(byId))
    files.push({ path: versionPath(version), text: stableJson(version) });
  for (const entry of [...(library.trash ?? [])].sort(byId))
    files.push({ path: trashPath(entry), text: stableJson(entry) });
  return files;
}
