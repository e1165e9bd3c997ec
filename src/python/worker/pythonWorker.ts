import { loadPyodide } from 'pyodide';
import type { FromPython, ToPython } from '../protocol';
import { RUNTIME_FILES } from '../runtimeFiles';
import { createSession, type PythonSession } from '../session';

/**
 * CPython (Pyodide) in a module worker: loaded from the app's own base on the first `load`, then runs one
 * program per `run`, synchronously (a runaway program is ended by the page terminating this worker).
 */
// Typed by hand: the webworker lib next to DOM would retype every global of the program.
const scope = self as unknown as {
  postMessage(message: FromPython): void;
  onmessage: ((event: MessageEvent<ToPython>) => void) | null;
};
const post = (message: FromPython) => scope.postMessage(message);
let session: PythonSession | null = null;
let heap: () => number = () => 0;

scope.onmessage = async (event: MessageEvent<ToPython>) => {
  const message = event.data;
  if (message.type === 'load') {
    const started = performance.now();
    try {
      const py = await loadPyodide({ indexURL: message.indexURL, stdout: () => {}, stderr: () => {} });
      const loaded = performance.now();
      session = createSession(py, RUNTIME_FILES);
      console.info(
        `python: interpreter ${Math.round(loaded - started)} ms, runtime ${Math.round(performance.now() - loaded)} ms`,
      );
      heap = () => (py as unknown as { _module: { HEAPU8: Uint8Array } })._module.HEAPU8.byteLength;
      post({ type: 'ready', loadMs: performance.now() - started });
    } catch (error) {
      post({ type: 'load-failed', message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  if (!session) return;
  const { id } = message;
  post({ type: 'started', id });
  const result = session.run(message.source, message.options, (stream, text) =>
    post({ type: 'output', id, stream, text }),
  );
  post({ type: 'result', id, result, memoryBytes: heap() });
};
