import { useEffect, useLayoutEffect } from 'react';
import { selectPresenting, useAppStore } from '../../state';
import { presentAction, stepStrategy } from './presentKeys';

/** How much larger the whole page is drawn while presenting: 1 at 1280 × 720, 1.5 at 1920 × 1080. */
export function presentScale(width: number, height: number): number {
  return Math.min(2, Math.max(1, Math.min(width / 1280, height / 720)));
}

/**
 * Presentation mode: puts `data-present` and the scale on <html> (the CSS does the rest) and listens for its
 * keys: `p` toggles, ←/→ and Page Up/Down step through the strategies (on Explore), Escape leaves.
 */
export function usePresentation(): void {
  const presenting = useAppStore(selectPresenting);
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (!presenting) {
      delete root.dataset.present;
      root.style.removeProperty('--present-scale');
      return;
    }
    const fit = () =>
      root.style.setProperty('--present-scale', String(presentScale(window.innerWidth, window.innerHeight)));
    root.dataset.present = 'true';
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [presenting]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const state = useAppStore.getState();
      // Compare, Scaling and Live show no one strategy: the arrows there would change one out of sight.
      const action = presentAction(event, state.presenting, state.tab === 'explore');
      if (action === null) return;
      event.preventDefault();
      if (action === 'toggle') state.setPresenting(!state.presenting);
      else if (action === 'leave') state.setPresenting(false);
      else state.pickStrategy(stepStrategy(state.scenario.strategy, action === 'next' ? 1 : -1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
