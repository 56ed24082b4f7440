import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Real files in src/, linted with the project's own eslint.config.js: the import rules follow the
// files on disk, so a cycle or a layer crossing must exist to be found. Removed afterwards.
const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES: Record<string, string> = {
  'src/features/preview/lint-fixture-feature.ts':
    "import { TreePanel } from '../tree-editor/tree-panel.tsx';\nexport const fixture = TreePanel;\n",
  'src/domain/lint-fixture-layer.ts':
    "import { exportDocument } from '../exchange/export-document.ts';\nexport const fixture = exportDocument;\n",
  'src/domain/lint-fixture-cycle-a.ts':
    "import { b } from './lint-fixture-cycle-b.ts';\nexport const a = (): number => b() + 1;\n",
  'src/domain/lint-fixture-cycle-b.ts':
    "import { a } from './lint-fixture-cycle-a.ts';\nexport const b = (): number => (Math.random() > 2 ? a() : 0);\n",
  'src/validation/lint-fixture-words.ts':
    "export const refusal = { sv: 'Filen är trasig.', en: 'The file is broken.' };\n",
  'src/domain/lint-fixture-fine.ts':
    "import { indexTree } from './tree.ts';\nexport const fixture = indexTree;\n",
};

let results: ESLint.LintResult[] = [];
const rulesIn = (file: string) =>
  results.find((r) => r.filePath === join(ROOT, file))?.messages.map((m) => m.ruleId) ?? ['(not linted)'];

beforeAll(async () => {
  for (const [file, text] of Object.entries(FIXTURES)) writeFileSync(join(ROOT, file), text);
  results = await new ESLint({ cwd: ROOT }).lintFiles(Object.keys(FIXTURES));
}, 120_000);

afterAll(() => {
  for (const file of Object.keys(FIXTURES)) rmSync(join(ROOT, file), { force: true });
});

describe('lint keeps the layers of architecture.md', () => {
  it('fails a feature that imports another feature', () => {
    expect(rulesIn('src/features/preview/lint-fixture-feature.ts')).toContain('import-x/no-restricted-paths');
  });

  it('fails the domain importing a layer above it (exchange)', () => {
    expect(rulesIn('src/domain/lint-fixture-layer.ts')).toContain('import-x/no-restricted-paths');
  });

  it('fails an import cycle, on both files', () => {
    expect(rulesIn('src/domain/lint-fixture-cycle-a.ts')).toContain('import-x/no-cycle');
    expect(rulesIn('src/domain/lint-fixture-cycle-b.ts')).toContain('import-x/no-cycle');
  });

  it('fails words written outside src/i18n (a message code belongs there instead)', () => {
    expect(rulesIn('src/validation/lint-fixture-words.ts')).toContain('no-restricted-syntax');
  });

  it('passes an import within the layer', () => {
    expect(rulesIn('src/domain/lint-fixture-fine.ts')).toEqual([]);
  });
});
