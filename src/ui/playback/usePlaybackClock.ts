import { useEffect } from 'react';
import { selectPlaying, useAppStore } from '../../state';

/**
 * While playing, advances the cursor every animation frame by the wall time elapsed (times the speed); stops at
 * `end`. One loop per page: mount it once, next to the controls.
 */
export function usePlaybackClock(end: number): void {
  const playing = useAppStore(selectPlaying);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      useAppStore.getState().advance(now - last, end);
      last = now;
      if (useAppStore.getState().playing) frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, end]);
}
