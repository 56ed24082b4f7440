import { describe, expect, it } from 'vitest';
import { createCatalog } from '../../../src/domain/index.ts';
import { toQuestionnaire } from '../../../src/formats/fhir-export.ts';
import { fromQuestionnaire } from '../../../src/formats/fhir-import.ts';

const LOINC = 'http://loinc.org';
const NOW = '2026-12-01T00:00:00Z';
/** Import and export again; `edited` renames every keyword first, so each item is written from the model. */
const roundTrip = (questionnaire: Record<string, unknown>, edited = false) => {
  const imported = fromQuestionnaire(structuredClone(questionnaire), NOW);
  if (!imported.ok) throw new Error('refused');
  const keywords = edited
    ? imported.file.keywords.map((k) => ({ ...k, term: `${k.term} (ändrad)` }))
    : imported.file.keywords;
  const exported = toQuestionnaire(imported.file.document, createCatalog(keywords));
  return { imported, exported: JSON.parse(JSON.stringify(exported)) as { item: Record<string, unknown>[] } };
};
const form = (answerOption: unknown[], enableWhen?: unknown) => ({
  resourceType: 'Questionnaire',
  status: 'draft',
  item: [
    { linkId: 'q', text: 'Fråga', type: 'choice', answerOption },
    { linkId: 'f', text: 'Följd', type: 'string', ...(enableWhen ? { enableWhen: [enableWhen] } : {}) },
  ],
});

describe('coded answers keep their code system', () => {
  it('a LOINC answer list comes back under LOINC, with its displays', () => {
    const options = [
      { valueCoding: { system: LOINC, code: 'LA6568-5', display: 'Not at all' } },
      { valueCoding: { system: LOINC, code: 'LA6569-3', display: 'Several days' } },
    ];
    const { imported, exported } = roundTrip(
      form(options, { question: 'q', operator: '=', answerCoding: { system: LOINC, code: 'LA6569-3' } }),
    );
    expect(imported.file.keywords.find((k) => k.term === 'Fråga')!.optionSystem).toBe(LOINC);
    expect(exported.item[0]!.answerOption).toEqual(options);
    // Unchanged since the import: the condition as it came; once edited, written from the model.
    expect(exported.item[1]!.enableWhen).toEqual([
      { question: 'q', operator: '=', answerCoding: { system: LOINC, code: 'LA6569-3' } },
    ]);
    const edited = roundTrip(
      form(options, { question: 'q', operator: '=', answerCoding: { system: LOINC, code: 'LA6569-3' } }),
      true,
    ).exported;
    expect(edited.item[0]!.answerOption).toEqual(options);
    expect(edited.item[1]!.enableWhen).toEqual([
      {
        question: 'q',
        operator: '=',
        answerCoding: { system: LOINC, code: 'LA6569-3', display: 'Several days' },
      },
    ]);
  });

  it('codes without a system or display come back without them', () => {
    const options = [{ valueCoding: { code: 'F' } }, { valueCoding: { code: 'M' } }];
    const { imported, exported } = roundTrip(form(options));
    expect(imported.file.keywords.find((k) => k.term === 'Fråga')!.optionSystem).toBe('');
    expect(exported.item[0]!.answerOption).toEqual(options);
  });

  it('a list mixing systems stays ours (the codes as option ids)', () => {
    const { imported } = roundTrip(
      form([
        { valueCoding: { system: LOINC, code: 'A' } },
        { valueCoding: { system: 'http://x', code: 'B' } },
      ]),
    );
    expect(imported.file.keywords.find((k) => k.term === 'Fråga')!.optionSystem).toBeUndefined();
  });

  it('a condition on a code that is no id follows the option to its v<n>, and goes back under the code', () => {
    const questionnaire = form(
      [
        { valueCoding: { system: LOINC, code: 'inte ett id', display: 'X' } },
        { valueCoding: { system: LOINC, code: 'B' } },
      ],
      { question: 'q', operator: '=', answerCoding: { system: LOINC, code: 'inte ett id' } },
    );
    const { imported, exported } = roundTrip(questionnaire);
    const follow = imported.file.document.nodes.find((n) => n.id === 'f')!;
    expect(follow.showWhen!.clauses[0]).toEqual({ source: 'q', operator: 'equals', value: 'v1' });
    expect(exported.item[1]!.enableWhen).toEqual([
      { question: 'q', operator: '=', answerCoding: { system: LOINC, code: 'inte ett id' } },
    ]);
    expect(roundTrip(questionnaire, true).exported.item[1]!.enableWhen).toEqual([
      { question: 'q', operator: '=', answerCoding: { system: LOINC, code: 'v1', display: 'X' } },
    ]);
  });

  it('a value set list (no answerOption) takes its system from a condition on it', () => {
    const { exported } = roundTrip({
      resourceType: 'Questionnaire',
      status: 'draft',
      item: [
        {
          linkId: 'q',
          text: 'Fråga',
          type: 'choice',
          answerValueSet: 'http://hl7.org/fhir/ValueSet/yesnodontknow',
        },
        {
          linkId: 'f',
          text: 'Följd',
          type: 'string',
          enableWhen: [
            {
              question: 'q',
              operator: '=',
              answerCoding: { system: 'http://terminology.hl7.org/CodeSystem/v2-0136', code: 'Y' },
            },
          ],
        },
      ],
    });
    expect(exported.item[0]!.answerValueSet).toBe('http://hl7.org/fhir/ValueSet/yesnodontknow');
    expect(exported.item[1]!.enableWhen).toEqual([
      {
        question: 'q',
        operator: '=',
        answerCoding: { system: 'http://terminology.hl7.org/CodeSystem/v2-0136', code: 'Y' },
      },
    ]);
  });
});

describe('item types the model holds as another', () => {
  const quantity = {
    resourceType: 'Questionnaire',
    status: 'draft',
    item: [
      { linkId: 'v', text: 'Vikt', type: 'quantity' },
      { linkId: 't', text: 'Tidpunkt', type: 'dateTime' },
    ],
  };

  it('a quantity read as text goes back as it came; a dateTime is Datum och tid', () => {
    const { imported, exported } = roundTrip(quantity);
    expect(imported.file.keywords.map((k) => k.type)).toEqual(['text', 'dateTime']);
    const keptTypes = imported.file.document.keptFromImport?.filter((e) => e.what === 'type');
    expect(keptTypes?.map((e) => e.where)).toEqual(['v']);
    expect(exported.item.map((i) => i.type)).toEqual(['quantity', 'dateTime']);
  });

  it('once the keyword is made another type, its own item type is written', () => {
    const imported = fromQuestionnaire(structuredClone(quantity), NOW);
    if (!imported.ok) throw new Error('refused');
    const keywords = imported.file.keywords.map((k) =>
      k.term === 'Vikt' ? { ...k, type: 'number' as const, unit: 'kg' } : k,
    );
    const exported = toQuestionnaire(imported.file.document, createCatalog(keywords));
    expect(exported.item!.map((i) => i.type)).toEqual(['decimal', 'dateTime']);
  });
});

describe('exports are checked before they are written', () => {
  it('a kept element that would break a que rule refuses the export, naming the rule and the item', async () => {
    const { exportDocument } = await import('../../../src/exchange/export-document.ts');
    const { fileWordsIn } = await import('../../../src/i18n/all-strings.ts');
    const { inWords } = await import('../../../src/i18n/in-words.ts');
    const imported = fromQuestionnaire(
      {
        resourceType: 'Questionnaire',
        status: 'draft',
        item: [{ linkId: 'info', text: 'Läs detta', type: 'display', required: true }],
      },
      NOW,
    );
    if (!imported.ok) throw new Error('refused');
    const result = exportDocument({
      format: 'fhir',
      document: imported.file.document,
      catalog: createCatalog(imported.file.keywords),
      resolve: () => undefined,
      words: fileWordsIn('sv'),
      now: NOW,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.code).toBe('FHIR_EXPORT_INVALID');
    expect(inWords(result.reason, 'sv')).toMatch(
      /^FHIR-exporten skulle inte vara giltig \(1 fel, till exempel que-6 .*info/,
    );
  });

  it('a contained resource over 100 KB is kept whole and written back', () => {
    const big = { resourceType: 'ValueSet', id: 'stor', description: 'x'.repeat(150_000) };
    const { exported } = roundTrip({ ...form([{ valueCoding: { code: 'A' } }]), contained: [big] });
    expect((exported as unknown as { contained: unknown[] }).contained).toEqual([big]);
  });
});

describe('answers from a ValueSet', () => {
  const gcs = (contained: unknown[]) => ({
    resourceType: 'Questionnaire',
    status: 'draft',
    contained,
    item: [
      { linkId: 'eye', text: 'Ögon', type: 'choice', answerValueSet: '#eye' },
      {
        linkId: 'f',
        text: 'Följd',
        type: 'string',
        enableWhen: [{ question: 'eye', operator: '=', answerCoding: { system: LOINC, code: 'LA6556-0' } }],
      },
    ],
  });
  const eye = {
    resourceType: 'ValueSet',
    id: 'eye',
    status: 'active',
    compose: {
      include: [
        {
          system: LOINC,
          concept: [
            { code: 'LA6553-7', display: 'Eyes do not open' },
            { code: 'LA6556-0', display: 'Eyes open spontaneously' },
          ],
        },
      ],
    },
  };

  it('a contained ValueSet is expanded into the value list, and the export names it again', () => {
    const { imported, exported } = roundTrip(gcs([eye]));
    const keyword = imported.file.keywords.find((k) => k.term === 'Ögon')!;
    expect(keyword).toMatchObject({
      valueSet: '#eye',
      optionSystem: LOINC,
      options: [
        { id: 'LA6553-7', label: 'Eyes do not open' },
        { id: 'LA6556-0', label: 'Eyes open spontaneously' },
      ],
    });
    expect(exported.item[0]!.answerValueSet).toBe('#eye');
    expect(exported.item[0]!.answerOption).toBeUndefined();
    expect((exported as unknown as { contained: unknown[] }).contained).toEqual([eye]);
  });

  it('a ValueSet not contained here leaves an empty list: a warning, and conditions on its codes hold', async () => {
    const { checkDocument } = await import('../../../src/validation/index.ts');
    const imported = fromQuestionnaire(gcs([]), NOW);
    if (!imported.ok) throw new Error('refused');
    const diagnostics = checkDocument(imported.file.document, {
      catalog: createCatalog(imported.file.keywords),
    });
    expect(diagnostics.map((d) => [d.code, d.severity])).toContainEqual([
      'VALUE_SET_NOT_EXPANDED',
      'warning',
    ]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('answer scores wherever FHIR puts them', () => {
  it('ordinalValue on the answerOption or on its Coding, and R5 itemWeight, become option scores', () => {
    const imported = fromQuestionnaire(
      form([
        {
          valueCoding: { code: 'a' },
          extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 1 }],
        },
        {
          valueCoding: {
            code: 'b',
            extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 2 }],
          },
        },
        {
          valueCoding: {
            code: 'c',
            extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/itemWeight', valueDecimal: 3 }],
          },
        },
        { valueCoding: { code: 'd' } },
      ]),
      NOW,
    );
    if (!imported.ok) throw new Error('refused');
    expect(imported.file.keywords.find((k) => k.term === 'Fråga')!.options!.map((o) => o.score)).toEqual([
      1,
      2,
      3,
      undefined,
    ]);
  });
});
