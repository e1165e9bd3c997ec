import './code.css';
import { lazy } from 'react';

/** The highlighter (Prism and its grammars) in its own chunk, loaded at start-up in parallel with the rest. */
export const pythonChunk = import('./PythonSource');

export const LazyPythonSource = lazy(() => pythonChunk.then((m) => ({ default: m.PythonSource })));
/** Any language the code panels show (Python, JavaScript), from the same chunk. */
export const LazySourceCode = lazy(() => pythonChunk.then((m) => ({ default: m.SourceCode })));
