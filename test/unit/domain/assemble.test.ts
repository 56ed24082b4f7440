import { describe, expect, it } from 'vitest';
import {
  assembleDocument,
  evaluateDocument,
  findInvariantViolations,
  getNoteText,
  indexTree,
} from '../../../src/domain/index.ts';
import { answersByTerm, exampleCatalog, exampleDocument } from '../../helpers/examples.ts';

const fragment = exampleDocument('exempel-1177-fragment');
const resolve = (ref: { fragmentId: string; version: string }) =>
  ref.fragmentId === fragment.id && ref.version === fragment.version
    ? { document: fragment, catalog: exampleCatalog }
    : undefined;

describe('assembleDocument', () => {
  it('puts the included fragment in place, with unique ids and conditions that follow', () => {
    const template = exampleDocument('exempel-mottagningsbesok-1177');
    const { document: assembled } = assembleDocument(template, exampleCatalog, resolve);
    const index = indexTree(assembled.nodes);
    expect(index.ordered).toHaveLength(indexTree(fragment.nodes).ordered.length + 2);
    expect(findInvariantViolations(assembled)).toEqual([]);
    const atgard = index.places.get('mall1177-inkludera-fragment.atg1177-atgard')!;
    expect(atgard.node.showWhen?.clauses[0]?.source).toBe(
      'mall1177-inkludera-fragment.atg1177-begransande-eller-tillgangliggorande-atgarder-11',
    );
  });

  it('lets the template be filled in and write its note through the fragment (domain-knowledge.md §2.4)', () => {
    const { document: assembled } = assembleDocument(
      exampleDocument('exempel-mottagningsbesok-1177'),
      exampleCatalog,
      resolve,
    );
    const answers = answersByTerm(assembled, [
      ['Begränsande eller tillgängliggörande åtgärder 1177', 'Ja'],
      ['Åtgärd', 'Tillgängliggörande'],
    ]);
    expect(evaluateDocument(assembled, exampleCatalog, answers).visible.size).toBeGreaterThan(5);
    expect(getNoteText(assembled, exampleCatalog, answers)).toBe(
      [
        'Utförda åtgärder',
        '  Begränsande eller tillgängliggörande åtgärder 1177: Ja',
        '    Åtgärd: Tillgängliggörande',
      ].join('\n'),
    );
  });

  it('gives a document without includes back as it is, with the same catalogue (no copy)', () => {
    const plain = fragment;
    const assembled = assembleDocument(plain, exampleCatalog, () => {
      throw new Error('a document without includes resolves nothing');
    });
    expect(assembled.document).toBe(plain);
    expect(assembled.catalog).toBe(exampleCatalog);
    expect(assembled.includes.size).toBe(0);
    expect(assembled.stopped).toBeUndefined();
    // One include anywhere, even unresolved, and the document is assembled (a new object).
    const template = exampleDocument('exempel-mottagningsbesok-1177');
    expect(assembleDocument(template, exampleCatalog, () => undefined).document).not.toBe(template);
  });

  it('leaves an include it cannot resolve in place', () => {
    const template = exampleDocument('exempel-mottagningsbesok-1177');
    expect(assembleDocument(template, exampleCatalog, () => undefined).document).toEqual(template);
  });
});
