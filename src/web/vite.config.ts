import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompress } from './precompress.js';

const here = path.dirname(fileURLToPath(import.meta.url));

// The staff app: built into dist/web, served by src/server/app.ts (assets under /assets, index.html for the rest).
export default defineConfig({
  root: here,
  base: '/',
  // Every text asset is also written as .br and .gz beside itself (served as they are: src/server/app.ts).
  plugins: [react(), precompress()],
  build: {
    outDir: path.resolve(here, '../../dist/web'),
    emptyOutDir: true,
    // No inline scripts or data-URL modules: the CSP allows script-src 'self' only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // The budget test (src/web/first-load-budget.test.ts) reads the manifest to find what a first load fetches.
    manifest: true,
    chunkSizeWarningLimit: 800,
    // The string tables (src/i18n) are plain data: a module that imports src/i18n/index.js for isLanguage()
    // must not pull all three languages into the first load (src/web/i18n.ts fetches nn and en when chosen).
    rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]i18n[\\/]/.test(id) } },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/auth': 'http://localhost:3000' },
  },
});
