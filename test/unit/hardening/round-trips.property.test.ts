/**
 * Round trips on generated trees (issue 18, deliverable 6): random edit sequences on real trees
 * (moves, inserts of catalogue keywords, duplicates, conditions, required), then each way out and
 * back in: the fragment file, FHIR R4 (which must also be valid FHIR), and the library folder.
 * What comes back must equal what went out. Fixed seed and bounded runs; FUZZ_RUNS/FUZZ_SEED as in
 * readers.fuzz.test.ts.
 */
import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { TreeDocument } from '../../../src/domain/model.ts';
import {
  createCatalog,
  getPlacedKeywords,
  indexTree,
  isKeywordNode,
  takesAnswer,
} from '../../../src/domain/index.ts';
import { checkImport } from '../../../src/exchange/import-file.ts';
import { toQuestionnaire } from '../../../src/formats/fhir-export.ts';
import { findQuestionnaireViolations } from '../../../src/formats/fhir-invariants.ts';
import { toFragmentFile } from '../../../src/formats/fragment-file.ts';
import { toFolderFiles } from '../../../src/formats/library-folder.ts';
import { inWords } from '../../../src/i18n/in-words.ts';
import { checkFolder } from '../../../src/validation/check-folder.ts';
import { buildBaseFragment } from '../../helpers/base-fragment.ts';
import { exampleCatalog, exampleDocument } from '../../helpers/examples.ts';
import { validateQuestionnaire } from '../../helpers/fhir-schema.ts';
import { operation, toEdit } from '../../helpers/random-edits.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SETTINGS = { seed: Number(process.env.FUZZ_SEED ?? 18), numRuns: RUNS } as const;
const NOW = '2026-12-02T08:00:00.000Z';

const base = buildBaseFragment();
const catalog = createCatalog([...exampleCatalog.values(), ...base.keywords]);
const STARTS: Record<string, () => TreeDocument> = {
  base: () => base.document,
  fragment1177: () => exampleDocument('exempel-1177-fragment'),
  levnadsvanor: () => exampleDocument('exempel-levnadsvanor'),
};
/** Keywords an inserted node may place: those the start trees use (every type). */
const KEYWORDS = [
  ...new Set(Object.values(STARTS).flatMap((start) => getPlacedKeywords(start(), catalog))),
].map((keyword) => keyword.id);

/** A start tree changed by a random sequence of edits (refused edits skipped). */
const editedTree = fc
  .tuple(fc.constantFrom(...Object.keys(STARTS)), fc.array(operation, { maxLength: 25 }))
  .map(([name, operations]) => {
    let document = STARTS[name]!();
    let counter = 0;
    for (const op of operations) {
      const outcome = toEdit(
        document,
        op,
        () => `ny-${++counter}`,
        (n) => KEYWORDS[n % KEYWORDS.length]!,
      );
      if (outcome?.ok) document = produce(document, outcome.recipe);
    }
    // As the app allows: a heading or a score is never required (setRequired refuses it).
    return produce(document, (draft) => {
      for (const { node } of indexTree(draft.nodes).ordered)
        if (isKeywordNode(node) && !takesAnswer(catalog.get(node.keywordId)!.type)) delete node.required;
    });
  });

const keywordCount = (document: TreeDocument) =>
  indexTree(document.nodes).ordered.filter(({ node }) => isKeywordNode(node)).length;

describe('round trips of generated trees (fixed seed)', () => {
  it('fragment file → Importera gives back the same document and keywords', () => {
    fc.assert(
      fc.property(editedTree, (document) => {
        const text = JSON.stringify(toFragmentFile(document, catalog, NOW));
        const result = checkImport(text, Buffer.byteLength(text), NOW);
        if (!result.ok) throw new Error(inWords(result.reason, 'en'));
        expect(result.source).toBe('termverkstad');
        expect(result.file.document).toEqual(document);
        expect(result.file.keywords).toEqual(getPlacedKeywords(document, catalog));
      }),
      SETTINGS,
    );
  });

  it('FHIR R4 export is valid FHIR, and importing it gives back the same document and keywords', () => {
    fc.assert(
      fc.property(editedTree, (document) => {
        const questionnaire = toQuestionnaire(document, catalog);
        expect(validateQuestionnaire(questionnaire) ? [] : validateQuestionnaire.errors).toEqual([]);
        expect(findQuestionnaireViolations(questionnaire)).toEqual([]);
        const text = JSON.stringify(questionnaire);
        const result = checkImport(text, Buffer.byteLength(text), NOW);
        if (!result.ok) throw new Error(inWords(result.reason, 'en'));
        expect(result.kept).toEqual([]);
        expect(keywordCount(result.file.document)).toBe(keywordCount(document));
        expect(result.file.document).toEqual(document);
        const byId = <T extends { id: string }>(list: readonly T[]) =>
          [...list].sort((a, b) => a.id.localeCompare(b.id));
        expect(byId(result.file.keywords)).toEqual(byId(getPlacedKeywords(document, catalog)));
      }),
      { ...SETTINGS, numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('library folder → checkFolder gives back the same library', () => {
    fc.assert(
      fc.property(editedTree, (document) => {
        const library = {
          keywords: [...catalog.values()],
          documents: [document],
          versions: [],
        };
        const result = checkFolder(toFolderFiles(library));
        if (!result.ok) throw new Error(inWords(result.refusal, 'en'));
        expect(result.library.documents).toEqual([document]);
        const byId = <T extends { id: string }>(list: readonly T[]) =>
          [...list].sort((a, b) => a.id.localeCompare(b.id));
        expect(byId(result.library.keywords)).toEqual(byId(library.keywords));
      }),
      { ...SETTINGS, numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
