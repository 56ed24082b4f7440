// Mutation testing (npm run mutation): StrykerJS changes the code of the pure folders one small bug
// at a time and checks that some unit test fails. Not part of .ci/run (it takes tens of minutes on
// two cores); run it before landing changes to these folders and read the survivors.
const FOLDERS = process.env.STRYKER_FOLDER
  ? [process.env.STRYKER_FOLDER]
  : ['domain', 'validation', 'formats', 'cli'];
const REPORTS = process.env.STRYKER_FOLDER
  ? `reports/mutation/${process.env.STRYKER_FOLDER}`
  : 'reports/mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  // STRYKER_FOLDER=domain (or validation, formats, cli) mutates one folder, with its own reports.
  mutate: [
    ...FOLDERS.map((folder) => `src/${folder}/**/*.ts`),
    '!src/**/generated/**',
    // Type declarations only: nothing to mutate.
    '!src/formats/fhir-types.ts',
  ],
  coverageAnalysis: 'perTest',
  // Mutants in module-level constants run for every test; they are counted, but not run per test.
  ignoreStatic: true,
  concurrency: 2,
  // Beyond the test's own time: a mutant that loops forever is stopped after this.
  timeoutMS: 5_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${REPORTS}/index.html` },
  jsonReporter: { fileName: `${REPORTS}/mutation.json` },
  thresholds: { high: 90, low: 80, break: null },
  incremental: true,
  incrementalFile: `${REPORTS}/stryker-incremental.json`,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
