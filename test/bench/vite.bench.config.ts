// Builds the benchmark page (test/bench/browser) as production code, like the shipped app.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('./browser', import.meta.url)),
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../../bench-results/page', import.meta.url)), emptyOutDir: true },
  preview: { host: '127.0.0.1', port: 4174, strictPort: true },
});
