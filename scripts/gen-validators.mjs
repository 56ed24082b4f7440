// Generates src/validation/generated/validators.js: ajv validators compiled to plain code at build time
// ("standalone"), so the app and the CLI never compile schemas at run time and need no `new Function`
// (a strict CSP without 'unsafe-eval' stays possible). The drift test compares this output with the
// committed file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { ROOT, loadSchemas } from './schema-files.mjs';

export const VALIDATORS_FILE = join(ROOT, 'src/validation/generated/validators.js');

/** Exported validator name -> schema $id (plus an optional JSON pointer). */
const EXPORTS = {
  validateKeyword: 'keyword.schema.json',
  validateTreeNode: 'node.schema.json',
  validateDocument: 'document.schema.json',
  validateFragmentFile: 'fragment-file.schema.json',
  validateLibraryFile: 'library-file.schema.json',
  validateSavedVersion: 'library-file.schema.json#/$defs/SavedVersion',
  validateTrashEntry: 'library-file.schema.json#/$defs/TrashEntry',
};

export function generateValidators() {
  const schemas = loadSchemas();
  // Security settings from quality-targets.md C2: strict, no $data, never mutate input, first error only
  // (allErrors is a DoS vector on untrusted input; the semantic rules list every problem afterwards).
  const ajv = new Ajv2020({
    strict: true,
    allErrors: false,
    $data: false,
    useDefaults: false,
    coerceTypes: false,
    removeAdditional: false,
    code: { source: true, esm: true, lines: false, optimize: true },
  });
  for (const { schema } of schemas) ajv.addSchema(schema);
  const mapping = {};
  for (const [name, file] of Object.entries(EXPORTS)) {
    const [path, pointer] = file.split('#');
    const id = schemas.find((s) => s.file === path)?.schema.$id;
    if (!id) throw new Error(`no schema ${file}`);
    mapping[name] = pointer ? `${id}#${pointer}` : id;
  }
  return toEsm(standaloneCode(ajv, mapping));
}

// Even with code.esm, ajv's standalone output require()s small runtime helpers (ajv #2209), and CommonJS
// default-import semantics differ between Node and Vite. The only helper our schemas need is ucs2length
// (maxLength counts code points, not UTF-16 units), so define it in the module; refuse any other.
const UCS2LENGTH = 'function runtime_ucs2length(str) { let n = 0; for (const _ of str) n++; return n; }';

function toEsm(code) {
  const body = code.replace(/require\("ajv\/dist\/runtime\/ucs2length"\)\.default/g, 'runtime_ucs2length');
  if (/\brequire\(/.test(body))
    throw new Error('standalone validators require() an unexpected ajv runtime helper');
  const header =
    '/* Generated from schemas/ by scripts/gen-validators.mjs (npm run gen). Do not edit by hand. */';
  return `${header}\n// @ts-nocheck\n${UCS2LENGTH}\n${body}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  mkdirSync(join(ROOT, 'src/validation/generated'), { recursive: true });
  writeFileSync(VALIDATORS_FILE, generateValidators());
  console.log(`wrote ${VALIDATORS_FILE}`);
}
