import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSchemas, SCHEMA_DIR } from '../../../scripts/schema-files.mjs';
import * as validators from '../../../src/validation/generated/validators.js';

type Schema = Record<string, unknown>;

/** Every sub-schema with the JSON pointer to it. */
function* walk(schema: unknown, pointer = ''): Generator<[string, Schema]> {
  if (schema === null || typeof schema !== 'object') return;
  if (Array.isArray(schema)) {
    for (const [i, item] of schema.entries()) yield* walk(item, `${pointer}/${i}`);
    return;
  }
  const s = schema as Schema;
  yield [pointer, s];
  for (const key of ['properties', '$defs'] as const) {
    const map = s[key] as Record<string, unknown> | undefined;
    for (const [name, sub] of Object.entries(map ?? {})) yield* walk(sub, `${pointer}/${key}/${name}`);
  }
  for (const key of ['items', 'oneOf', 'anyOf', 'allOf'] as const)
    if (s[key]) yield* walk(s[key], `${pointer}/${key}`);
}

const schemas = loadSchemas();

describe('schemas/', () => {
  it.each(schemas.map((s) => [s.file, s.schema] as const))(
    '%s is draft 2020-12 with an $id that names the file',
    (file, schema) => {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://termverkstad.invalid/schemas/${file}`);
    },
  );

  it.each(schemas.map((s) => [s.file, s.schema] as const))(
    '%s closes every object and bounds every string and array',
    (_file, schema) => {
      const problems: string[] = [];
      for (const [pointer, sub] of walk(schema)) {
        if (sub.type === 'object' && sub.additionalProperties !== false)
          problems.push(`${pointer}: additionalProperties`);
        const boundedString =
          sub.maxLength !== undefined || sub.enum !== undefined || sub.const !== undefined;
        if (sub.type === 'string' && !boundedString) problems.push(`${pointer}: maxLength`);
        if (sub.pattern !== undefined && sub.maxLength === undefined)
          problems.push(`${pointer}: pattern without maxLength`);
        if (sub.type === 'array' && sub.maxItems === undefined) problems.push(`${pointer}: maxItems`);
      }
      expect(problems).toEqual([]);
    },
  );
});

const VALIDATOR_BY_FOLDER: Record<string, (data: unknown) => boolean> = {
  keyword: validators.validateKeyword,
  node: validators.validateTreeNode,
  document: validators.validateDocument,
  'fragment-file': validators.validateFragmentFile,
  'library-file': validators.validateLibraryFile,
};

describe('schemas/examples', () => {
  const folders = readdirSync(join(SCHEMA_DIR, 'examples'));

  it('has examples for every schema that describes a file or record', () => {
    expect(folders.sort()).toEqual(Object.keys(VALIDATOR_BY_FOLDER).sort());
  });

  const examples = folders.flatMap((folder) =>
    readdirSync(join(SCHEMA_DIR, 'examples', folder)).map((file) => [`${folder}/${file}`, folder] as const),
  );
  it.each(examples)('%s validates against its schema', (path, folder) => {
    const data: unknown = JSON.parse(readFileSync(join(SCHEMA_DIR, 'examples', path), 'utf8'));
    const validate = VALIDATOR_BY_FOLDER[folder]!;
    expect(validate(data), JSON.stringify((validate as { errors?: unknown }).errors)).toBe(true);
  });

  it('the precompiled validators reject what the schemas forbid', () => {
    const keyword = { id: 'kw-a', term: 'Vikt', type: 'number', status: 'active' };
    expect(validators.validateKeyword(keyword)).toBe(true);
    expect(validators.validateKeyword({ ...keyword, extra: 1 })).toBe(false);
    expect(validators.validateKeyword({ ...keyword, id: 'blank space' })).toBe(false);
    expect(validators.validateKeyword({ ...keyword, term: 'x'.repeat(10001) })).toBe(false);
    expect(validators.validateKeyword({ ...keyword, type: 'slider' })).toBe(false);
    expect(
      validators.validateTreeNode({
        id: 'n',
        keywordId: 'k',
        include: { fragmentId: 'f', version: '1.0.0' },
      }),
    ).toBe(false);
    expect(validators.validateTreeNode({ id: 'n', include: { fragmentId: 'f', version: '1.0' } })).toBe(
      false,
    );
    expect(
      validators.validateTreeNode({ id: 'n', keywordId: 'k', showWhen: { behavior: 'all', clauses: [] } }),
    ).toBe(false);
  });
});
