import './code.css';
import { onDemand, preload } from '../chunks/onDemand';

/** The highlighter (Prism and its grammars) in its own chunk, loaded at start-up in parallel with the rest. */
export const pythonChunk = import('./PythonSource');

const pythonSource = onDemand(() => pythonChunk.then((m) => m.PythonSource));
const sourceCode = onDemand(() => pythonChunk.then((m) => m.SourceCode));
preload(pythonSource);
preload(sourceCode);

/**
 * Highlighted Python; suspends only while the chunk is on its way, so a panel mounted later (the Live screen's
 * code) is highlighted in its first paint rather than 300 ms after its plain fallback (see onDemand).
 */
export const LazyPythonSource = pythonSource.Component;

/** Any language the code panels show (Python, JavaScript), from the same chunk. */
export const LazySourceCode = sourceCode.Component;
