/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `base: './'` keeps the build host-agnostic: dist/ works when copied under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  // MSW is imported lazily (in the Live tab and in live workers); listing its entry points lets the dev server
  // pre-bundle them at start instead of re-optimising and reloading the page mid-session.
  optimizeDeps: { include: ['msw', 'msw/browser', 'msw/experimental', '@mswjs/interceptors/fetch'] },
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
