import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

// Import boundaries from docs (architecture.md): imports flow domain <- commands <- history/state
// <- features <- app. Only persistence/ imports dexie, only validation/ imports ajv.
const APP_LAYERS = [
  'app',
  'commands',
  'history',
  'state',
  'features',
  'validation',
  'formats',
  'persistence',
  'components',
  'hooks',
  'i18n',
  'cli',
];
const UI_PACKAGES = ['react', 'react-dom', 'react-dom/*', '@dnd-kit/*', '@tanstack/*'];
const DEXIE = ['dexie', 'dexie-react-hooks'];
const AJV = ['ajv', 'ajv/*', 'ajv-formats'];

/** Builds a no-restricted-imports rule for one zone of src/. */
function boundary({ packages = [], layers = [] }) {
  const patterns = [];
  if (packages.length > 0) {
    patterns.push({ group: packages, message: 'This layer may not use this package (architecture.md).' });
  }
  if (layers.length > 0) {
    patterns.push({
      group: layers.map((layer) => `**/${layer}/**`),
      message: 'Imports flow one way: domain <- commands <- state <- features <- app (architecture.md).',
    });
  }
  return { 'no-restricted-imports': ['error', { patterns }] };
}

export default defineConfig([
  globalIgnores([
    'dist',
    'test-results',
    'playwright-report',
    'coverage',
    'bench-results',
    'src/domain/generated',
    'src/validation/generated',
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
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render user text as text (quality-targets.md C3).',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: boundary({ packages: [...DEXIE, ...AJV] }),
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: boundary({ packages: [...UI_PACKAGES, ...DEXIE, ...AJV], layers: APP_LAYERS }),
  },
  {
    files: ['src/commands/**/*.ts', 'src/history/**/*.ts'],
    rules: boundary({
      packages: [...UI_PACKAGES, ...DEXIE, ...AJV],
      layers: ['app', 'features', 'state', 'persistence', 'formats', 'validation', 'cli', 'components'],
    }),
  },
  {
    files: ['src/validation/**/*.ts'],
    rules: boundary({
      packages: [...UI_PACKAGES, ...DEXIE],
      layers: ['app', 'features', 'persistence', 'cli'],
    }),
  },
  {
    files: ['src/formats/**/*.ts'],
    rules: boundary({
      packages: [...UI_PACKAGES, ...DEXIE, ...AJV],
      layers: ['app', 'features', 'persistence', 'cli'],
    }),
  },
  {
    files: ['src/persistence/**/*.ts'],
    rules: boundary({ packages: [...UI_PACKAGES, ...AJV], layers: ['app', 'features', 'cli'] }),
  },
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/hooks/**/*.{ts,tsx}'],
    rules: boundary({ packages: [...DEXIE, ...AJV], layers: ['app', 'cli'] }),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: boundary({
      packages: [...UI_PACKAGES, ...DEXIE, ...AJV],
      layers: ['app', 'features', 'persistence'],
    }),
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
