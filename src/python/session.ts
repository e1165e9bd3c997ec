import { answerForUrl } from './endpointAnswer';
import type { PythonRunOptions, PythonRunResult } from './types';

/** The part of Pyodide's API a session uses (so Node tests and the worker pass their own instance). */
export interface PyodideLike {
  readonly FS: { mkdirTree(path: string): void; writeFile(path: string, data: string): void };
  runPython(code: string): unknown;
  pyimport(name: string): unknown;
}

type RunFn = (source: string, options: string, host: PythonHost) => string;

/** What Python calls back: the endpoint's answer to a request, and the program's output as it is written. */
export interface PythonHost {
  answer(url: string, fallbackId: string, seed: number): string;
  output(stream: 'stdout' | 'stderr', text: string): void;
}

const ROOT = '/awaitline';
const WARM_UP = `import asyncio, aiohttp
async def _one(s, i):
    async with s.get('http://127.0.0.1:5000/?ms=1') as r:
        await r.text()
async def _main():
    async with aiohttp.ClientSession() as s:
        await asyncio.gather(*(_one(s, i) for i in range(20)))
asyncio.run(_main())`;

/** A loaded interpreter with Awaitline's runtime installed, ready to run programs one after another. */
export interface PythonSession {
  run(source: string, options: PythonRunOptions, onOutput: PythonHost['output']): PythonRunResult;
}

/**
 * Installs the runtime files in the interpreter (under /awaitline, first on sys.path, so `import aiohttp`
 * and `import requests` find Awaitline's modules), imports them, and runs one small gather so the first
 * program does not pay for compiling the asyncio paths.
 */
export function createSession(py: PyodideLike, files: Readonly<Record<string, string>>): PythonSession {
  for (const [path, text] of Object.entries(files)) {
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    py.FS.mkdirTree(`${ROOT}/${dir}`);
    py.FS.writeFile(`${ROOT}/${path}`, text);
  }
  py.runPython(`import sys\nsys.path.insert(0, '${ROOT}')\nimport awaitline_rt.warm`);
  const runFn = (py.pyimport('awaitline_rt.run') as { run: RunFn }).run;
  const session: PythonSession = {
    run(source, options, onOutput) {
      const host: PythonHost = {
        answer: (url, fallbackId, seed) => JSON.stringify(answerForUrl(url, fallbackId, seed)),
        output: onOutput,
      };
      const started = performance.now();
      const raw = runFn(source, JSON.stringify(options), host);
      const result = JSON.parse(raw) as Omit<PythonRunResult, 'realMs'>;
      return { ...result, log: result.log ?? [], realMs: performance.now() - started } as PythonRunResult;
    },
  };
  session.run(
    WARM_UP,
    { virtual: true, seed: 0, cpuScale: 1, maxTasks: 100, maxVirtualS: 60, maxCpuS: 10, maxOutput: 1000 },
    () => {},
  );
  return session;
}
