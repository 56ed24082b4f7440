// Mutation testing (npm run mutation): StrykerJS changes the code of the pure folders one small bug
// at a time and checks that some unit test fails. Not part of .ci/run (it takes tens of minutes on
// two cores); run it before landing changes to these folders and read the survivors.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/domain/**/*.ts',
    'src/validation/**/*.ts',
    'src/formats/**/*.ts',
    'src/cli/**/*.ts',
    '!src/**/generated/**',
    // Type declarations only: nothing to mutate.
    '!src/formats/fhir-types.ts',
  ],
  coverageAnalysis: 'perTest',
  // Mutants in module-level constants run for every test; they are counted, but not run per test.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
