import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// Layers of src/ (architecture.md, "Imports flow one way"): each folder may import only the folders
// listed for it. Enforced for every folder by import-x/no-restricted-paths below; a folder not
// listed here fails the config check, so a new folder must be placed in the layering.
const LAYERS = {
  domain: [],
  examples: ['domain'],
  commands: ['domain'],
  history: ['domain', 'commands'],
  formats: ['domain'],
  validation: ['domain', 'formats'],
  i18n: ['domain', 'commands', 'formats', 'validation', 'exchange'],
  exchange: ['domain', 'commands', 'formats', 'validation'],
  persistence: ['domain', 'formats', 'validation'],
  state: ['domain', 'commands', 'history'],
  hooks: [],
  components: ['domain', 'hooks', 'i18n'],
  features: [
    'domain',
    'commands',
    'history',
    'state',
    'validation',
    'formats',
    'exchange',
    'i18n',
    'components',
    'hooks',
  ],
  cli: ['domain', 'formats', 'validation', 'exchange', 'i18n', 'examples'],
  app: [
    'domain',
    'commands',
    'state',
    'validation',
    'i18n',
    'components',
    'hooks',
    'features',
    'persistence',
  ],
};
const SRC = join(import.meta.dirname, 'src');
const FOLDERS = readdirSync(SRC, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
for (const folder of FOLDERS) {
  if (!(folder in LAYERS)) throw new Error(`eslint.config.js: place src/${folder} in LAYERS`);
}
const FEATURES = readdirSync(join(SRC, 'features'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/** import-x/no-restricted-paths zones: each layer from the folders it may not use, each feature from the others. */
function layerZones() {
  const zones = Object.entries(LAYERS).flatMap(([layer, allowed]) =>
    FOLDERS.filter((other) => other !== layer && !allowed.includes(other)).map((other) => ({
      target: `./src/${layer}`,
      from: `./src/${other}`,
      message: `src/${layer} may not import src/${other}: imports flow one way (architecture.md).`,
    })),
  );
  const features = FEATURES.flatMap((feature) =>
    FEATURES.filter((other) => other !== feature).map((other) => ({
      target: `./src/features/${feature}`,
      from: `./src/features/${other}`,
      message: 'Features do not import each other; the app composes them (architecture.md).',
    })),
  );
  return [...zones, ...features];
}

const NO_INNER_HTML = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Render user text as text (quality-targets.md C3).',
};
const NO_INLINE_WORDS = {
  selector: "ObjectExpression:has(> Property[key.name='sv']):has(> Property[key.name='en'])",
  message: 'Words belong in src/i18n: return a message code and parameters (domain/message.ts).',
};

const UI_PACKAGES = ['react', 'react-dom', 'react-dom/*', '@dnd-kit/*', '@tanstack/*'];
const DEXIE = ['dexie', 'dexie-react-hooks'];
const AJV = ['ajv', 'ajv/*', 'ajv-formats'];

/** Packages a zone of src/ may not use (architecture.md: only persistence/ uses Dexie, only validation/ ajv). */
function packages(names) {
  return {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: names, message: 'This layer may not use this package (architecture.md).' }] },
    ],
  };
}

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-cli',
    'test-results',
    'playwright-report',
    'coverage',
    'bench-results',
    'reports',
    '.stryker-tmp',
    'src/domain/generated',
    'src/validation/generated',
    'src/formats/generated',
  ]),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
    ],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // A switch over a union (keyword types, answer kinds, FHIR item types) must name every member
      // or end in assertNever, so a new member is listed by the compiler and lint, not found in use.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      // const { score: _omit, ...rest } = option is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'no-restricted-syntax': ['error', NO_INNER_HTML],
    },
  },
  {
    // Words live in src/i18n; every other layer says things as message codes and parameters.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/i18n/**'],
    rules: { 'no-restricted-syntax': ['error', NO_INNER_HTML, NO_INLINE_WORDS] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver()],
      // Follow .ts/.tsx imports (import-x reads only .js files unless told), parsed as TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...packages([...DEXIE, ...AJV]),
      'import-x/no-restricted-paths': ['error', { zones: layerZones() }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: [
      'src/domain/**/*.ts',
      'src/commands/**/*.ts',
      'src/history/**/*.ts',
      'src/formats/**/*.ts',
      'src/exchange/**/*.ts',
      'src/examples/**/*.ts',
      'src/i18n/**/*.ts',
      'src/cli/**/*.ts',
    ],
    rules: packages([...UI_PACKAGES, ...DEXIE, ...AJV]),
  },
  {
    files: ['src/validation/**/*.ts'],
    rules: packages([...UI_PACKAGES, ...DEXIE]),
  },
  {
    files: ['src/persistence/**/*.ts'],
    rules: packages([...UI_PACKAGES, ...AJV]),
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      // Tests await Playwright/Testing Library promises inside callbacks that vitest types loosely.
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
]);
