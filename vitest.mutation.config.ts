import { defineConfig } from 'vitest/config';

// The unit tests that StrykerJS runs against each mutant (npm run mutation): Node only, without
// the lint test (it lints real files, slowly, and covers no mutated code), the generated-file drift
// test (Stryker's sandbox marks every file @ts-nocheck) and the benchmarks. Property tests make
// fewer runs (FUZZ_RUNS): they run once per mutant they cover, thousands of times in all.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/unit/**/*.test.ts'],
    exclude: ['test/unit/lint/**', 'test/unit/schemas/generated-drift.test.ts'],
    setupFiles: ['./test/helpers/setup-unit.ts'],
    testTimeout: 60_000,
    env: { FUZZ_RUNS: '30' },
  },
});
