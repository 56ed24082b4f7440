import { describe, expect, it } from 'vitest';
import type { Keyword, TreeDocument } from '../../../src/domain/model.ts';
import { indexTree, isKeywordNode } from '../../../src/domain/index.ts';
import { toQuestionnaire } from '../../../src/formats/fhir-export.ts';
import { fromQuestionnaire } from '../../../src/formats/fhir-import.ts';
import { findQuestionnaireViolations } from '../../../src/formats/fhir-invariants.ts';
import type { FhirItem, Questionnaire } from '../../../src/formats/fhir-types.ts';
import { EXT } from '../../../src/formats/fhir-urls.ts';
import { collectFragments } from '../../../src/domain/index.ts';
import { exampleCatalog, exampleLibrary } from '../../helpers/examples.ts';
import { inWords } from '../../../src/i18n/in-words.ts';
import { buildTree, date, text } from '../../helpers/build-tree.ts';

import { validateQuestionnaire } from '../../helpers/fhir-schema.ts';

const library = exampleLibrary();
const fragments = collectFragments(library);
const resolve = (ref: { fragmentId: string; version: string }) =>
  fragments.get(ref.fragmentId)?.get(ref.version);
const NOW = '2026-11-25T12:00:00Z';

/** The keywords a document uses, by id order, as the import returns them. */
function keywordsOf(document: TreeDocument): Keyword[] {
  const ids = new Set(
    indexTree(document.nodes).ordered.flatMap(({ node }) => (isKeywordNode(node) ? [node.keywordId] : [])),
  );
  return [...ids].map((id) => exampleCatalog.get(id)!).sort((a, b) => a.id.localeCompare(b.id));
}
const byId = (keywords: readonly Keyword[]) => [...keywords].sort((a, b) => a.id.localeCompare(b.id));
const roundTrip = (q: Questionnaire) =>
  fromQuestionnaire(JSON.parse(JSON.stringify(q)) as Record<string, unknown>, NOW);

describe('FHIR R4 export of every shipped example', () => {
  for (const document of library.documents) {
    for (const mode of ['modular', 'assembled'] as const) {
      it(`${document.id} (${mode}) validates against the FHIR R4 JSON Schema and the que-* invariants`, () => {
        const questionnaire = toQuestionnaire(document, exampleCatalog, { mode, resolve });
        const valid = validateQuestionnaire(questionnaire);
        expect(valid ? [] : validateQuestionnaire.errors).toEqual([]);
        expect(findQuestionnaireViolations(questionnaire)).toEqual([]);
      });
    }
  }

  it('the schema and the invariants do catch a broken Questionnaire', () => {
    const questionnaire = toQuestionnaire(library.documents[0]!, exampleCatalog);
    const broken = structuredClone(questionnaire);
    broken.item![0]!.type = 'kryssruta' as FhirItem['type'];
    expect(validateQuestionnaire(broken)).toBe(false);
    const twice = structuredClone(questionnaire);
    twice.item!.push(structuredClone(twice.item![0]!));
    expect(findQuestionnaireViolations(twice)[0]).toMatch(/^que-2 /);
  });

  it('writes the 1177 fragment as an SDC independent child: Ja-conditions, enableBehavior, hidden when disabled', () => {
    const fragment = library.documents.find((d) => d.id === 'exempel-1177-fragment')!;
    const q = toQuestionnaire(fragment, exampleCatalog);
    expect(q.extension).toContainEqual({ url: EXT.assembleExpectation, valueCode: 'independent-child' });
    const root = q.item![0]!;
    expect(root).toMatchObject({
      text: 'Begränsande eller tillgängliggörande åtgärder 1177',
      type: 'choice',
    });
    expect(root.answerOption!.map((o) => o.valueCoding!.display)).toEqual(['Ja', 'Nej']);
    const atgard = root.item!.find((i) => i.text === 'Åtgärd')!;
    expect(atgard.enableWhen).toEqual([
      {
        question: root.linkId,
        operator: '=',
        answerCoding: {
          system: 'https://termverkstad.invalid/fhir/CodeSystem/ja-nej',
          code: 'ja',
          display: 'Ja',
        },
      },
    ]);
    expect(atgard.enableBehavior).toBe('all');
    expect(atgard.required).toBe(true);
    expect(atgard.extension).toContainEqual({ url: EXT.disabledDisplay, valueCode: 'hidden' });
  });

  it('a modular template refers to its fragment by url|version; the assembled one copies it in', () => {
    const template = library.documents.find((d) => d.id === 'exempel-mottagningsbesok-1177')!;
    const modular = toQuestionnaire(template, exampleCatalog, { mode: 'modular', resolve });
    const include = modular.item![0]!.item![0]!;
    expect(include.type).toBe('display');
    expect(include.extension).toEqual([
      {
        url: EXT.subQuestionnaire,
        valueCanonical: 'https://termverkstad.invalid/fhir/Questionnaire/exempel-1177-fragment|0.1.0',
      },
      // SDC linkIdPrefix: assembled, the fragment's linkIds get the include id, as in our assembled export.
      {
        url: 'http://hl7.org/fhir/StructureDefinition/variable',
        valueExpression: {
          name: 'linkIdPrefix',
          language: 'text/fhirpath',
          expression: "'mall1177-inkludera-fragment.'",
        },
      },
    ]);
    expect(modular.extension).toContainEqual({ url: EXT.assembleExpectation, valueCode: 'assemble-root' });
    const assembled = toQuestionnaire(template, exampleCatalog, { mode: 'assembled', resolve });
    expect(assembled.item![0]!.item![0]!.text).toBe('Begränsande eller tillgängliggörande åtgärder 1177');
    expect(assembled.item![0]!.item![0]!.linkId).toMatch(/^mall1177-inkludera-fragment\./);
    expect(assembled.extension).toContainEqual({
      url: EXT.assembledFrom,
      valueCanonical: 'https://termverkstad.invalid/fhir/Questionnaire/exempel-1177-fragment|0.1.0',
    });
  });
});

describe('FHIR round trip: template → Questionnaire → template', () => {
  for (const document of library.documents) {
    it(`${document.id} comes back equal, with every keyword definition`, () => {
      const result = roundTrip(toQuestionnaire(document, exampleCatalog));
      if (!result.ok) throw new Error(inWords(result.problem, 'en'));
      expect(result.file.document).toEqual(document);
      expect(byId(result.file.keywords)).toEqual(keywordsOf(document));
      expect(result.kept).toEqual([]);
    });
  }

  it('keeps what it cannot model, lists it, and writes it back on the next export', () => {
    const fragment = library.documents.find((d) => d.id === 'exempel-1177-fragment')!;
    const foreign = JSON.parse(JSON.stringify(toQuestionnaire(fragment, exampleCatalog))) as Questionnaire;
    foreign.publisher = 'Region Exempel';
    const entry = { url: 'http://example.org/ext/priority', valueInteger: 2 };
    foreign.item![0]!.extension!.push(entry);
    foreign.item![0]!.prefix = '1.';
    const result = roundTrip(foreign);
    if (!result.ok) throw new Error(inWords(result.problem, 'en'));
    expect(result.kept.map((k) => `${k.where || '(root)'} ${k.what}`)).toEqual([
      `${foreign.item![0]!.linkId} prefix`,
      `${foreign.item![0]!.linkId} http://example.org/ext/priority`,
      '(root) publisher',
    ]);
    const again = toQuestionnaire(result.file.document, new Map(result.file.keywords.map((k) => [k.id, k])));
    expect(again.publisher).toBe('Region Exempel');
    expect(again.item![0]!.prefix).toBe('1.');
    expect(again.item![0]!.extension).toContainEqual(entry);
  });
});

describe('FHIR import refuses what it cannot trust, naming where', () => {
  const fragment = library.documents.find((d) => d.id === 'exempel-1177-fragment')!;
  const exported = () =>
    JSON.parse(JSON.stringify(toQuestionnaire(fragment, exampleCatalog))) as Questionnaire;
  const refusal = (value: unknown) => {
    const result = fromQuestionnaire(value as Record<string, unknown>, NOW);
    return result.ok ? 'accepted' : inWords(result.problem, 'sv');
  };

  it('a resource that is not a Questionnaire', () => {
    expect(refusal({ resourceType: 'Patient' })).toBe(
      'FHIR-resursen är av typen "Patient"; bara Questionnaire kan importeras.',
    );
  });

  it('duplicate linkIds, with both places', () => {
    const q = exported();
    q.item![0]!.item![1]!.linkId = q.item![0]!.item![0]!.linkId;
    expect(refusal(q)).toBe(
      `linkId "${q.item![0]!.item![0]!.linkId}" finns två gånger: item[0].item[0] och item[0].item[1] (FHIR que-2).`,
    );
  });

  it('a condition pointing nowhere', () => {
    const q = exported();
    const at = q.item![0]!.item!.findIndex((item) => item.enableWhen);
    q.item![0]!.item![at]!.enableWhen![0]!.question = 'finns-inte';
    expect(refusal(q)).toBe(
      `Villkoret item[0].item[${at}].enableWhen[0] pekar på linkId "finns-inte", som inte finns.`,
    );
  });

  it('an item without a linkId or with an unknown type', () => {
    const q = exported();
    q.item![0]!.item![2]!.type = 'slider' as FhirItem['type'];
    expect(refusal(q)).toMatch(/^item\[0\]\.item\[2\] \(linkId ".+"\) har okänd typ "slider"\.$/);
    const noLink = exported();
    delete (noLink.item![0] as Partial<FhirItem>).linkId;
    expect(refusal(noLink)).toBe('item[0] saknar linkId.');
  });
});

describe('answer rules in the export', () => {
  it('a Questionnaire with every answer rule validates against the R4 JSON Schema and the que invariants', () => {
    const t = buildTree([
      date('Beslutsdatum', { notInFuture: true }),
      date('Återbesök', { notInPast: true, key: 'ater' }),
      date('Uppföljning', { notBefore: 'ater' }),
      text('Personnummer', { pattern: '\\d{8}-\\d{4}', patternHint: 'ÅÅÅÅMMDD-NNNN', minLength: 13 }),
    ]);
    const questionnaire = toQuestionnaire(t.document, t.catalog);
    const valid = validateQuestionnaire(questionnaire);
    expect(valid ? [] : validateQuestionnaire.errors).toEqual([]);
    expect(findQuestionnaireViolations(questionnaire)).toEqual([]);
    expect(questionnaire.item!.flatMap((i) => i.extension ?? []).length).toBeGreaterThan(8);
  });
});
