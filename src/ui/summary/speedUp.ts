import { BASELINE_MAX_TASKS, type Baseline } from '../../state';
import { formatCount, formatDuration, formatFactor } from './format';

export interface Figure {
  readonly value: string;
  readonly detail: string;
}

/** The speed-up figure against `sequential`, with a line saying what it compares (or why it is missing). */
export function speedUpFigure(baseline: Baseline, makespanMs: number): Figure {
  switch (baseline.kind) {
    case 'same':
      return { value: '1×', detail: 'the baseline itself' };
    case 'ok': {
      const factor = makespanMs > 0 ? baseline.makespanMs / makespanMs : Number.NaN;
      const slower = factor < 0.995;
      return {
        value: formatFactor(factor),
        detail: `${slower ? 'slower than' : 'vs'} sequential ${formatDuration(baseline.makespanMs)}`,
      };
    }
    case 'too-large':
      return { value: 'n/a', detail: `skipped over ${formatCount(BASELINE_MAX_TASKS)} tasks` };
    case 'failed':
      return { value: 'n/a', detail: `sequential failed: ${baseline.message}` };
  }
}
