import { fileURLToPath } from 'node:url';
import { loadPyodide } from 'pyodide';
import { BASE_PARAMS } from '../strategies/params';
import type { Scenario } from '../trace/scenario';
import type { Trace } from '../trace/types';
import { buildTrace } from './buildTrace';
import { nominalLatencies } from './shape';
import { RUNTIME_FILES } from './runtimeFiles';
import { createSession, type PythonSession } from './session';
import { DEFAULT_RUN_OPTIONS, type PythonRunOptions, type PythonRunResult } from './types';

/** A scenario for traces built in tests (the match replaces it when the shape fits). */
export const TEST_SCENARIO: Scenario = { strategy: 'asyncio-gather', params: BASE_PARAMS, seed: 0 };

/** Loads Pyodide from node_modules once (≈3 s) with the runtime installed: share it across a file's cases. */
export async function nodeSession(): Promise<PythonSession> {
  const indexURL = fileURLToPath(new URL('../../node_modules/pyodide/', import.meta.url));
  const py = await loadPyodide({ indexURL, stdout: () => {}, stderr: () => {} });
  return createSession(py, RUNTIME_FILES);
}

export interface TestRun {
  readonly result: PythonRunResult;
  readonly trace: Trace;
  readonly output: string;
  /** The endpoint's delay of each request, for `matchShape`. */
  readonly nominal: readonly number[];
}

/**
 * Runs `source` once and builds its trace. CPU work is not counted by default (`cpuScale: 0`): it is measured
 * on the wall clock, which a loaded test machine stretches; the figures pinned here are the waits'.
 */
export function runIn(
  session: PythonSession,
  source: string,
  options: Partial<PythonRunOptions> = {},
): TestRun {
  let output = '';
  const result = session.run(source, { ...DEFAULT_RUN_OPTIONS, cpuScale: 0, ...options }, (_stream, text) => {
    output += text;
  });
  return {
    result,
    trace: buildTrace(result.log, TEST_SCENARIO, source),
    output,
    nominal: nominalLatencies(result.log),
  };
}
