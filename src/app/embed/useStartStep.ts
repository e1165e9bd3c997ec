import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state';
import { walkthrough } from '../../trace/walkthrough';
import type { Trace } from '../../trace/types';
import { traceExtent } from '../../ui/gantt/traceInfo';

/**
 * `step=N` in an embed: once the first trace is drawn, put the cursor on the walk-through's N-th step (the last
 * one when the run has fewer), so a teacher's frame opens at the moment the lesson is about.
 */
export function useStartStep(trace: Trace | null, step: number | undefined): void {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || trace === null || step === undefined) return;
    const steps = walkthrough(trace);
    if (steps.length === 0) return;
    done.current = true;
    const at = steps[Math.min(step, steps.length) - 1];
    useAppStore.getState().setCursor(at.time, traceExtent(trace)[1]);
  }, [trace, step]);
}
