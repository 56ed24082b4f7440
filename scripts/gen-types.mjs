// Generates src/domain/generated/model.ts from schemas/ with json-schema-to-typescript.
// test/unit/schemas/generated-drift.test.ts fails when the committed file differs from this output.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compile } from 'json-schema-to-typescript';
import { ROOT, SCHEMA_BASE, SCHEMA_DIR, loadSchemas } from './schema-files.mjs';

export const TYPES_FILE = join(ROOT, 'src/domain/generated/model.ts');

const BANNER = `/* Generated from schemas/ by scripts/gen-types.mjs (npm run gen). Do not edit by hand. */`;

// Resolve our $id URLs to the files beside them, never over the network.
const localResolver = {
  order: 1,
  canRead: (file) => file.url.startsWith(SCHEMA_BASE),
  read: (file) => readFileSync(join(SCHEMA_DIR, basename(new URL(file.url).pathname)), 'utf8'),
};

export async function generateTypes() {
  const files = loadSchemas().filter(({ file }) => file !== 'common.schema.json');
  const root = {
    $id: `${SCHEMA_BASE}generated-root.json`,
    title: 'AnySchemaRoot',
    anyOf: files.map(({ schema }) => ({ $ref: schema.$id })),
  };
  const ts = await compile(root, 'AnySchemaRoot', {
    bannerComment: BANNER,
    additionalProperties: false,
    strictIndexSignatures: true,
    maxItems: -1,
    unreachableDefinitions: false,
    style: { singleQuote: true, printWidth: 110 },
    $refOptions: { resolve: { http: false, file: false, termverkstad: localResolver } },
  });
  return ts;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  const ts = await generateTypes();
  mkdirSync(join(ROOT, 'src/domain/generated'), { recursive: true });
  writeFileSync(TYPES_FILE, ts);
  console.log(`wrote ${TYPES_FILE}`);
}
