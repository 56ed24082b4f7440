import type { IncludedFragment, Keyword, LibraryFile, TreeDocument } from '../domain/model.ts';
import { createCatalog, freezeWorkingCopyPins, LIMITS } from '../domain/index.ts';
import {
  collectCarriedFragments,
  collectFragments,
  mergeFragmentVersions,
  type FragmentVersions,
  type LibraryState,
} from '../domain/library.ts';
import { createDiagnostic, type Diagnostic } from './diagnostics.ts';
import { checkKeyword } from './keyword-rules.ts';
import { documentShapeRules } from './document-rules.ts';
import { findIncludeCycle } from './include-cycle.ts';
import { conditionRules, placementRules, siblingRules, type NodeRule } from './node-rules.ts';
import { scenarioRules } from './scenario-rules.ts';
import { createRuleInput, type CheckContext, type RuleInput } from './rule-input.ts';

export type { CheckContext } from './rule-input.ts';
export { describeScenarioDifference } from './scenario-rules.ts';

/** The node rule families, in the order their findings are listed for each node. */
const NODE_RULES: readonly ((input: RuleInput) => NodeRule)[] = [
  placementRules,
  siblingRules,
  conditionRules,
];

/**
 * Every semantic rule over one template or fragment: its shape and size, then per node what it
 * places, its siblings and its condition, then include cycles and the saved Testfall. Fast enough
 * to run on every edit (measured in test/bench).
 */
export function checkDocument(document: TreeDocument, context: CheckContext): Diagnostic[] {
  const input = createRuleInput(document, context);
  const out = documentShapeRules(input);
  const rules = NODE_RULES.map((family) => family(input));
  for (const place of input.index.ordered) for (const rule of rules) rule(place, out);
  const cycle = context.fragments && findIncludeCycle(document, context.fragments);
  if (cycle)
    out.push(
      createDiagnostic(
        'INCLUDE_CYCLE',
        {
          cycle: cycle
            .map((id) => (id === document.id ? document.title : (context.fragmentTitles?.get(id) ?? id)))
            .join(' → '),
        },
        { documentId: document.id },
      ),
    );
  else if (input.assemblyStop && input.assemblyStop.reason !== 'cycle') {
    const { reason, chain, nodes } = input.assemblyStop;
    const titleOf = (id: string) =>
      id === document.id ? document.title : (context.fragmentTitles?.get(id) ?? id);
    out.push(
      createDiagnostic(
        'INCLUDE_TOO_LARGE',
        { reason, nodes, limit: LIMITS.nodes, chain: [document.id, ...chain].map(titleOf).join(' → ') },
        { documentId: document.id },
      ),
    );
  }
  // Testfall are played on the assembled document: not on one left half assembled.
  else if (document.scenarios?.length) out.push(...scenarioRules(input));
  return out;
}

/**
 * Kontroll for the open document: its rules with the library's keywords and fragments. What the
 * live checks run after every change (in a worker, see features/diagnostics/live-checks.ts).
 */
export function checkLibraryDocument(library: LibraryState, documentId: string): Diagnostic[] {
  const document = library.documents.get(documentId);
  if (!document) return [];
  const fragments = collectFragments({ versions: library.versions.values() });
  const fragmentTitles = new Map(
    [...library.documents.values()].filter((d) => d.kind === 'fragment').map((d) => [d.id, d.title]),
  );
  return checkDocument(document, { catalog: library.keywords, fragments, fragmentTitles });
}

/** Checks a whole library: the catalogue once, then every document with includes resolved. */
export function checkLibrary(
  library: Pick<LibraryFile, 'keywords' | 'documents' | 'versions'>,
): Diagnostic[] {
  const { keywords, documents } = checkLibraryByRecord(library);
  return [...keywords, ...[...documents.values()].flat()];
}

/** The same checks, with the findings of the catalogue and of each document (by id) apart. */
export function checkLibraryByRecord(library: Pick<LibraryFile, 'keywords' | 'documents' | 'versions'>): {
  readonly keywords: Diagnostic[];
  readonly documents: Map<string, Diagnostic[]>;
} {
  const keywords: Diagnostic[] = [];
  const catalog = createCatalog(library.keywords);
  const seen = new Set<string>();
  for (const keyword of library.keywords) {
    if (seen.has(keyword.id))
      keywords.push(createDiagnostic('DUPLICATE_KEYWORD_ID', { id: keyword.id }, { keywordId: keyword.id }));
    seen.add(keyword.id);
    keywords.push(...checkKeyword(keyword, catalog));
  }
  // A library from before pins needed saved versions resolves as reading it would freeze it.
  const frozen = freezeWorkingCopyPins(library, '', (prefix) => prefix);
  const fragments = collectFragments({ versions: [...library.versions, ...frozen] });
  const documents = new Map<string, Diagnostic[]>();
  for (const document of library.documents) {
    // Two records under one id: one would silently replace the other (issue 18, case 14).
    if (documents.has(document.id))
      documents
        .get(document.id)!
        .push(createDiagnostic('DUPLICATE_DOCUMENT_ID', { id: document.id }, { documentId: document.id }));
    const found = checkDocument(document, { catalog, fragments, keywordRules: false });
    documents.set(document.id, [...(documents.get(document.id) ?? []), ...found]);
  }
  return { keywords, documents };
}

/**
 * Checks a fragment file: duplicate keyword ids in it, then the document against its own keywords
 * and the fragment versions it carries (an include of one it does not carry is INCLUDE_NOT_FOUND).
 */
export function checkFragmentFile(
  file: {
    keywords: readonly Keyword[];
    document: TreeDocument;
    fragments?: readonly IncludedFragment[];
  },
  /** Fragment versions the file may also use (the library it goes into). */
  available: FragmentVersions = new Map(),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const keyword of file.keywords) {
    if (seen.has(keyword.id))
      out.push(createDiagnostic('DUPLICATE_KEYWORD_ID', { id: keyword.id }, { keywordId: keyword.id }));
    seen.add(keyword.id);
  }
  out.push(
    ...checkDocument(file.document, {
      catalog: createCatalog(file.keywords),
      fragments: mergeFragmentVersions(collectCarriedFragments(file.fragments ?? []), available),
    }),
  );
  return out;
}
