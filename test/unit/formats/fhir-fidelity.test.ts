/**
 * Issue #14: a foreign Questionnaire comes back as it came while it is unchanged, an edited item is
 * written from the model without losing what was kept for it, renamed linkIds come back, and what
 * breaks R4 is repaired or left out, each named in the import report.
 */
import { describe, expect, it } from 'vitest';
import { createCatalog, evaluateClause } from '../../../src/domain/index.ts';
import type { Keyword } from '../../../src/domain/model.ts';
import { toQuestionnaire } from '../../../src/formats/fhir-export.ts';
import { fromQuestionnaire } from '../../../src/formats/fhir-import.ts';
import { repairQuestionnaire } from '../../../src/formats/fhir-repair.ts';
import { schemaViolations } from '../../../src/formats/fhir-invariants.ts';
import { describeConversion } from '../../../src/i18n/file-words.ts';
import { STRINGS } from '../../../src/i18n/all-strings.ts';
import { inWords } from '../../../src/i18n/in-words.ts';

const NOW = '2026-12-01T00:00:00Z';
type Json = Record<string, unknown>;

function roundTrip(questionnaire: Json, edit: (k: Keyword) => Keyword = (k) => k) {
  const imported = fromQuestionnaire(structuredClone(questionnaire), NOW);
  if (!imported.ok) throw new Error(inWords(imported.problem, 'en'));
  const catalog = createCatalog(imported.file.keywords.map(edit));
  const exported = JSON.parse(JSON.stringify(toQuestionnaire(imported.file.document, catalog))) as {
    item: Json[];
  } & Json;
  return { imported, exported };
}

const itemControl = (code: string) => ({
  url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code }] },
});

describe('a foreign item unchanged since the import is written back as it came', () => {
  const form = {
    resourceType: 'Questionnaire',
    status: 'draft',
    item: [
      {
        linkId: 'q',
        text: 'Smärta?',
        type: 'choice',
        extension: [itemControl('drop-down')],
        answerOption: [
          { valueCoding: { code: 'a', display: 'Ja' }, initialSelected: true },
          { valueCoding: { code: 'b', display: 'Nej' } },
        ],
        prefix: '1.',
      },
      {
        linkId: 'f',
        text: 'Var?',
        type: 'string',
        enableWhen: [{ question: 'q', operator: '=', answerCoding: { code: 'a' } }],
      },
    ],
  };

  it('every element, with no extension of ours added', () => {
    const { exported } = roundTrip(form);
    expect(exported.item).toEqual(form.item);
  });

  it('an edited keyword is written from the model; its unmodelled elements and its sibling stay', () => {
    const { exported } = roundTrip(form, (k) => (k.term === 'Smärta?' ? { ...k, term: 'Ont?' } : k));
    const [q, f] = exported.item as [Json, Json];
    expect(q.text).toBe('Ont?');
    expect(q.prefix).toBe('1.');
    // Written from the model, with the author's rendering control kept in place of ours.
    const controls = (q.extension as { url: string }[]).filter((e) => e.url.endsWith('itemControl'));
    expect(controls).toEqual([itemControl('drop-down')]);
    expect(f).toEqual(form.item[1]);
  });

  it('a node given a condition or made required is written from the model', () => {
    const imported = fromQuestionnaire(structuredClone(form), NOW);
    if (!imported.ok) throw new Error('refused');
    const [q, f] = imported.file.document.nodes as unknown as [Json, Json];
    const document = {
      ...imported.file.document,
      nodes: [
        { ...q, required: true },
        { ...f, showWhen: undefined },
      ] as never,
    };
    const exported = toQuestionnaire(document, createCatalog(imported.file.keywords));
    expect(exported.item![0]!.required).toBe(true);
    expect(exported.item![1]!.enableWhen).toBeUndefined();
  });
});

describe('linkIds that are no ids', () => {
  const form = {
    resourceType: 'Questionnaire',
    status: 'draft',
    item: [
      { linkId: 'a/b', text: 'Första', type: 'boolean' },
      {
        linkId: 'n1',
        text: 'Andra',
        type: 'string',
        enableWhen: [{ question: 'a/b', operator: '=', answerBoolean: true }],
      },
    ],
  };

  it('get a node id no other linkId has, and come back under their own linkId', () => {
    const { imported, exported } = roundTrip(form);
    const ids = imported.file.document.nodes.map((n) => n.id);
    expect(ids).toEqual(['n1_', 'n1']);
    expect(imported.converted).toEqual([{ where: 'a/b', what: 'linkId', from: 'a/b', to: 'n1_' }]);
    expect(exported.item.map((i) => i.linkId)).toEqual(['a/b', 'n1']);
    expect(exported.item[1]!.enableWhen).toEqual(form.item[1]!.enableWhen);
  });

  it('also when both items are written from the model: the condition names the original linkId', () => {
    const { exported } = roundTrip(form, (k) => ({ ...k, term: `${k.term}!` }));
    expect(exported.item.map((i) => i.linkId)).toEqual(['a/b', 'n1']);
    expect(exported.item[1]!.enableWhen).toEqual([{ question: 'a/b', operator: '=', answerBoolean: true }]);
    expect(schemaViolations(exported as never)).toEqual([]);
  });
});

describe('what breaks R4 is repaired or left out, and named', () => {
  const repair = (q: Json) => repairQuestionnaire(q);

  it('a valid Questionnaire is the same object, with no repairs', () => {
    const q = { resourceType: 'Questionnaire', status: 'draft', item: [{ linkId: 'a', type: 'string' }] };
    expect(repair(q)).toEqual({ value: q, repairs: [] });
    expect(repair(q).value).toBe(q);
  });

  it('a boolean written as text becomes the boolean', () => {
    const { value, repairs } = repair({
      resourceType: 'Questionnaire',
      status: 'draft',
      item: [{ linkId: 'q', type: 'choice', repeats: 'true', required: 'false' }],
    });
    expect((value.item as Json[])[0]).toMatchObject({ repeats: true, required: false });
    expect(repairs).toHaveLength(2);
    expect(repairs).toContainEqual({ where: 'q', what: 'repeats', from: '"true"', to: 'true' });
    expect(repairs).toContainEqual({ where: 'q', what: 'required', from: '"false"', to: 'false' });
  });

  it('one value where R4 wants a list becomes a list of one', () => {
    const { value, repairs } = repair({
      resourceType: 'Questionnaire',
      status: 'draft',
      subjectType: 'Patient',
    });
    expect(value.subjectType).toEqual(['Patient']);
    expect(repairs[0]).toMatchObject({ where: '', what: 'subjectType', to: '["Patient"]' });
  });

  it('a date, a time or a text given as answerInteger is given its own answer element', () => {
    const when = (answerInteger: unknown) => ({ question: 'x', operator: '=', answerInteger });
    const { value, repairs } = repair({
      resourceType: 'Questionnaire',
      status: 'draft',
      item: [
        { linkId: 'x', type: 'string' },
        {
          linkId: 'y',
          type: 'string',
          enableBehavior: 'any',
          enableWhen: [when('2022-09'), when('13:30:00'), when('B')],
        },
      ],
    });
    expect((value.item as Json[])[1]!.enableWhen).toEqual([
      { question: 'x', operator: '=', answerDate: '2022-09' },
      { question: 'x', operator: '=', answerTime: '13:30:00' },
      { question: 'x', operator: '=', answerString: 'B' },
    ]);
    expect(repairs.map((r) => [r.where, r.what, r.to])).toEqual([
      ['y', 'enableWhen.0', 'answerDate'],
      ['y', 'enableWhen.1', 'answerTime'],
      ['y', 'enableWhen.2', 'answerString'],
    ]);
  });

  it('anything else is left out: the narrative without its div, one bad list entry, an initial beside answerOption', () => {
    const original = {
      resourceType: 'Questionnaire',
      status: 'draft',
      text: { status: 'generated' },
      item: [
        {
          linkId: 'q',
          type: 'open-choice',
          code: [{ code: 'ok' }, { code: 12 }],
          answerOption: [{ valueCoding: { code: 'c1' } }],
          initial: [{ valueString: 'fritt' }],
        },
      ],
    };
    const { value, repairs } = repair(original);
    expect(value.text).toBeUndefined();
    expect((value.item as Json[])[0]).toEqual({
      linkId: 'q',
      type: 'open-choice',
      code: [{ code: 'ok' }],
      answerOption: [{ valueCoding: { code: 'c1' } }],
    });
    expect(repairs.map((r) => [r.where, r.what, r.to])).toEqual([
      ['', 'text', ''],
      ['q', 'code.1', ''],
      ['q', 'initial', ''],
    ]);
    expect(original.text).toEqual({ status: 'generated' }); // the input is not changed
    expect(describeConversion(repairs[0]!, STRINGS.sv)).toBe(
      '(Questionnaire): text {"status":"generated"} (utelämnad: inte giltig FHIR R4)',
    );
    expect(describeConversion(repairs[1]!, STRINGS.en)).toBe(
      'q: code.1 {"code":12} (left out: not valid FHIR R4)',
    );
  });

  it('an unknown item type is not repaired away: the import refuses it, naming the item', () => {
    const result = fromQuestionnaire(
      { resourceType: 'Questionnaire', status: 'draft', item: [{ linkId: 'q', type: 'slider' }] },
      NOW,
    );
    expect(result).toMatchObject({ ok: false, problem: { code: 'FHIR_ITEM_UNKNOWN_TYPE' } });
  });

  it('the repairs are in the import report, and the export is valid R4', () => {
    const { imported, exported } = roundTrip({
      resourceType: 'Questionnaire',
      status: 'draft',
      text: { status: 'generated' },
      item: [
        { linkId: 'q', type: 'choice', repeats: 'true', answerOption: [{ valueCoding: { code: 'a' } }] },
      ],
    });
    expect(imported.converted.map((c) => c.what)).toEqual(['text', 'repeats']);
    expect(imported.file.keywords[0]!.type).toBe('multipleChoice');
    expect(exported.item[0]!.repeats).toBe(true);
    expect(schemaViolations(exported as never)).toEqual([]);
  });

  it('the export check names the first place a Questionnaire breaks the R4 JSON Schema', () => {
    expect(
      schemaViolations({
        resourceType: 'Questionnaire',
        status: 'draft',
        item: [{ linkId: 'a', type: 'string', repeats: 'x' }],
      } as never),
    ).toEqual(['R4 /item/0/repeats: must be boolean']);
  });
});

describe('conditions on a typed text, as FHIR enableWhen on a string', () => {
  it('equal, not equal and ordered, by the text', () => {
    expect(evaluateClause({ source: 's', operator: 'equals', value: 'test' }, 'test')).toBe(true);
    expect(evaluateClause({ source: 's', operator: 'equals', value: 'test' }, 'Test')).toBe(false);
    expect(evaluateClause({ source: 's', operator: 'notEquals', value: 'test' }, undefined)).toBe(true);
    expect(evaluateClause({ source: 's', operator: 'greaterThan', value: 'tes' }, 'test')).toBe(true);
    expect(evaluateClause({ source: 's', operator: 'lessThan', value: 'test' }, 'test')).toBe(false);
    expect(evaluateClause({ source: 's', operator: 'lessOrEqual', value: 'testing' }, 'test')).toBe(true);
  });

  it('read from answerString and written back as one after an edit', () => {
    const { imported, exported } = roundTrip(
      {
        resourceType: 'Questionnaire',
        status: 'draft',
        item: [
          { linkId: 's', text: 'Ord', type: 'string' },
          {
            linkId: 'f',
            text: 'Följd',
            type: 'string',
            enableWhen: [{ question: 's', operator: '!=', answerString: 'nej' }],
          },
        ],
      },
      (k) => ({ ...k, term: `${k.term}.` }),
    );
    expect(imported.file.document.nodes[1]!.showWhen!.clauses).toEqual([
      { source: 's', operator: 'notEquals', value: 'nej' },
    ]);
    expect(exported.item[1]!.enableWhen).toEqual([{ question: 's', operator: '!=', answerString: 'nej' }]);
  });
});

describe('a date condition compares with a whole or partial FHIR date', () => {
  it('the year, the month and the day are dates; anything else is refused', async () => {
    const { getClauseProblem } = await import('../../../src/domain/conditions.ts');
    const keyword = { id: 'd', term: 'Datum', type: 'date', status: 'active' } as const;
    const problem = (value: string) =>
      getClauseProblem({ source: 'x', operator: 'greaterOrEqual', value }, keyword)?.code;
    for (const ok of ['2022', '2022-09', '2022-09-20']) expect(problem(ok), ok).toBeUndefined();
    for (const bad of ['22', '2022-9', '2022-09-2', '2022-09-20T10:00', ''])
      expect(problem(bad), bad).toBe('CONDITION_VALUE_WRONG_TYPE');
  });
});

describe('a refusal names the FHIR item and element, never a path inside our file', () => {
  it('a text longer than a term may be: item "a/b" text', async () => {
    const { checkImport } = await import('../../../src/exchange/import-file.ts');
    const questionnaire = {
      resourceType: 'Questionnaire',
      status: 'draft',
      item: [
        { linkId: 'ok', text: 'Kort', type: 'string' },
        { linkId: 'a/b', text: 'x'.repeat(10001), type: 'string' },
      ],
    };
    const text = JSON.stringify(questionnaire);
    const result = checkImport(text, text.length, NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(inWords(result.reason, 'sv')).toBe('item "a/b" text kan inte läsas in: längre än 10000 tecken.');
    const atLimit = JSON.stringify({
      ...questionnaire,
      item: [{ ...questionnaire.item[1], text: 'x'.repeat(10000) }],
    });
    expect(checkImport(atLimit, atLimit.length, NOW).ok).toBe(true);
  });

  it('a condition on a nested item: item "f" enableWhen', async () => {
    const { fhirPlaceOf } = await import('../../../src/formats/fhir-original.ts');
    const imported = fromQuestionnaire(
      {
        resourceType: 'Questionnaire',
        status: 'draft',
        item: [
          {
            linkId: 'g',
            text: 'G',
            type: 'group',
            item: [
              { linkId: 's', type: 'string' },
              { linkId: 'f', type: 'string' },
            ],
          },
        ],
      },
      NOW,
    );
    if (!imported.ok) throw new Error('refused');
    expect(fhirPlaceOf(imported.file, '/document/nodes/0/children/1/showWhen/clauses/0/value')).toBe(
      'item "f" enableWhen',
    );
    expect(fhirPlaceOf(imported.file, '/document/nodes/0')).toBe('item "g"');
    expect(fhirPlaceOf(imported.file, '/document/title')).toBeUndefined();
    expect(fhirPlaceOf(imported.file, '/keywords/1/term')).toBe('item "s" text');
  });
});

describe('a choice answered by text', () => {
  it('a condition on a long answerString names the option; the form comes back as it came', () => {
    const long = `${'Mycket lång svarstext '.repeat(5)}B`;
    const form = {
      resourceType: 'Questionnaire',
      status: 'draft',
      item: [
        {
          linkId: 'q',
          text: 'Fråga',
          type: 'choice',
          answerOption: [{ valueString: 'A' }, { valueString: long }],
        },
        {
          linkId: 'f',
          text: 'Följd',
          type: 'string',
          enableWhen: [{ question: 'q', operator: '=', answerString: long }],
        },
      ],
    };
    const { imported, exported } = roundTrip(form);
    expect(imported.file.keywords[0]!.options!.map((o) => o.label)).toEqual(['A', long]);
    expect(imported.file.document.nodes[1]!.showWhen!.clauses).toEqual([
      { source: 'q', operator: 'equals', value: 'v2' },
    ]);
    expect(exported.item).toEqual(form.item);
  });
});

describe('what an edited item keeps that its keyword type does not read', () => {
  it('an answer list on an integer, and no text where the item had none', () => {
    const form = {
      resourceType: 'Questionnaire',
      status: 'draft',
      item: [
        {
          linkId: 'g',
          type: 'group',
          item: [
            {
              linkId: 'n',
              text: 'Antal',
              type: 'integer',
              answerOption: [{ valueInteger: 12 }, { valueInteger: 34 }],
            },
          ],
        },
      ],
    };
    const { imported, exported } = roundTrip(form, (k) => ({ ...k, term: `${k.term}!` }));
    expect(imported.file.keywords.map((k) => k.term)).toEqual(['g', 'Antal']);
    const [group] = exported.item as [Json];
    expect(group.text).toBeUndefined();
    expect((group.item as Json[])[0]).toMatchObject({
      text: 'Antal!',
      answerOption: [{ valueInteger: 12 }, { valueInteger: 34 }],
    });
    expect(schemaViolations(exported as never)).toEqual([]);
  });
});

describe('our metadata as typed extensions', () => {
  it('every field a typed sub-extension; lists, objects, empty texts and decimals come back as they were', async () => {
    const { decodeFields, encodeFields } = await import('../../../src/formats/fhir-typed-json.ts');
    const value = {
      id: 'kw-a',
      optionSystem: '',
      min: -3,
      score: 2.5,
      big: 2 ** 40,
      checked: false,
      options: [
        { id: 'ja', label: 'Ja', codes: [] },
        { id: 'nej', label: 'Nej' },
      ],
      bands: [],
    };
    const encoded = encodeFields(value);
    expect(encoded.slice(0, 6)).toEqual([
      { url: 'id', valueString: 'kw-a' },
      { url: 'optionSystem', extension: [{ url: 'empty', valueBoolean: true }] },
      { url: 'min', valueInteger: -3 },
      { url: 'score', valueDecimal: 2.5 },
      { url: 'big', valueDecimal: 2 ** 40 },
      { url: 'checked', valueBoolean: false },
    ]);
    expect(encoded[7]).toEqual({ url: 'bands', extension: [{ url: 'list', valueBoolean: true }] });
    expect(decodeFields(encoded)).toEqual(value);
    expect(JSON.stringify(decodeFields(encoded))).toBe(JSON.stringify(value));
  });

  it('a field named like a prototype key is never read', async () => {
    const { decodeFields } = await import('../../../src/formats/fhir-typed-json.ts');
    const decoded = decodeFields([
      { url: '__proto__', extension: [{ url: 'polluted', valueBoolean: true }] },
      { url: 'constructor', valueString: 'x' },
      { url: 'term', valueString: 'Ok' },
    ]);
    expect(decoded).toEqual({ term: 'Ok' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an example template exported to FHIR is valid R4 with no JSON text in an extension, and imports back the same', async () => {
    const { buildExampleFragmentFiles } = await import('../../../src/examples/library.ts');
    for (const file of buildExampleFragmentFiles()) {
      const exported = toQuestionnaire(file.document, createCatalog(file.keywords));
      expect(schemaViolations(exported), file.document.id).toEqual([]);
      expect(JSON.stringify(exported)).not.toMatch(/"valueString":"\{/);
      const back = fromQuestionnaire(JSON.parse(JSON.stringify(exported)) as Json, NOW);
      if (!back.ok) throw new Error('refused');
      expect(back.file.keywords, file.document.id).toEqual(file.keywords);
    }
  });
});

describe('edges of the encoding and the repairs', () => {
  it('a whole number is valueInteger below 2³¹ and valueDecimal from it, either sign', async () => {
    const { encodeFields } = await import('../../../src/formats/fhir-typed-json.ts');
    const kinds = [2 ** 31 - 1, 2 ** 31, -(2 ** 31 - 1), -(2 ** 31)].map((n) =>
      Object.keys(encodeFields({ n })[0]!).find((k) => k.startsWith('value'))!,
    );
    expect(kinds).toEqual(['valueInteger', 'valueDecimal', 'valueInteger', 'valueDecimal']);
  });

  it('at most MAX_REPAIRS repairs: one more broken element is left for the import and the export check', async () => {
    const { MAX_REPAIRS } = await import('../../../src/formats/fhir-repair.ts');
    const broken = (n: number) => ({
      resourceType: 'Questionnaire',
      status: 'draft',
      item: Array.from({ length: n }, (_, i) => ({ linkId: `q${i}`, type: 'string', required: 'true' })),
    });
    const atLimit = repairQuestionnaire(broken(MAX_REPAIRS));
    expect(atLimit.repairs).toHaveLength(MAX_REPAIRS);
    expect(schemaViolations(atLimit.value as never)).toEqual([]);
    const above = repairQuestionnaire(broken(MAX_REPAIRS + 1));
    expect(above.repairs).toHaveLength(MAX_REPAIRS);
    expect(schemaViolations(above.value as never)).toEqual([
      `R4 /item/${MAX_REPAIRS}/required: must be boolean`,
    ]);
  });
});
