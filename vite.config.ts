/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pyodideAssets } from './tools/vitePyodide.ts';
import type { Plugin } from 'vite';

/** The dev server's hot reload injects inline scripts, which the CSP in index.html forbids: drop it there only. */
const cspOffInDev: Plugin = {
  name: 'awaitline-csp-off-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

// `base: './'` keeps the build host-agnostic: dist/ works when copied under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), cspOffInDev, pyodideAssets()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      output: {
        // zod and the module that turns its JIT off share a chunk, so the switch runs before any module builds
        // a schema (zod reads it when a schema is made); see src/app/zodConfig.ts.
        manualChunks: (id) =>
          /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]app[\\/]zodConfig\.ts$/.test(id) ? 'zod' : undefined,
      },
    },
  },
  worker: { format: 'es' },
  // MSW is imported lazily (in the Live tab and in live workers); listing its entry points lets the dev server
  // pre-bundle them at start instead of re-optimising and reloading the page mid-session.
  optimizeDeps: {
    include: ['msw', 'msw/browser', 'msw/experimental', '@mswjs/interceptors/fetch'],
    // Pyodide finds its runtime files from the index URL it is given; pre-bundling would move its module.
    exclude: ['pyodide'],
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // UI tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
    pool: 'threads',
    // A slow or busy machine must not turn a correct test red: tests assert behaviour, never time.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
