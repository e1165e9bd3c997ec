import './code.css';
import { useState, type ComponentProps } from 'react';
import { onDemand, preload } from '../chunks/onDemand';
import type { PythonSource as PythonSourceType, SourceCode as SourceCodeType } from './PythonSource';

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
export function LazyPythonSource(props: ComponentProps<typeof PythonSourceType>) {
  const [Source] = useState(pythonSource.component);
  return <Source {...props} />;
}

/** Any language the code panels show (Python, JavaScript), from the same chunk. */
export function LazySourceCode(props: ComponentProps<typeof SourceCodeType>) {
  const [Source] = useState(sourceCode.component);
  return <Source {...props} />;
}
