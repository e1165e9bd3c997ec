import { useEffect, useState } from 'react';
import { pythonChunk } from '../ui/code/lazyPython';
import { compareChunk, liveChunk, scalingChunk } from './screens';

const chunks = Promise.allSettled([pythonChunk, compareChunk, scalingChunk, liveChunk]);

/**
 * Whether the lazily loaded parts of the page (code highlighter, other screens) have arrived, loaded or failed: the
 * idle signal must not say "done" while a panel still shows its placeholder. A failed load shows as an error
 * in its panel, which is a finished state too.
 */
export function useChunksReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void chunks.then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  return ready;
}
