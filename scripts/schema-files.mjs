// The schema files in schemas/, read once; shared by the type and validator generators.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_DIR = join(ROOT, 'schemas');
export const SCHEMA_BASE = 'https://termverkstad.invalid/schemas/';

/** Every *.schema.json in schemas/, parsed, sorted by file name for stable output. */
export function loadSchemas() {
  return readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith('.schema.json'))
    .sort()
    .map((file) => ({ file, schema: JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) }));
}
