import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import {
  assertNever,
  getClauseProblem,
  getOptions,
  getTypeSpec,
  hasOwnOptions,
  isChoiceType,
  isNumericType,
  KEYWORD_FIELDS,
  KEYWORD_TYPE_ORDER,
  KEYWORD_TYPES,
  usesField,
  VALUELESS_OPERATORS,
  type KeywordType,
} from '../../../src/domain/index.ts';
import { changeKeywordType } from '../../../src/commands/index.ts';
import { toQuestionnaire } from '../../../src/formats/fhir-export.ts';
import { fromQuestionnaire } from '../../../src/formats/fhir-import.ts';
import { STRINGS } from '../../../src/i18n/all-strings.ts';
import { buildTree, everyTypeSpec } from '../../helpers/build-tree.ts';
import { createTestContext } from '../../helpers/editor.ts';
import { inWords } from '../../../src/i18n/in-words.ts';

const schema = JSON.parse(readFileSync('schemas/keyword.schema.json', 'utf8')) as {
  $defs: { KeywordType: { enum: string[] } };
};

describe('the keyword-type registry', () => {
  it('has one entry per type of the schema, in the schema’s order', () => {
    expect(KEYWORD_TYPE_ORDER).toEqual(schema.$defs.KeywordType.enum);
  });

  it.each(KEYWORD_TYPE_ORDER)('%s is consistent with itself', (type) => {
    const spec = getTypeSpec(type);
    // Its own value list exactly when it has the options field.
    expect(spec.options === 'own').toBe(spec.fields.includes('options'));
    // A dynamic type's operator is one a condition on it may use.
    if (spec.dynamicOperator) expect(spec.operators).toContain(spec.dynamicOperator);
    // A value to compare exactly when some operator takes one.
    const valued = spec.operators.filter((operator) => !VALUELESS_OPERATORS.has(operator));
    expect(valued.length > 0).toBe(spec.conditionValue !== 'none');
    expect(new Set(spec.fields).size).toBe(spec.fields.length);
  });

  it.each(KEYWORD_TYPE_ORDER)('%s has a label in Swedish and English', (type) => {
    expect(STRINGS.sv.keywordType[type]).toMatch(/\S/);
    expect(STRINGS.en.keywordType[type]).toMatch(/\S/);
  });

  it('answers the type questions the app asks', () => {
    const where = (test: (type: KeywordType) => boolean) => KEYWORD_TYPE_ORDER.filter(test);
    expect(where(isChoiceType)).toEqual(['check', 'yesNo', 'singleChoice', 'multipleChoice']);
    expect(where(hasOwnOptions)).toEqual(['singleChoice', 'multipleChoice']);
    expect(where(isNumericType)).toEqual(['number', 'score']);
    expect(where((type) => getTypeSpec(type).dynamicOperator !== undefined)).toEqual([
      'check',
      'yesNo',
      'singleChoice',
      'multipleChoice',
    ]);
    expect(where((type) => usesField(type, 'decimals'))).toEqual(['number']);
    expect(where((type) => usesField(type, 'bands'))).toEqual(['score']);
    expect(KEYWORD_TYPES.multipleChoice.fhir).toEqual({
      item: 'choice',
      repeats: true,
      control: 'check-box',
    });
  });

  it('gives check and yes/no their built-in values', () => {
    const t = buildTree(everyTypeSpec());
    expect(getOptions(t.keyword('Kryss')).map((o) => o.id)).toEqual(['ja']);
    expect(getOptions(t.keyword('Janej')).map((o) => o.id)).toEqual(['ja', 'nej']);
    expect(getOptions(t.keyword('Fri'))).toEqual([]);
  });

  it('assertNever throws, naming what it got', () => {
    expect(() => assertNever('quantity' as never, 'FHIR item type')).toThrow(
      'Unexpected FHIR item type: "quantity"',
    );
  });
});

describe('every keyword type, end to end through the registry', () => {
  const t = buildTree(everyTypeSpec());

  it('exports to FHIR and imports back as the same type with the same fields', () => {
    const questionnaire = toQuestionnaire(t.document, t.catalog);
    const back = fromQuestionnaire(JSON.parse(JSON.stringify(questionnaire)) as Record<string, unknown>, 'x');
    if (!back.ok) throw new Error(inWords(back.problem, 'en'));
    for (const keyword of t.keywords) {
      const imported = back.file.keywords.find((k) => k.id === keyword.id);
      expect(imported?.type, keyword.term).toBe(keyword.type);
      for (const field of KEYWORD_FIELDS)
        expect(imported?.[field], `${keyword.term}.${field}`).toEqual(keyword[field]);
    }
  });

  it('a condition on each type accepts what the registry says and refuses the rest', () => {
    for (const keyword of t.keywords) {
      const spec = getTypeSpec(keyword.type);
      for (const operator of spec.operators) {
        const value =
          spec.conditionValue === 'number'
            ? 1
            : spec.conditionValue === 'date' || spec.conditionValue === 'dateTime'
              ? '2026-01-01'
              : spec.conditionValue === 'text'
                ? 'ett svar'
                : getOptions(keyword)[0]?.id;
        const clause = VALUELESS_OPERATORS.has(operator)
          ? { source: 'x', operator }
          : { source: 'x', operator, value: value! };
        expect(getClauseProblem(clause, keyword), `${keyword.type} ${operator}`).toBeUndefined();
      }
      const other = (['checked', 'includes', 'lessThan'] as const).find((op) => !spec.operators.includes(op));
      if (other) {
        expect(getClauseProblem({ source: 'x', operator: other, value: 1 }, keyword)?.code).toBe(
          'CONDITION_OPERATOR_NOT_ALLOWED',
        );
      }
    }
  });

  it.each([
    ['Tal', 'text', { maxLength: undefined, unit: undefined, min: undefined, decimals: undefined }],
    ['Fri', 'number', { maxLength: undefined }],
    [
      'Enval',
      'multipleChoice',
      {
        options: [
          { id: 'a', label: 'A', score: 1 },
          { id: 'b', label: 'B', score: 2 },
        ],
      },
    ],
    ['Enval', 'yesNo', { options: undefined }],
    ['Summa', 'number', { scoreSources: undefined, unit: undefined }],
  ] as const)('changing %s to %s keeps only the fields the new type uses', (term, type, expected) => {
    const keyword = t.keyword(term);
    const result = changeKeywordType(
      t.state,
      { keywordId: keyword.id, type, fixDependents: true },
      createTestContext(),
    );
    if (!result.ok) throw new Error(result.refusal);
    const changed = produce(t.state, result.change.recipe).keywords.get(keyword.id)!;
    expect(changed.type).toBe(type);
    for (const [field, value] of Object.entries(expected))
      expect(changed[field as keyof typeof changed], field).toEqual(value);
    for (const field of KEYWORD_FIELDS) if (!usesField(type, field)) expect(changed[field]).toBeUndefined();
  });
});
