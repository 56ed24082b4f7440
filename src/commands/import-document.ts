import type {
  FragmentFile,
  Keyword,
  LibraryState,
  SavedVersion,
  TreeDocument,
  TreeNode,
} from '../domain/index.ts';
import {
  compareVersions,
  getChildren,
  getPlacedKeywords,
  getUniqueTerm,
  isKeywordNode,
} from '../domain/index.ts';
import { refuse, type CommandContext, type CommandResult } from './command.ts';

/** How an imported document meets the library: new, replacing one with its id, or beside it. */
export type ImportMode = 'add' | 'replace' | 'keepBoth';

const sameDefinition = (a: Keyword, b: Keyword) => JSON.stringify(a) === JSON.stringify(b);

function withKeywordIds(nodes: readonly TreeNode[], rename: ReadonlyMap<string, string>): TreeNode[] {
  return nodes.map((node) => {
    if (!isKeywordNode(node)) return node;
    const children = getChildren(node);
    return {
      ...node,
      keywordId: rename.get(node.keywordId) ?? node.keywordId,
      ...(children.length > 0 && { children: withKeywordIds(children, rename) }),
    };
  });
}

/**
 * "Importera": adds a checked fragment or template file to the library as one undoable step.
 * Replace overwrites the document with the same id and the definitions of its keywords, and keeps
 * the replaced document as a saved version (its number, marked "-ersatt" if taken); otherwise
 * a keyword whose id exists with another definition is added under a new id, so documents already
 * in the library never change meaning. Keep both gives the imported document a new id and title.
 */
export function importDocument(
  state: LibraryState,
  args: { file: FragmentFile; mode: ImportMode },
  context: CommandContext,
): CommandResult {
  const { file, mode } = args;
  const exists = state.documents.has(file.document.id);
  if (exists && mode === 'add') return refuse('duplicateId');
  const now = context.now();
  const rename = new Map<string, string>();
  const keywords: Keyword[] = [];
  for (const keyword of file.keywords) {
    const current = state.keywords.get(keyword.id);
    if (mode === 'replace' || !current) keywords.push(keyword);
    else if (!sameDefinition(current, keyword)) {
      const id = context.createId('kw');
      rename.set(keyword.id, id);
      keywords.push({ ...keyword, id });
    }
  }
  const renamed = keywords.map((keyword) =>
    keyword.scoreSources
      ? {
          ...keyword,
          scoreSources: keyword.scoreSources.map((s) => ({
            ...s,
            keywordId: rename.get(s.keywordId) ?? s.keywordId,
          })),
        }
      : keyword,
  );
  const keepBoth = exists && mode === 'keepBoth';
  const document: TreeDocument = {
    ...file.document,
    id: keepBoth ? context.createId('doc') : file.document.id,
    title: keepBoth
      ? getUniqueTerm(
          file.document.title,
          [...state.documents.values()].map((d) => d.title),
        )
      : file.document.title,
    nodes: rename.size > 0 ? withKeywordIds(file.document.nodes, rename) : file.document.nodes,
    changeLog: [...file.document.changeLog, { at: now, note: 'Importerad.' }],
    updatedAt: now,
  };
  const replaced = mode === 'replace' ? state.documents.get(file.document.id) : undefined;
  let kept: SavedVersion | undefined;
  if (replaced) {
    const taken = new Set(
      [...state.versions.values()].filter((v) => v.documentId === replaced.id).map((v) => v.version),
    );
    let version = replaced.version;
    for (let n = 1; taken.has(version); n++) version = `${replaced.version.split('-')[0]!}-ersatt.${n}`;
    kept = {
      id: context.createId('version'),
      documentId: replaced.id,
      version,
      savedAt: now,
      note: 'Sparad automatiskt när dokumentet ersattes vid import.',
      document: replaced,
      keywords: getPlacedKeywords(replaced, state.keywords),
    };
  }
  const carried = carriedFragments(state, file, now, context);
  return {
    ok: true,
    change: {
      name: 'importDocument',
      documentId: document.id,
      recipe: (draft) => {
        if (kept) draft.versions.set(kept.id, kept);
        for (const keyword of renamed) draft.keywords.set(keyword.id, keyword);
        draft.documents.set(document.id, document);
        for (const version of carried.versions) draft.versions.set(version.id, version);
        for (const keyword of carried.keywords) draft.keywords.set(keyword.id, keyword);
        for (const fragment of carried.documents) draft.documents.set(fragment.id, fragment);
      },
    },
  };
}

/**
 * The fragment versions a template's file carries, as they join the library: each version the
 * library does not have becomes a saved version (with its own keyword copies); a fragment the
 * library does not have at all also gets its working copy (the latest carried version), with the
 * keywords it needs that the catalogue lacks. Fragments and versions already there stay as they are.
 */
function carriedFragments(state: LibraryState, file: FragmentFile, now: string, context: CommandContext) {
  const versions: SavedVersion[] = [];
  const documents = new Map<string, TreeDocument>();
  const keywords = new Map<string, Keyword>();
  for (const { document, keywords: frozen } of file.fragments ?? []) {
    const have = [...state.versions.values()].some(
      (v) => v.documentId === document.id && v.version === document.version,
    );
    if (have || document.id === file.document.id) continue;
    versions.push({
      id: context.createId('version'),
      documentId: document.id,
      version: document.version,
      savedAt: now,
      note: `Importerad med ${file.document.title}.`,
      document,
      keywords: [...frozen],
    });
    if (state.documents.has(document.id)) continue;
    const latest = documents.get(document.id);
    if (!latest || compareVersions(document.version, latest.version) > 0)
      documents.set(document.id, document);
    for (const keyword of frozen) if (!state.keywords.has(keyword.id)) keywords.set(keyword.id, keyword);
  }
  return { versions, documents: [...documents.values()], keywords: [...keywords.values()] };
}
