/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The production page allows nothing it does not need (quality-targets.md C4). The validators are
// compiled at build time, so script-src needs no 'unsafe-eval'. Dev and HMR inject their own code,
// so the policy is added to the build only.
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'termverkstad-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    rolldownOptions: {
      output: {
        // vite 8 (rolldown): manualChunks is deprecated; split react from the rest.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 20 },
            // Papa Parse (export), jsonc-parser (folder checks), MiniSearch (the catalogue),
            // DayPicker with date-fns (the form's calendar) and dnd-kit (dragging rows, fetched
            // after the tree is painted) load only with the code that uses them.
            {
              name: 'vendor',
              test: /node_modules[\\/](?!papaparse[\\/]|jsonc-parser[\\/]|minisearch[\\/]|react-day-picker[\\/]|date-fns[\\/]|@date-fns[\\/]|@dnd-kit[\\/])/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
  worker: {
    format: 'es',
    rolldownOptions: {
      output: {
        // Importera's worker holds the FHIR R4 schema's validator (~350 kB) apart from the rest, so
        // no file passes the 500 kB chunk budget (quality-targets.md PERF-14).
        codeSplitting: {
          groups: [{ name: 'fhir-schema', test: /formats[\\/]generated[\\/]fhir-questionnaire/ }],
        },
      },
    },
  },
  test: {
    // Component tests drive the whole app in jsdom and take 2–3 s here; a shared CI machine can be
    // several times slower. A hung test still fails.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['./test/helpers/setup-unit.ts'],
          benchmark: { include: ['test/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.tsx'],
          setupFiles: ['./test/helpers/setup-component.ts'],
          css: false,
        },
      },
    ],
  },
});
