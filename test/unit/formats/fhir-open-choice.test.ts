import { describe, expect, it } from 'vitest';
import { createCatalog, getClauseProblem } from '../../../src/domain/index.ts';
import { toQuestionnaire } from '../../../src/formats/fhir-export.ts';
import { fromQuestionnaire } from '../../../src/formats/fhir-import.ts';
import type { FhirItem } from '../../../src/formats/fhir-types.ts';
import { checkFragmentFile } from '../../../src/validation/check-document.ts';
import { inWords } from '../../../src/i18n/in-words.ts';

const form = {
  resourceType: 'Questionnaire',
  status: 'draft',
  item: [
    {
      linkId: 'farg',
      text: 'Färg',
      type: 'open-choice',
      answerOption: [
        { valueCoding: { code: 'rod', display: 'Röd' } },
        { valueCoding: { code: 'bla', display: 'Blå' } },
      ],
    },
    {
      linkId: 'om-gron',
      text: 'Varför grön?',
      type: 'string',
      enableWhen: [{ question: 'farg', operator: '=', answerString: 'Grön' }],
    },
    {
      linkId: 'om-rod',
      text: 'Varför röd?',
      type: 'string',
      enableWhen: [{ question: 'farg', operator: '=', answerCoding: { code: 'rod' } }],
    },
  ],
};

function imported() {
  const result = fromQuestionnaire(structuredClone(form), '2026-12-01T00:00:00Z');
  if (!result.ok) throw new Error(inWords(result.problem, 'en'));
  return result.file;
}

describe('an open choice', () => {
  it('is a choice that takes words: no type kept aside, no conversion, no Kontroll error on a condition on words', () => {
    const file = imported();
    const farg = file.keywords.find((k) => k.term === 'Färg')!;
    expect(farg).toMatchObject({ type: 'singleChoice', openChoice: true });
    expect(file.document.keptFromImport?.filter((e) => e.what === 'type')).toEqual([]);
    expect(checkFragmentFile(file).filter((d) => d.severity === 'error')).toEqual([]);
    const clauses = file.document.nodes.map((n) => n.showWhen?.clauses[0]?.value);
    expect(clauses).toEqual([undefined, 'Grön', 'rod']);
  });

  it('is written as open-choice, its words as answerString and its values as codings', () => {
    const file = imported();
    // From the model, not as it came: every keyword renamed.
    const keywords = file.keywords.map((k) => ({ ...k, term: `${k.term}!` }));
    const exported = JSON.parse(JSON.stringify(toQuestionnaire(file.document, createCatalog(keywords)))) as {
      item: FhirItem[];
    };
    expect(exported.item[0]!.type).toBe('open-choice');
    expect(exported.item[1]!.enableWhen).toEqual([{ question: 'farg', operator: '=', answerString: 'Grön' }]);
    expect(exported.item[2]!.enableWhen?.[0]?.answerCoding?.code).toBe('rod');
  });

  it('a closed choice refuses words in a condition; the open one takes them', () => {
    const farg = imported().keywords.find((k) => k.term === 'Färg')!;
    const words = { source: 'farg', operator: 'equals' as const, value: 'Grön' };
    expect(getClauseProblem(words, farg)).toBeUndefined();
    const { openChoice: _open, ...closed } = farg;
    expect(getClauseProblem(words, closed)?.code).toBe('CONDITION_VALUE_NOT_OPTION');
    expect(getClauseProblem({ ...words, value: 3 }, farg)?.code).toBe('CONDITION_VALUE_NOT_OPTION');
  });
});
