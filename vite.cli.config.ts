import { defineConfig } from 'vite';

// The command line, built ahead of time into one JavaScript file for Node (run by `npm ci` through
// the prepare script): no TypeScript compiler at run time, and one file to load instead of hundreds
// of modules. Commands load their own chunk, so `--help` does not parse the FHIR validator.
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: { output: { entryFileNames: 'termverkstad.mjs', chunkFileNames: '[name].mjs' } },
  },
  // Bundle the dependencies too: resolving them from node_modules on every start is what costs time.
  ssr: { noExternal: true, target: 'node' },
});
