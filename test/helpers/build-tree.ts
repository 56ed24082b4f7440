/**
 * Tree builders for tests, on the example notation (src/examples/builder.ts): a test writes the
 * small tree it needs and finds nodes and options by term and label, so it does not depend on the
 * shipped example library's ids.
 *
 * @example
 * const t = buildTree([check('Åtgärd', {}, [text('Vad', { when: when({ operator: 'checked' }) })])]);
 * evaluateDocument(t.document, t.catalog, t.answers([['Åtgärd', true]]))
 */
import type { Answers, AnswerValue, Catalog, Keyword, TreeDocument } from '../../src/domain/model.ts';
import {
  createCatalog,
  createLibraryState,
  getOptions,
  getTypeSpec,
  indexTree,
  isKeywordNode,
  type LibraryState,
} from '../../src/domain/index.ts';
import { buildDocument, type DocumentMeta, type NodeSpec } from '../../src/examples/builder.ts';

export * from '../../src/examples/builder.ts';

export interface BuiltTree {
  readonly document: TreeDocument;
  readonly keywords: readonly Keyword[];
  readonly catalog: Catalog;
  /** The document alone in a library, as the editor holds it. */
  readonly state: LibraryState;
  /** The id of the (first) node placing the keyword with this term. */
  node(term: string): string;
  keyword(term: string): Keyword;
  /** The option id with this label in the keyword with this term. */
  option(term: string, label: string): string;
  /** Answers from [term, value] pairs; a string or string[] on a choice names option labels. */
  answers(pairs: readonly (readonly [string, AnswerValue])[]): Answers;
}

/** Builds a document (id "t", a template unless `meta.kind` says otherwise) with ids prefixed "t". */
export function buildTree(specs: readonly NodeSpec[], meta: Partial<DocumentMeta> = {}): BuiltTree {
  const { document, keywords } = buildDocument(
    {
      id: 't',
      kind: 'template',
      title: 'Test',
      description: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      ...meta,
    },
    't',
    specs,
  );
  const catalog = createCatalog(keywords);
  const keyword = (term: string) => {
    const found = keywords.find((k) => k.term === term);
    if (!found) throw new Error(`no keyword "${term}"`);
    return found;
  };
  const node = (term: string) => {
    const id = keyword(term).id;
    const place = indexTree(document.nodes).ordered.find(
      (p) => isKeywordNode(p.node) && p.node.keywordId === id,
    );
    if (!place) throw new Error(`"${term}" is not placed`);
    return place.node.id;
  };
  const option = (term: string, label: string) => {
    const found = getOptions(keyword(term)).find((o) => o.label === label);
    if (!found) throw new Error(`no option "${label}" in "${term}"`);
    return found.id;
  };
  const answers = (pairs: readonly (readonly [string, AnswerValue])[]): Answers =>
    new Map(
      pairs.map(([term, value]) => {
        const kind = getTypeSpec(keyword(term).type).answer;
        const byLabel = kind === 'option' || kind === 'options';
        if (byLabel && typeof value === 'string') return [node(term), option(term, value)];
        if (byLabel && Array.isArray(value))
          return [node(term), (value as readonly string[]).map((label) => option(term, label))];
        return [node(term), value];
      }),
    );
  const state = createLibraryState({ keywords, documents: [document] });
  return { document, keywords, catalog, state, node, keyword, option, answers };
}

/** A spec of every keyword type under one heading, each with what its type needs to be complete. */
export function everyTypeSpec(): NodeSpec[] {
  return [
    {
      term: 'Alla typer',
      type: 'heading',
      children: [
        { term: 'Kryss', type: 'check' },
        { term: 'Janej', type: 'yesNo' },
        {
          term: 'Enval',
          type: 'singleChoice',
          options: [
            ['A', 1],
            ['B', 2],
          ],
        },
        {
          term: 'Flerval',
          type: 'multipleChoice',
          options: [
            ['C', 1],
            ['D', 3],
          ],
        },
        { term: 'Fri', type: 'text', maxLength: 200 },
        { term: 'Tal', type: 'number', unit: 'kg', min: 0, max: 300, decimals: 1 },
        { term: 'Dag', type: 'date' },
        { term: 'Tidpunkt', type: 'dateTime' },
        { term: 'Summa', type: 'score', scoreOf: ['enval', 'flerval'] },
      ],
    },
  ];
}
