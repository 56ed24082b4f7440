import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCatalog, evaluateDocument } from '../../../src/domain/index.ts';
import { fromQuestionnaire } from '../../../src/formats/fhir-import.ts';
import { initialAnswers } from '../../../src/formats/fhir-initial.ts';
import { inWords } from '../../../src/i18n/in-words.ts';

const CORPUS = join(import.meta.dirname, '../../fixtures/fhir-corpus');

function imported(questionnaire: Record<string, unknown>) {
  const result = fromQuestionnaire(questionnaire, '2026-12-01T00:00:00Z');
  if (!result.ok) throw new Error(inWords(result.problem, 'en'));
  const { document, keywords } = result.file;
  return { document, catalog: createCatalog(keywords) };
}
const corpus = (name: string) =>
  imported(JSON.parse(readFileSync(join(CORPUS, name), 'utf8')) as Record<string, unknown>);

const form = (items: unknown[]) => imported({ resourceType: 'Questionnaire', status: 'draft', item: items });

describe('the answers an imported form starts with', () => {
  it('reads initial and initialSelected on every kind of item of the Android SDK form', () => {
    const { document, catalog } = corpus('android-component_initial_value.json');
    expect(Object.fromEntries(initialAnswers(document, catalog))).toEqual({
      '1.0': 'N',
      // A repeating choice: every option selected.
      '2.0': ['2nd', '3rd'],
      '3.0': 'Here is a sample text',
      '4.0': 'nej',
      '5.0': '2022-01-22',
      // A quantity is held as text: its value and unit.
      '6.0': '30 $',
    });
  });

  it('gives a multiple choice every option selected, and an option whose code is no id the id the import gave it', () => {
    const { document, catalog } = form([
      {
        linkId: 'm',
        text: 'Flera',
        type: 'choice',
        repeats: true,
        answerOption: [
          { valueCoding: { code: 'a', display: 'A' }, initialSelected: true },
          { valueCoding: { code: 'b', display: 'B' } },
          { valueCoding: { code: 'c c', display: 'C' }, initialSelected: true },
        ],
      },
      {
        linkId: 's',
        text: 'En',
        type: 'choice',
        answerOption: [{ valueString: 'Ett' }, { valueString: 'Två', initialSelected: true }],
      },
      { linkId: 'n', text: 'Tal', type: 'integer', initial: [{ valueInteger: 7 }] },
      { linkId: 'd', text: 'Decimal', type: 'decimal', initial: [{ valueDecimal: 2.5 }] },
      { linkId: 'k', text: 'Kryss', type: 'choice', answerOption: [{ valueString: 'x' }] },
    ]);
    expect(Object.fromEntries(initialAnswers(document, catalog))).toEqual({
      m: ['a', 'v3'],
      s: 'v2',
      n: 7,
      d: 2.5,
    });
  });

  it('finds the option of a contained ValueSet by its code, or by its words when the code is no id', () => {
    const { document, catalog } = imported({
      resourceType: 'Questionnaire',
      status: 'draft',
      contained: [
        {
          resourceType: 'ValueSet',
          id: 'vs',
          status: 'active',
          expansion: {
            timestamp: '2026-01-01',
            contains: [
              { system: 'http://example.org', code: 'ok', display: 'Bra' },
              { system: 'http://example.org', code: 'inte ok', display: 'Dålig' },
            ],
          },
        },
      ],
      item: [
        {
          linkId: 'a',
          text: 'A',
          type: 'choice',
          answerValueSet: '#vs',
          initial: [{ valueCoding: { code: 'ok' } }],
        },
        {
          linkId: 'b',
          text: 'B',
          type: 'choice',
          answerValueSet: '#vs',
          initial: [{ valueCoding: { system: 'http://example.org', code: 'inte ok', display: 'Dålig' } }],
        },
      ],
    });
    const start = initialAnswers(document, catalog);
    expect(start.get('a')).toBe('ok');
    const dalig = [...catalog.values()]
      .find((k) => k.term === 'B')!
      .options!.find((o) => o.label === 'Dålig');
    expect(start.get('b')).toBe(dalig!.id);
  });

  it('reads a dateTime with its zone as the local day and time, and leaves one without a time empty', () => {
    const instant = '2026-02-03T13:30:00Z';
    const local = new Date(instant);
    const pad = (n: number) => String(n).padStart(2, '0');
    const { document, catalog } = form([
      { linkId: 't', text: 'Tid', type: 'dateTime', initial: [{ valueDateTime: instant }] },
      { linkId: 'u', text: 'Dag', type: 'dateTime', initial: [{ valueDateTime: '2026-02-03' }] },
    ]);
    expect(Object.fromEntries(initialAnswers(document, catalog))).toEqual({
      t: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`,
    });
  });

  it('opens what a starting answer shows, as a FHIR renderer does', () => {
    const { document, catalog } = form([
      {
        linkId: 'q',
        text: 'Röker du?',
        type: 'boolean',
        initial: [{ valueBoolean: true }],
      },
      {
        linkId: 'r',
        text: 'Hur mycket?',
        type: 'string',
        enableWhen: [{ question: 'q', operator: '=', answerBoolean: true }],
      },
    ]);
    const start = initialAnswers(document, catalog);
    expect(start.get('q')).toBe('ja');
    expect(evaluateDocument(document, catalog, start).visible.has('r')).toBe(true);
    expect(evaluateDocument(document, catalog, new Map()).visible.has('r')).toBe(false);
  });

  it('is empty for a form with no starting answers, or one of our own', () => {
    const { document, catalog } = form([{ linkId: 'a', text: 'A', type: 'string' }]);
    expect(initialAnswers(document, catalog).size).toBe(0);
    const { keptFromImport: _kept, ...ours } = document;
    expect(initialAnswers(ours, catalog).size).toBe(0);
  });
});
