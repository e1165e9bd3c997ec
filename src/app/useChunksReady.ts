import { useEffect, useState } from 'react';
import { pythonChunk } from '../ui/code/lazyPython';
import { chartsChunk } from '../ui/timeline/lazyCharts';
import { compareChunk, liveChunk, scalingChunk } from './screens';

const chunks = Promise.allSettled([chartsChunk, pythonChunk, compareChunk, scalingChunk, liveChunk]);

/**
 * Whether the lazily loaded parts of the page (charts, code highlighter) have arrived, loaded or failed: the
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
