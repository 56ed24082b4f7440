import { describe, expect, it } from 'vitest';
import type { Keyword, TreeNode } from '../../../src/domain/model.ts';
import { fromQuestionnaire } from '../../../src/formats/fhir-import.ts';
import { EXT, ITEM_CONTROL_SYSTEM, YES_NO_SYSTEM } from '../../../src/formats/fhir-urls.ts';
import { inWords } from '../../../src/i18n/in-words.ts';

const NOW = '2026-12-01T00:00:00Z';
const SNOMED = 'http://snomed.info/sct';
const LOINC = 'http://loinc.org';

/** A Questionnaire written by another tool: none of our extensions. */
const foreign = {
  resourceType: 'Questionnaire',
  url: 'http://example.org/Questionnaire/halsodeklaration',
  version: 'v2',
  status: 'active',
  description: 'Från ett annat verktyg.',
  item: [
    {
      linkId: 'rökning',
      text: 'Röker du?',
      type: 'choice',
      code: [
        { system: SNOMED, code: '77176002', display: 'Smoker' },
        { system: LOINC, code: '72166-2' },
      ],
      answerOption: [
        { valueCoding: { system: YES_NO_SYSTEM, code: 'ja', display: 'Ja' } },
        { valueCoding: { system: YES_NO_SYSTEM, code: 'nej', display: 'Nej' } },
      ],
      item: [
        {
          linkId: 'hjälp',
          text: 'Även snus räknas.',
          type: 'display',
          extension: [
            {
              url: EXT.itemControl,
              valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code: 'help' }] },
            },
          ],
        },
        {
          linkId: 'antal',
          text: 'Cigaretter per dag',
          type: 'integer',
          enableWhen: [
            { question: 'rökning', operator: '=', answerCoding: { system: YES_NO_SYSTEM, code: 'ja' } },
          ],
          extension: [
            { url: EXT.minValue, valueInteger: 0 },
            { url: EXT.maxValue, valueInteger: 80 },
          ],
        },
      ],
    },
    {
      linkId: 'skala',
      text: 'Skala',
      type: 'choice',
      answerOption: [
        {
          valueCoding: { system: LOINC, code: 'LA6568-5', display: 'Inte alls' },
          extension: [{ url: EXT.ordinalValue, valueDecimal: 0 }],
        },
        { valueString: 'Ibland' },
        { valueInteger: 3 },
        { valueCoding: { code: 'inte ett id' } },
        'inte ett objekt',
      ],
    },
    {
      linkId: 'flera',
      text: 'Symtom',
      type: 'open-choice',
      repeats: true,
      answerOption: [{ valueString: 'Hosta' }],
    },
    { linkId: 'samtycke', text: 'Samtycke', type: 'boolean' },
    {
      linkId: 'vikt',
      text: 'Vikt',
      type: 'decimal',
      extension: [{ url: EXT.maxDecimalPlaces, valueInteger: 1 }],
    },
    { linkId: 'när', text: 'Tidpunkt', type: 'dateTime' },
    { linkId: 'namn', text: 'Namn', type: 'string', maxLength: 40 },
    { linkId: 'klockan', text: 'Klockan', type: 'time' },
    { linkId: 'länk', text: 'Länk', type: 'url' },
    { linkId: 'bilaga', text: 'Bilaga', type: 'attachment' },
    { linkId: 'remiss', text: 'Remiss', type: 'reference' },
    { linkId: 'längd', text: 'Längd', type: 'quantity' },
    {
      linkId: 'villkor',
      text: 'Villkor',
      type: 'group',
      enableBehavior: 'any',
      enableWhen: [
        { question: 'samtycke', operator: '=', answerBoolean: true },
        { question: 'samtycke', operator: '!=', answerBoolean: true },
        { question: 'rökning', operator: '=', answerBoolean: false },
        { question: 'flera', operator: '=', answerCoding: { code: 'v1' } },
        { question: 'vikt', operator: '>', answerDecimal: 100 },
        { question: 'namn', operator: 'exists', answerBoolean: false },
        { question: 'när', operator: '<=', answerDate: '2026-01-01' },
      ],
      item: [{ linkId: 'inne', text: 'Inne', type: 'text' }],
    },
    {
      linkId: 'del',
      type: 'display',
      extension: [
        { url: EXT.subQuestionnaire, valueCanonical: 'http://x/Questionnaire/mitt-fragment|1.2.0' },
      ],
    },
    {
      linkId: 'trasig-del',
      type: 'display',
      extension: [{ url: EXT.subQuestionnaire, valueCanonical: 'http://x/Questionnaire/ä ö|senaste' }],
    },
  ],
};

const result = fromQuestionnaire(structuredClone(foreign), NOW);
if (!result.ok) throw new Error(inWords(result.problem, 'en'));
const { document, keywords } = result.file;
const nodes = new Map<string, TreeNode>();
const walk = (list: readonly TreeNode[]) =>
  list.forEach((node) => {
    nodes.set(node.id, node);
    if ('children' in node && node.children) walk(node.children);
  });
walk(document.nodes);
/** The keyword placed by the item with this text. */
const kw = (term: string): Keyword => {
  const found = keywords.find((k) => k.term === term);
  if (!found) throw new Error(`no keyword ${term}`);
  return found;
};

/** The id of the node placing the keyword with this term. */
const nodeOf = (term: string) =>
  [...nodes.values()].find((node) => 'keywordId' in node && node.keywordId === kw(term).id)!.id;

describe('importing a Questionnaire from another tool', () => {
  it('keeps valid linkIds as node ids and renames the others n<position>, conditions following', () => {
    expect(nodes.has('skala')).toBe(true);
    // "rökning" has an ö: not one of our ids.
    expect(nodes.has('n1')).toBe(true);
    expect(nodes.get('n1')).toMatchObject({ keywordId: 'kw-n1' });
    expect((nodes.get('antal') as { showWhen?: unknown }).showWhen).toEqual({
      behavior: 'all',
      clauses: [{ source: 'n1', operator: 'equals', value: 'ja' }],
    });
  });

  it('reads each item type as the keyword type that holds it', () => {
    expect(
      Object.fromEntries(
        [
          'Röker du?',
          'Cigaretter per dag',
          'Skala',
          'Symtom',
          'Samtycke',
          'Vikt',
          'Tidpunkt',
          'Namn',
          'Klockan',
          'Länk',
          'Bilaga',
          'Remiss',
          'Längd',
          'Villkor',
        ].map((term) => [term, kw(term).type]),
      ),
    ).toEqual({
      'Röker du?': 'yesNo',
      'Cigaretter per dag': 'number',
      Skala: 'singleChoice',
      Symtom: 'multipleChoice',
      Samtycke: 'yesNo',
      Vikt: 'number',
      Tidpunkt: 'dateTime',
      Namn: 'text',
      Klockan: 'text',
      Länk: 'text',
      Bilaga: 'text',
      Remiss: 'text',
      Längd: 'text',
      Villkor: 'heading',
    });
  });

  it('marks a boolean Ja/Nej and a one-line text so the export writes them back as boolean and string', () => {
    expect(kw('Samtycke').booleanAnswer).toBe(true);
    expect(kw('Röker du?').booleanAnswer).toBeUndefined();
    expect(kw('Namn').singleLine).toBe(true);
  });

  it('reads limits where the type has them: integer min/max and no decimals, decimal places, max length', () => {
    expect(kw('Cigaretter per dag')).toMatchObject({ min: 0, max: 80, decimals: 0 });
    expect(kw('Vikt')).toMatchObject({ decimals: 1 });
    expect(kw('Vikt').min).toBeUndefined();
    expect(kw('Namn').maxLength).toBe(40);
  });

  it('reads options from a coding, a string or an integer; codes that are no ids become v<n>; scores from ordinalValue', () => {
    expect(kw('Skala').options).toEqual([
      { id: 'LA6568-5', label: 'Inte alls', score: 0 },
      { id: 'v2', label: 'Ibland' },
      { id: 'v3', label: '3' },
      { id: 'v4', label: 'inte ett id' },
    ]);
    expect(kw('Symtom').options).toEqual([{ id: 'v1', label: 'Hosta' }]);
  });

  it('keeps known code systems on the keyword and the others verbatim for the export', () => {
    expect(kw('Röker du?').codes).toEqual([{ system: 'SNOMED CT', code: '77176002', display: 'Smoker' }]);
    expect(result.ok && result.kept).toContainEqual({
      where: 'rökning',
      what: 'code',
      json: JSON.stringify({ system: LOINC, code: '72166-2' }),
    });
  });

  it('takes a help text as the description, not as a node', () => {
    expect(kw('Röker du?').description).toBe('Även snus räknas.');
    expect([...nodes.keys()]).not.toContain('n2');
    expect(keywords.some((k) => k.term === 'Även snus räknas.')).toBe(false);
  });

  it('reads every kind of enableWhen as a clause, and enableBehavior', () => {
    expect((nodes.get('villkor') as { showWhen?: unknown }).showWhen).toEqual({
      behavior: 'any',
      clauses: [
        // A boolean from elsewhere answers Ja and Nej: "!= true" holds for Nej and for no answer.
        { source: 'samtycke', operator: 'equals', value: 'ja' },
        { source: 'samtycke', operator: 'notEquals', value: 'ja' },
        { source: 'n1', operator: 'equals', value: 'nej' },
        { source: 'flera', operator: 'includes', value: 'v1' },
        { source: 'vikt', operator: 'greaterThan', value: 100 },
        { source: 'namn', operator: 'notAnswered' },
        { source: nodeOf('Tidpunkt'), operator: 'lessOrEqual', value: '2026-01-01' },
      ],
    });
  });

  it('reads a subQuestionnaire reference as an include; an unreadable one gets placeholders', () => {
    expect(nodes.get('del')).toEqual({
      id: 'del',
      include: { fragmentId: 'mitt-fragment', version: '1.2.0' },
    });
    expect(nodes.get('trasig-del')).toEqual({
      id: 'trasig-del',
      include: { fragmentId: 'okant-fragment', version: '0.1.0' },
    });
  });

  it('reads the document: id from the url, active as approved, an invalid version as 0.1.0, a default title', () => {
    expect(document).toMatchObject({
      id: 'halsodeklaration',
      kind: 'template',
      status: 'approved',
      version: '0.1.0',
      title: 'Importerat formulär',
      description: 'Från ett annat verktyg.',
      createdAt: NOW,
      changeLog: [{ at: NOW, note: 'Importerad från FHIR Questionnaire.' }],
    });
  });

  it('reads retired and draft, a child expectation as a fragment, and a title', () => {
    const read = (extra: Record<string, unknown>) => {
      const r = fromQuestionnaire(
        { resourceType: 'Questionnaire', item: [{ linkId: 'a', type: 'string' }], ...extra },
        NOW,
      );
      if (!r.ok) throw new Error(inWords(r.problem, 'en'));
      return r.file.document;
    };
    expect(read({ status: 'retired' }).status).toBe('retired');
    expect(read({ status: 'draft' }).status).toBe('draft');
    expect(read({ status: 'unknown' }).status).toBe('draft');
    expect(read({ extension: [{ url: EXT.assembleExpectation, valueCode: 'independent-child' }] }).kind).toBe(
      'fragment',
    );
    expect(read({ title: 'Min blankett', version: '2.1.0', id: 'min-blankett' })).toMatchObject({
      title: 'Min blankett',
      version: '2.1.0',
      id: 'min-blankett',
    });
    expect(read({}).id).toBe('importerat-formular');
    // A foreign item is kept as it came (to be written back while unchanged), nothing else.
    // And that it had no rendering control and no text, so neither is added on export (null).
    expect(read({}).keptFromImport!.map((k) => [k.where, k.what, k.json.slice(0, 4)])).toEqual([
      ['a', EXT.itemControl, 'null'],
      ['a', 'text', 'null'],
      ['a', '#item', '{"ba'],
    ]);
    expect(read({ item: [] }).keptFromImport).toBeUndefined();
  });

  it('keeps unknown root elements and item extensions verbatim, and lists them', () => {
    const r = fromQuestionnaire(
      {
        resourceType: 'Questionnaire',
        publisher: 'Region X',
        extension: [{ url: 'http://example.org/ext', valueString: 'root' }],
        item: [
          {
            linkId: 'a',
            type: 'string',
            prefix: '1.',
            extension: [{ url: 'http://example.org/item-ext', valueBoolean: true }],
          },
        ],
      },
      NOW,
    );
    if (!r.ok) throw new Error(inWords(r.problem, 'en'));
    expect(r.kept.map((k) => [k.where, k.what])).toEqual([
      ['a', 'prefix'],
      ['a', 'http://example.org/item-ext'],
      ['', 'publisher'],
      ['', 'http://example.org/ext'],
    ]);
    expect(r.file.document.keptFromImport!.map((k) => k.what)).toEqual([
      ...r.kept.map((k) => k.what),
      EXT.itemControl,
      'text',
      '#item',
    ]);
  });
});
