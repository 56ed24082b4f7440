// Writes schemas/examples/: for every schema, example files that must validate (test/unit/schemas).
// The example library is built from src/examples; the drift test compares these files with that output.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildExampleFragmentFiles, buildExampleLibrary } from '../src/examples/library.ts';
import { getExampleFiles } from '../src/examples/schema-examples.ts';

const dir = join(import.meta.dirname, '..', 'schemas', 'examples');
rmSync(dir, { recursive: true, force: true });
for (const { path, content } of getExampleFiles(buildExampleLibrary(), buildExampleFragmentFiles())) {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), content);
}
console.log(`wrote ${dir}`);
