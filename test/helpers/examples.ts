import type { Answers, AnswerValue, Catalog, TreeDocument, TreeNode } from '../../src/domain/model.ts';
import { createCatalog, indexTree, isChoiceType, isKeywordNode } from '../../src/domain/index.ts';
import { buildExampleLibrary } from '../../src/examples/library.ts';

const library = buildExampleLibrary();

/** The shipped example library, built fresh. */
export const exampleLibrary = () => buildExampleLibrary();
export const exampleCatalog: Catalog = createCatalog(library.keywords);

/** An example document by id. */
export function exampleDocument(id: string): TreeDocument {
  const document = buildExampleLibrary().documents.find((d) => d.id === id);
  if (!document) throw new Error(`no example ${id}`);
  return document;
}

/** The id of the node placing the keyword with this term (the first, in document order). */
export function nodeIdByTerm(
  document: TreeDocument,
  term: string,
  catalog: Catalog = exampleCatalog,
): string {
  const place = indexTree(document.nodes).ordered.find(
    (p) => isKeywordNode(p.node) && catalog.get(p.node.keywordId)?.term === term,
  );
  if (!place) throw new Error(`no node "${term}" in ${document.id}`);
  return place.node.id;
}

/** The option id with this label in the keyword placed at a node. */
export function optionId(
  document: TreeDocument,
  term: string,
  label: string,
  catalog: Catalog = exampleCatalog,
): string {
  const node = indexTree(document.nodes).places.get(nodeIdByTerm(document, term, catalog))!
    .node as TreeNode & { keywordId: string };
  const keyword = catalog.get(node.keywordId)!;
  if (keyword.type === 'yesNo' || keyword.type === 'check') return label === 'Ja' ? 'ja' : 'nej';
  const option = keyword.options?.find((o) => o.label === label);
  if (!option) throw new Error(`no option "${label}" in ${term}`);
  return option.id;
}

/** Builds answers from [term, value] pairs, where a string value is an option label (or free text). */
export function answersByTerm(
  document: TreeDocument,
  pairs: readonly (readonly [string, AnswerValue])[],
): Answers {
  const answers = new Map<string, AnswerValue>();
  for (const [term, value] of pairs) {
    const id = nodeIdByTerm(document, term);
    const keyword = exampleCatalog.get(
      (indexTree(document.nodes).places.get(id)!.node as { keywordId: string }).keywordId,
    )!;
    const isChoice = isChoiceType(keyword.type);
    if (isChoice && typeof value === 'string') answers.set(id, optionId(document, term, value));
    else if (isChoice && Array.isArray(value))
      answers.set(
        id,
        value.map((label: string) => optionId(document, term, label)),
      );
    else answers.set(id, value);
  }
  return answers;
}

/** The id of the example keyword with this term, so a test names what it means, not a generated id. */
export function exampleKeywordId(term: string): string {
  const keyword = library.keywords.find((k) => k.term === term);
  if (!keyword) throw new Error(`no example keyword "${term}"`);
  return keyword.id;
}

/** The id of the node placing this term in an example document (the first, in document order). */
export function exampleNodeId(documentId: string, term: string): string {
  const document = library.documents.find((d) => d.id === documentId);
  if (!document) throw new Error(`no example ${documentId}`);
  return nodeIdByTerm(document, term);
}
