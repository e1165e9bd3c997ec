import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const viewportHeight = () => window.innerHeight;

/**
 * The Gantt's largest height for this window: what is left of the viewport once the controls, the figures and
 * the two charts below are counted, between 220 and 520 px. On a 1280 × 720 projector the whole timeline,
 * charts included, then fits on screen; taller windows show more rows before scrolling.
 */
export function useGanttHeight(): number {
  const height = useSyncExternalStore(subscribe, viewportHeight, () => 800);
  return Math.round(Math.min(520, Math.max(220, height - 430)));
}
