import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { TreeDocument } from '../../../src/domain/model.ts';
import { toQuestionnaire } from '../../../src/formats/fhir-export.ts';
import type { FhirItem } from '../../../src/formats/fhir-types.ts';
import { EXT, ITEM_CONTROL_SYSTEM, optionSystem, questionnaireUrl } from '../../../src/formats/fhir-urls.ts';
import {
  buildTree,
  heading,
  is,
  isNot,
  number,
  single,
  text,
  when,
  whenAll,
  yesNo,
} from '../../helpers/build-tree.ts';

const t = buildTree(
  [
    heading('Mätning', [
      number('Vikt', 'kg', {
        min: 0.5,
        max: 300,
        decimals: 1,
        required: true,
        codes: [{ system: 'SNOMED CT', code: '27113001', display: 'Body weight' }],
      }),
      number('Antal', 'st', { min: 0, max: 80, decimals: 0 }),
      single(
        'Skala',
        [
          ['Inte alls', 0],
          ['Ibland', 1],
        ],
        { codes: [{ system: 'KVÅ', code: 'AU118' }] },
      ),
      text('Anteckning', { description: 'Skriv kort.', maxLength: 200 }),
    ]),
  ],
  { title: 'Mätningar', description: 'Beskrivning.' },
);
const items = (document: TreeDocument = t.document) => {
  const all = new Map<string, FhirItem>();
  const walk = (list: readonly FhirItem[] = []) =>
    list.forEach((item) => {
      all.set(item.linkId, item);
      walk(item.item);
    });
  walk(toQuestionnaire(document, t.catalog).item);
  return all;
};
const item = (term: string) => items().get(t.node(term))!;
const ext = (i: FhirItem, url: string) => i.extension?.find((e) => e.url === url);

describe('FHIR export of one item', () => {
  it('a decimal number: unit, min and max as decimals, decimal places, codes, required', () => {
    const vikt = item('Vikt');
    expect(vikt).toMatchObject({ type: 'decimal', text: 'Vikt', required: true });
    expect(ext(vikt, EXT.unit)).toEqual({ url: EXT.unit, valueCoding: { display: 'kg' } });
    expect(ext(vikt, EXT.minValue)).toEqual({ url: EXT.minValue, valueDecimal: 0.5 });
    expect(ext(vikt, EXT.maxValue)).toEqual({ url: EXT.maxValue, valueDecimal: 300 });
    expect(ext(vikt, EXT.maxDecimalPlaces)).toEqual({ url: EXT.maxDecimalPlaces, valueInteger: 1 });
    expect(vikt.code).toEqual([
      { system: 'http://snomed.info/sct', code: '27113001', display: 'Body weight' },
    ]);
  });

  it('an integer: min and max as integers, no decimal places', () => {
    const antal = item('Antal');
    expect(antal.type).toBe('integer');
    expect(ext(antal, EXT.minValue)).toEqual({ url: EXT.minValue, valueInteger: 0 });
    expect(ext(antal, EXT.maxValue)).toEqual({ url: EXT.maxValue, valueInteger: 80 });
    expect(ext(antal, EXT.maxDecimalPlaces)).toBeUndefined();
    expect(antal.required).toBeUndefined();
    expect(antal.code).toBeUndefined();
  });

  it('a choice: its own code system, scores as ordinalValue, radio buttons, a code without display', () => {
    const skala = item('Skala');
    expect(skala.answerOption).toEqual([
      {
        valueCoding: {
          system: optionSystem(t.keyword('Skala').id),
          code: t.option('Skala', 'Inte alls'),
          display: 'Inte alls',
        },
        extension: [{ url: EXT.ordinalValue, valueDecimal: 0 }],
      },
      {
        valueCoding: {
          system: optionSystem(t.keyword('Skala').id),
          code: t.option('Skala', 'Ibland'),
          display: 'Ibland',
        },
        extension: [{ url: EXT.ordinalValue, valueDecimal: 1 }],
      },
    ]);
    expect(ext(skala, EXT.itemControl)).toEqual({
      url: EXT.itemControl,
      valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: 'radio-button' }] },
    });
    expect(skala.code).toEqual([
      { system: 'https://termverkstad.invalid/fhir/CodeSystem/kva', code: 'AU118' },
    ]);
  });

  it('a description is a nested help item; text keeps its maxLength', () => {
    const anteckning = item('Anteckning');
    expect(anteckning.maxLength).toBe(200);
    expect(anteckning.item).toEqual([
      {
        linkId: `${t.node('Anteckning')}--hjalp`,
        text: 'Skriv kort.',
        type: 'display',
        extension: [
          {
            url: EXT.itemControl,
            valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: 'help' }] },
          },
        ],
      },
    ]);
    // Questions without conditions carry no enableWhen, enableBehavior or disabledDisplay.
    expect(anteckning.enableWhen).toBeUndefined();
    expect(anteckning.enableBehavior).toBeUndefined();
    expect(ext(anteckning, EXT.disabledDisplay)).toBeUndefined();
  });

  it('a heading with children is a group, and is never required', () => {
    const required = produce(
      t.document,
      (d) => void ((d.nodes[0] as { required?: boolean }).required = true),
    );
    const group = items(required).get(t.node('Mätning'))!;
    expect(group.type).toBe('group');
    expect(group.required).toBeUndefined();
    expect(group.item).toHaveLength(4);
  });
});

describe('FHIR export of the Questionnaire', () => {
  const root = (document: TreeDocument, mode: 'modular' | 'assembled' = 'modular') =>
    toQuestionnaire(document, t.catalog, { mode, resolve: () => undefined });

  it('carries id, url, version, title, description, language and date', () => {
    expect(root(t.document)).toMatchObject({
      resourceType: 'Questionnaire',
      id: 't',
      url: questionnaireUrl('t'),
      version: '0.1.0',
      title: 'Mätningar',
      description: 'Beskrivning.',
      language: 'sv',
      date: t.document.updatedAt,
    });
  });

  it.each([
    ['draft', 'draft'],
    ['review', 'draft'],
    ['approved', 'active'],
    ['retired', 'retired'],
  ] as const)('status %s is FHIR %s', (status, fhir) => {
    expect(root({ ...t.document, status }).status).toBe(fhir);
  });

  it('leaves out an id FHIR does not allow, a missing description, and items of an empty document', () => {
    const bare = root({ ...t.document, id: 'ä_ö', description: undefined as unknown as string, nodes: [] });
    expect('id' in bare).toBe(false);
    expect('description' in bare).toBe(false);
    expect('item' in bare).toBe(false);
  });

  it('says how to assemble: an independent fragment, a fragment or template with includes, the assembled copy', () => {
    const expectation = (document: TreeDocument, mode: 'modular' | 'assembled' = 'modular') =>
      root(document, mode).extension!.find((e) => e.url === EXT.assembleExpectation)?.valueCode;
    const include = { id: 'inc', include: { fragmentId: 'f', version: '1.0.0' } };
    expect(expectation({ ...t.document, kind: 'fragment' })).toBe('independent-child');
    expect(expectation({ ...t.document, kind: 'fragment', nodes: [...t.document.nodes, include] })).toBe(
      'assemble-child',
    );
    expect(expectation({ ...t.document, kind: 'template' })).toBeUndefined();
    expect(expectation({ ...t.document, nodes: [...t.document.nodes, include] })).toBe('assemble-root');
    const assembled = root({ ...t.document, nodes: [...t.document.nodes, include] }, 'assembled');
    expect(assembled.extension!.filter((e) => e.url === EXT.assembledFrom)).toEqual([
      { url: EXT.assembledFrom, valueCanonical: `${questionnaireUrl('f')}|1.0.0` },
    ]);
  });
});

describe('item types kept from another tool', () => {
  it('a boolean Ja/Nej is a boolean item whose conditions compare with true and false; a one-line text is a string', () => {
    const b = buildTree([
      yesNo('Samtycke', { booleanAnswer: true }, [
        text('Varför inte', { when: when(is('Nej')), singleLine: true }),
        text('Intygat av', { when: whenAll(isNot('Ja')) }),
      ]),
    ]);
    const q = toQuestionnaire(b.document, b.catalog);
    const root = q.item![0]!;
    expect(root.type).toBe('boolean');
    expect(root.answerOption).toBeUndefined();
    const [why, by] = root.item!;
    expect(why).toMatchObject({
      type: 'string',
      enableWhen: [{ question: root.linkId, operator: '=', answerBoolean: false }],
    });
    expect(by).toMatchObject({
      type: 'text',
      enableWhen: [{ question: root.linkId, operator: '!=', answerBoolean: true }],
    });
  });
});
