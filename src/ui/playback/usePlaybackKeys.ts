import { useEffect } from 'react';
import { useAppStore } from '../../state';

/** Whether a key press belongs to something else: a field being typed in, the chart's own keys, a menu or a button. */
export function ownedElsewhere(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target.closest('input, textarea, select, [role="application"], [role="slider"], dialog')
  )
    return true;
  // Space activates a focused button, link or disclosure; leave it to them.
  return key === ' ' && target.closest('button, a, summary, [role="button"]') !== null;
}

/**
 * Page-wide playback keys: Space play / pause, ← / → previous / next event, Shift + ← / → a tenth of the run,
 * Home / End, ? the help. Off while typing in fields and inside the chart (its arrows move between bars); plain
 * arrows are left to presentation mode while presenting.
 */
export function usePlaybackKeys(
  end: number,
  /** The run's event instants, made at the first step (sorting 100,000 of them waits until someone steps). */
  times: () => ArrayLike<number>,
  openHelp: () => void,
): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || ownedElsewhere(e.target, e.key)) return;
      const s = useAppStore.getState();
      // While presenting, plain arrows step through the strategies (presentation mode's keys).
      if (s.presenting && !e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) return;
      const at = s.cursor ?? 0;
      const jump = end / 10;
      const handlers: Record<string, (() => void) | undefined> = {
        ' ': () => (s.playing ? s.pause() : s.play(end)),
        ArrowLeft: () => (e.shiftKey ? (s.pause(), s.setCursor(at - jump, end)) : s.stepEvent(-1, times())),
        ArrowRight: () => (e.shiftKey ? (s.pause(), s.setCursor(at + jump, end)) : s.stepEvent(1, times())),
        Home: () => (s.pause(), s.setCursor(0, end)),
        End: () => (s.pause(), s.setCursor(end, end)),
        '?': openHelp,
      };
      const run = handlers[e.key];
      if (run === undefined) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [end, times, openHelp]);
}
