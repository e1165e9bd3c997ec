import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The files `loadPyodide({ indexURL })` fetches from its index URL: the interpreter, the stdlib, the lock. */
export const PYODIDE_FILES = [
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
];

const TYPES: Record<string, string> = {
  mjs: 'text/javascript',
  wasm: 'application/wasm',
  zip: 'application/zip',
  json: 'application/json',
};

const source = (file: string) => fileURLToPath(new URL(`../node_modules/pyodide/${file}`, import.meta.url));

/**
 * Serves the npm `pyodide` package's runtime from the app's own base, `<base>pyodide/`: copied into dist/ at
 * build (so a sub-path copy of dist/ carries it, no CDN), served from node_modules by the dev server. Only
 * the Python worker fetches them, on the first Run.
 */
export function pyodideAssets(): Plugin {
  return {
    name: 'awaitline-pyodide-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = /\/pyodide\/([^/?#]+)/.exec(req.url ?? '')?.[1];
        if (!file || !PYODIDE_FILES.includes(file)) return next();
        res.setHeader('Content-Type', TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream');
        res.end(readFileSync(source(file)));
      });
    },
    generateBundle() {
      for (const file of PYODIDE_FILES)
        this.emitFile({ type: 'asset', fileName: `pyodide/${file}`, source: readFileSync(source(file)) });
    },
  };
}
