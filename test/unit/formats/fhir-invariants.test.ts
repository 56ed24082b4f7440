import { describe, expect, it } from 'vitest';
import { findQuestionnaireViolations } from '../../../src/formats/fhir-invariants.ts';
import type { FhirItem, Questionnaire } from '../../../src/formats/fhir-types.ts';

const q = (...item: FhirItem[]): Questionnaire => ({ resourceType: 'Questionnaire', status: 'draft', item });
const item = (fields: Partial<FhirItem> & Record<string, unknown>): FhirItem => ({
  linkId: 'a',
  type: 'string',
  ...fields,
});
const violations = (...items: FhirItem[]) => findQuestionnaireViolations(q(...items));
const when = { question: 'x', operator: '=' as const, answerBoolean: true };

describe('the que-* invariants, each broken once and kept once', () => {
  it.each([
    ['que-1 group without items', item({ type: 'group' }), 'que-1 item a: a group must have items'],
    [
      'que-1 display with items',
      item({ type: 'display', item: [item({ linkId: 'b' })] }),
      'que-1 item a: a display item cannot have items',
    ],
    [
      'que-3 display with a code',
      item({ type: 'display', code: [{ code: 'x' }] }),
      'que-3 item a: a display item cannot have a code',
    ],
    [
      'que-4 answerOption and answerValueSet',
      item({ type: 'choice', answerOption: [{ valueString: 'x' }], answerValueSet: 'http://vs' }),
      'que-4 item a: answerOption and answerValueSet together',
    ],
    [
      'que-5 answers on a boolean',
      item({ type: 'boolean', answerOption: [{ valueString: 'x' }] }),
      'que-5 item a: type boolean cannot have answer options',
    ],
    [
      'que-5 a value set on text',
      item({ type: 'text', answerValueSet: 'http://vs' }),
      'que-5 item a: type text cannot have answer options',
    ],
    [
      'que-6 required display',
      item({ type: 'display', required: false }),
      'que-6 item a: a display item cannot be required or repeat',
    ],
    [
      'que-6 repeating display',
      item({ type: 'display', repeats: false }),
      'que-6 item a: a display item cannot be required or repeat',
    ],
    [
      'que-7 exists without a boolean',
      item({ enableWhen: [{ question: 'x', operator: 'exists' }], enableBehavior: 'all' }),
      'que-7 item a: exists needs answerBoolean',
    ],
    [
      'que-8 initial on a group',
      item({ type: 'group', item: [item({ linkId: 'b' })], initial: [{ valueString: 'x' }] }),
      'que-8 item a: a group or display item cannot have initial',
    ],
    [
      'que-9 read-only display',
      item({ type: 'display', readOnly: true }),
      'que-9 item a: a display item cannot be readOnly',
    ],
    [
      'que-10 maxLength on a date',
      item({ type: 'date', maxLength: 10 }),
      'que-10 item a: maxLength on type date',
    ],
    [
      'que-11 answerOption with initial',
      item({ type: 'choice', answerOption: [{ valueString: 'x' }], initial: [{ valueString: 'x' }] }),
      'que-11 item a: answerOption with initial',
    ],
    [
      'que-12 two enableWhen without behavior',
      item({ enableWhen: [when, when] }),
      'que-12 item a: several enableWhen need enableBehavior',
    ],
  ])('%s', (_, broken, message) => {
    expect(violations(broken)).toEqual([message]);
  });

  it.each([
    ['a group with items', item({ type: 'group', item: [item({ linkId: 'b' })] })],
    ['a display with text only', item({ type: 'display', text: 'Hjälp' })],
    [
      'answers on every answer type',
      ...[
        'choice',
        'open-choice',
        'decimal',
        'integer',
        'date',
        'dateTime',
        'time',
        'string',
        'quantity',
      ].map((type, i) =>
        item({ linkId: `t${i}`, type: type as FhirItem['type'], answerOption: [{ valueString: 'x' }] }),
      ),
    ],
    [
      'maxLength where allowed',
      ...['boolean', 'decimal', 'integer', 'string', 'text', 'url', 'open-choice'].map((type, i) =>
        item({ linkId: `m${i}`, type: type as FhirItem['type'], maxLength: 5 }),
      ),
    ],
    [
      'exists with a boolean',
      item({ enableWhen: [{ question: 'x', operator: 'exists', answerBoolean: false }] }),
    ],
    ['one enableWhen without behavior', item({ enableWhen: [when] })],
    ['two with behavior', item({ enableWhen: [when, when], enableBehavior: 'any' })],
    [
      'an empty answerOption list with a value set',
      item({ type: 'choice', answerOption: [], answerValueSet: 'http://vs' }),
    ],
    ['initial without options', item({ type: 'string', initial: [{ valueString: 'x' }] })],
  ])('holds: %s', (_, ...items) => {
    expect(violations(...items)).toEqual([]);
  });

  it('que-2: a linkId used twice, at any depth', () => {
    expect(
      violations(item({ linkId: 'a' }), item({ type: 'group', linkId: 'g', item: [item({ linkId: 'a' })] })),
    ).toEqual(['que-2 item a: linkId is not unique']);
  });

  it('a questionnaire without items breaks nothing', () => {
    expect(findQuestionnaireViolations({ resourceType: 'Questionnaire', status: 'draft' })).toEqual([]);
  });
});
