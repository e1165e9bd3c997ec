import { lazy } from 'react';

/**
 * The code panel's editor and runner in their own chunk (CodeMirror and the Python client), loaded at start-up
 * in parallel with the rest, never in the initial bundle; Pyodide itself loads in the worker on the first Run.
 */
export const programChunk = import('./ProgramHost');
export const LazyProgramHost = lazy(() => programChunk);
