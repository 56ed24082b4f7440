import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFileText, FILE_RULE_CODES, type FileRuleCode } from '../../../src/validation/index.ts';
import { inWords } from '../../../src/i18n/in-words.ts';

const dir = join(import.meta.dirname, '../../fixtures/rules');
const diagnosticsOf = (code: FileRuleCode) => {
  const text = readFileSync(join(dir, `${code}.json`), 'utf8');
  const result = checkFileText(text, Buffer.byteLength(text));
  if (!result.ok) throw new Error(inWords(result.refusal, 'en'));
  return result.diagnostics;
};

/** Where each rule points: the node to select, the keyword, the document as a whole, or a place in the file. */
const TARGET: Record<FileRuleCode, 'node' | 'keyword' | 'document' | 'path'> = {
  SCHEMA_INVALID: 'path',
  DUPLICATE_NODE_ID: 'node',
  DUPLICATE_KEYWORD_ID: 'keyword',
  DUPLICATE_DOCUMENT_ID: 'document',
  DUPLICATE_OPTION_ID: 'node',
  DUPLICATE_OPTION_LABEL: 'node',
  UNKNOWN_KEYWORD: 'node',
  RETIRED_KEYWORD: 'node',
  HEADING_WITHOUT_CHILDREN: 'node',
  REQUIRED_WITHOUT_ANSWER: 'node',
  EMPTY_VALUE_LIST: 'node',
  CHILD_NEVER_FOLDS: 'node',
  CONDITION_SOURCE_MISSING: 'node',
  CONDITION_SOURCE_SELF: 'node',
  CONDITION_SOURCE_DESCENDANT: 'node',
  CONDITION_SOURCE_LATER: 'node',
  CONDITION_OPERATOR_NOT_ALLOWED: 'node',
  CONDITION_VALUE_MISSING: 'node',
  CONDITION_VALUE_NOT_OPTION: 'node',
  CONDITION_VALUE_WRONG_TYPE: 'node',
  CONDITION_NEVER_TRUE: 'node',
  MIN_GREATER_THAN_MAX: 'node',
  MIN_LENGTH_GREATER_THAN_MAX: 'node',
  VALUE_SET_NOT_EXPANDED: 'node',
  PATTERN_INVALID: 'node',
  NOT_BEFORE_NOT_A_DATE: 'node',
  NOT_BEFORE_NOT_PLACED: 'node',
  DATE_ONLY_TODAY: 'node',
  NUMBER_WITHOUT_UNIT: 'node',
  SCORE_WITHOUT_SOURCES: 'node',
  SCORE_SOURCE_UNKNOWN: 'node',
  SCORE_SOURCE_UNSCORED: 'node',
  SCORE_SOURCE_NOT_PLACED: 'node',
  SCORE_SOURCE_LATER: 'node',
  INCLUDE_NOT_FOUND: 'node',
  INCLUDE_CYCLE: 'document',
  INCLUDE_TOO_LARGE: 'document',
  FRAGMENT_ROOT: 'document',
  TOO_MANY_NODES: 'document',
  MANY_NODES: 'document',
  TREE_TOO_DEEP: 'document',
  TREE_DEEP: 'document',
  DUPLICATE_SIBLING_TERM: 'node',
  CODE_FORMAT: 'node',
  NAME_CAPITALS: 'node',
  NAME_LOWERCASE_START: 'node',
  NAME_TOO_LONG: 'node',
  NAME_TRAILING_PUNCTUATION: 'node',
  NAME_UNIT_IN_TERM: 'node',
  NAME_QUESTION: 'node',
  NAME_VAGUE: 'node',
  OPTION_LABEL_STYLE: 'node',
  SAME_TERM_IN_CATALOGUE: 'node',
  SCENARIO_CHANGED: 'document',
};

describe('every finding points somewhere and fills in its message', () => {
  it.each(FILE_RULE_CODES)('%s', (code) => {
    for (const d of diagnosticsOf(code)) {
      for (const text of [inWords(d, 'sv'), inWords(d, 'en')]) {
        expect(text).not.toMatch(/undefined|NaN|\[object Object\]|""/);
      }
      switch (TARGET[code]) {
        case 'node':
          expect(d.nodeId, code).toEqual(expect.any(String));
          expect(d.documentId, code).toEqual(expect.any(String));
          break;
        case 'keyword':
          expect(d.keywordId, code).toEqual(expect.any(String));
          break;
        case 'document':
          expect(d.documentId, code).toEqual(expect.any(String));
          break;
        case 'path':
          expect(d.path, code).toEqual(expect.any(String));
          break;
      }
    }
  });
});
