import type { Catalog, Keyword, LibraryFile, TreeDocument, TreeNode } from '../domain/model.ts';
import {
  assembleDocument,
  compareScenario,
  isScenarioPassing,
  createCatalog,
  getClauseProblem,
  getTypeSpec,
  usesField,
  indexTree,
  isAncestor,
  isKeywordNode,
  LIMITS,
  type ScenarioDifference,
  type TreeIndex,
} from '../domain/index.ts';
import { collectFragments, type FragmentVersions, type LibraryState } from '../domain/library.ts';
import { createDiagnostic, type Diagnostic } from './diagnostics.ts';
import { checkKeyword } from './keyword-rules.ts';
import { whyNeverTrue } from './condition-rules.ts';

export interface CheckContext {
  readonly catalog: Catalog;
  /** When given, includes are resolved and include cycles found; otherwise includes are not checked. */
  readonly fragments?: FragmentVersions;
  /** Check the definitions of the keywords the document uses (off when a library checks them once). */
  readonly keywordRules?: boolean;
}

function termOf(node: TreeNode, catalog: Catalog): string {
  if (isKeywordNode(node)) return catalog.get(node.keywordId)?.term ?? node.keywordId;
  return `${node.include.fragmentId} ${node.include.version}`;
}

function findIncludeCycle(start: TreeDocument, fragments: FragmentVersions): string[] | undefined {
  const includesOf = (document: TreeDocument) =>
    indexTree(document.nodes)
      .ordered.map((place) => place.node)
      .flatMap((node) => (isKeywordNode(node) ? [] : [node.include]));
  const path: string[] = [];
  const onPath = new Set<string>();
  const done = new Set<string>();
  const visit = (document: TreeDocument): string[] | undefined => {
    if (onPath.has(document.id)) return [...path.slice(path.indexOf(document.id)), document.id];
    if (done.has(document.id)) return undefined;
    path.push(document.id);
    onPath.add(document.id);
    for (const ref of includesOf(document)) {
      const next = fragments.get(ref.fragmentId)?.get(ref.version);
      const cycle = next && visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    onPath.delete(document.id);
    done.add(document.id);
    return undefined;
  };
  return visit(start);
}

/** A few terms in words: "A", "A, B och C", "A, B, C och 2 till". */
function listTerms(terms: readonly string[], language: 'sv' | 'en'): string {
  const and = language === 'sv' ? 'och' : 'and';
  const shown = terms.slice(0, 3).map((term) => `"${term}"`);
  if (terms.length > 3)
    return `${shown.join(', ')} ${and} ${terms.length - 3} ${language === 'sv' ? 'till' : 'more'}`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${and} ${shown.at(-1)!}`;
}

/** A scenario's difference in words, Swedish and English ("nu visas "A"; journaltexten har ändrats"). */
export function describeScenarioDifference(
  difference: ScenarioDifference,
  assembled: TreeIndex,
  catalog: Catalog,
): { sv: string; en: string } {
  const termsOf = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const node = assembled.places.get(id)?.node;
      return node ? [termOf(node, catalog)] : [];
    });
  const shown = termsOf(difference.shown);
  const hidden = termsOf(difference.hidden);
  const gone = difference.hidden.length - hidden.length;
  const orphans = difference.orphanAnswers.length;
  const words = (language: 'sv' | 'en') => {
    const sv = language === 'sv';
    const parts: string[] = [];
    if (shown.length > 0) parts.push(`${sv ? 'nu visas' : 'now shows'} ${listTerms(shown, language)}`);
    if (hidden.length > 0)
      parts.push(`${sv ? 'visas inte längre' : 'no longer shows'} ${listTerms(hidden, language)}`);
    if (gone > 0)
      parts.push(
        sv ? `${gone} sökord som visades finns inte längre` : `${gone} keywords that showed are gone`,
      );
    if (orphans > 0)
      parts.push(
        sv
          ? `${orphans} svar hör till sökord som inte finns längre`
          : `${orphans} answers belong to keywords that are gone`,
      );
    if (difference.noteChanged) parts.push(sv ? 'journaltexten har ändrats' : 'the note text has changed');
    return parts.join('; ');
  };
  return { sv: words('sv'), en: words('en') };
}

/** Re-runs every saved Testfall on the assembled document; one warning per scenario whose outcome changed. */
function checkScenarios(document: TreeDocument, ownIndex: TreeIndex, context: CheckContext): Diagnostic[] {
  const { catalog, fragments } = context;
  const assembled = assembleDocument(document, (ref) => fragments?.get(ref.fragmentId)?.get(ref.version));
  const assembledIndex = indexTree(assembled.nodes);
  const out: Diagnostic[] = [];
  for (const scenario of document.scenarios ?? []) {
    const difference = compareScenario(assembled, catalog, scenario);
    if (isScenarioPassing(difference)) continue;
    const what = describeScenarioDifference(difference, assembledIndex, catalog);
    const pointAt = [...difference.shown, ...difference.hidden].find((id) => ownIndex.places.has(id));
    out.push(
      createDiagnostic(
        'SCENARIO_CHANGED',
        { name: scenario.name, what_sv: what.sv, what_en: what.en },
        pointAt ? { documentId: document.id, nodeId: pointAt } : { documentId: document.id },
      ),
    );
  }
  return out;
}

/**
 * Every semantic rule over one template or fragment: ids, keywords, conditions, value lists,
 * structure, naming, scores, includes and size limits. Fast enough to run on every edit
 * (measured in test/bench).
 */
export function checkDocument(document: TreeDocument, context: CheckContext): Diagnostic[] {
  const { catalog } = context;
  const out: Diagnostic[] = [];
  const documentId = document.id;
  const index = indexTree(document.nodes);
  const count = index.ordered.length;

  if (count > LIMITS.nodes)
    out.push(createDiagnostic('TOO_MANY_NODES', { count, limit: LIMITS.nodes }, { documentId }));
  else if (count > LIMITS.nodesWarning) {
    out.push(createDiagnostic('MANY_NODES', { count, limit: LIMITS.nodesWarning }, { documentId }));
  }
  if (index.maxDepth > LIMITS.treeDepth) {
    out.push(
      createDiagnostic('TREE_TOO_DEEP', { depth: index.maxDepth, limit: LIMITS.treeDepth }, { documentId }),
    );
  } else if (index.maxDepth > LIMITS.treeDepthWarning) {
    out.push(
      createDiagnostic(
        'TREE_DEEP',
        { depth: index.maxDepth, limit: LIMITS.treeDepthWarning },
        { documentId },
      ),
    );
  }
  if (document.kind === 'fragment' && document.nodes.length !== 1) {
    out.push(createDiagnostic('FRAGMENT_ROOT', { count: document.nodes.length }, { documentId }));
  }
  for (const id of new Set(index.duplicateIds)) {
    out.push(createDiagnostic('DUPLICATE_NODE_ID', { id }, { documentId, nodeId: id }));
  }

  const keywordOf = (node: TreeNode): Keyword | undefined =>
    isKeywordNode(node) ? catalog.get(node.keywordId) : undefined;
  const firstPlacement = new Map<string, number>();
  for (const place of index.ordered) {
    if (isKeywordNode(place.node) && !firstPlacement.has(place.node.keywordId)) {
      firstPlacement.set(place.node.keywordId, place.order);
    }
  }
  const siblingTerms = new Map<string | null, Set<string>>();
  const checkedKeywords = new Set<string>();

  for (const place of index.ordered) {
    const { node } = place;
    const at = { documentId, nodeId: node.id };
    const term = termOf(node, catalog);
    const keyword = keywordOf(node);

    if (isKeywordNode(node)) {
      if (!keyword) out.push(createDiagnostic('UNKNOWN_KEYWORD', { keywordId: node.keywordId }, at));
      else {
        if (keyword.status === 'retired') out.push(createDiagnostic('RETIRED_KEYWORD', { term }, at));
        if (getTypeSpec(keyword.type).answer === 'none' && (node.children?.length ?? 0) === 0) {
          out.push(createDiagnostic('HEADING_WITHOUT_CHILDREN', { term }, at));
        }
        if (context.keywordRules !== false && !checkedKeywords.has(keyword.id)) {
          checkedKeywords.add(keyword.id);
          out.push(...checkKeyword(keyword, catalog, at));
        }
        if (usesField(keyword.type, 'scoreSources')) {
          for (const source of keyword.scoreSources ?? []) {
            const sourceKeyword = catalog.get(source.keywordId);
            if (!sourceKeyword) continue;
            const placedAt = firstPlacement.get(source.keywordId);
            if (placedAt === undefined) {
              out.push(
                createDiagnostic('SCORE_SOURCE_NOT_PLACED', { term, sourceTerm: sourceKeyword.term }, at),
              );
            } else if (placedAt > place.order) {
              out.push(createDiagnostic('SCORE_SOURCE_LATER', { term, sourceTerm: sourceKeyword.term }, at));
            }
          }
        }
      }
    } else if (
      context.fragments &&
      !context.fragments.get(node.include.fragmentId)?.get(node.include.version)
    ) {
      out.push(createDiagnostic('INCLUDE_NOT_FOUND', { ...node.include }, at));
    }

    const siblings = siblingTerms.get(place.parentId) ?? new Set<string>();
    siblingTerms.set(place.parentId, siblings);
    const key = term.trim().toLocaleLowerCase('sv');
    if (keyword && siblings.has(key)) out.push(createDiagnostic('DUPLICATE_SIBLING_TERM', { term }, at));
    siblings.add(key);

    const parent = place.parentId === null ? undefined : index.places.get(place.parentId);
    const parentKeyword = parent && keywordOf(parent.node);
    if (parentKeyword && getTypeSpec(parentKeyword.type).dynamicOperator && !node.showWhen) {
      out.push(createDiagnostic('CHILD_NEVER_FOLDS', { term, parentTerm: parentKeyword.term }, at));
    }

    if (node.showWhen) {
      let wellFormed = true;
      for (const clause of node.showWhen.clauses) {
        const source = index.places.get(clause.source);
        const sourceTerm = source ? termOf(source.node, catalog) : clause.source;
        if (!source)
          out.push(createDiagnostic('CONDITION_SOURCE_MISSING', { term, source: clause.source }, at));
        else if (source.node.id === node.id)
          out.push(createDiagnostic('CONDITION_SOURCE_SELF', { term }, at));
        else if (isAncestor(index, node.id, source.node.id)) {
          out.push(createDiagnostic('CONDITION_SOURCE_DESCENDANT', { term, sourceTerm }, at));
        } else if (source.order > place.order) {
          out.push(createDiagnostic('CONDITION_SOURCE_LATER', { term, sourceTerm }, at));
        } else {
          const problem = getClauseProblem(clause, keywordOf(source.node));
          if (!problem) continue;
          out.push(createDiagnostic(problem.code, { term, sourceTerm, ...problem.params }, at));
        }
        wellFormed = false;
      }
      if (wellFormed) {
        const why = whyNeverTrue(node.showWhen, (c) => keywordOf(index.places.get(c.source)!.node), catalog);
        if (why)
          out.push(createDiagnostic('CONDITION_NEVER_TRUE', { term, why_sv: why.sv, why_en: why.en }, at));
      }
    }
  }

  let cycle: string[] | undefined;
  if (context.fragments) {
    cycle = findIncludeCycle(document, context.fragments);
    if (cycle) out.push(createDiagnostic('INCLUDE_CYCLE', { cycle: cycle.join(' → ') }, { documentId }));
  }
  if (document.scenarios?.length && !cycle) out.push(...checkScenarios(document, index, context));
  return out;
}

/**
 * Kontroll for the open document: its rules with the library's keywords and fragments. What the
 * live checks run after every change (in a worker, see features/diagnostics/live-checks.ts).
 */
export function checkLibraryDocument(library: LibraryState, documentId: string): Diagnostic[] {
  const document = library.documents.get(documentId);
  if (!document) return [];
  const fragments = collectFragments({
    documents: [...library.documents.values()],
    versions: [...library.versions.values()],
  });
  return checkDocument(document, { catalog: library.keywords, fragments });
}

/** Checks a whole library: the catalogue once, then every document with includes resolved. */
export function checkLibrary(
  library: Pick<LibraryFile, 'keywords' | 'documents' | 'versions'>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const catalog = createCatalog(library.keywords);
  const seen = new Set<string>();
  for (const keyword of library.keywords) {
    if (seen.has(keyword.id))
      out.push(createDiagnostic('DUPLICATE_KEYWORD_ID', { id: keyword.id }, { keywordId: keyword.id }));
    seen.add(keyword.id);
    out.push(...checkKeyword(keyword, catalog));
  }
  const fragments = collectFragments(library);
  for (const document of library.documents) {
    out.push(...checkDocument(document, { catalog, fragments, keywordRules: false }));
  }
  return out;
}

/** Checks a fragment file: duplicate keyword ids in it, then the document against its own keywords. */
export function checkFragmentFile(file: {
  keywords: readonly Keyword[];
  document: TreeDocument;
}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const keyword of file.keywords) {
    if (seen.has(keyword.id))
      out.push(createDiagnostic('DUPLICATE_KEYWORD_ID', { id: keyword.id }, { keywordId: keyword.id }));
    seen.add(keyword.id);
  }
  out.push(...checkDocument(file.document, { catalog: createCatalog(file.keywords) }));
  return out;
}
