import { translator, type Lang } from '../../i18n';
import { summaryMessages } from '../../i18n/messages/summary';
import { BASELINE_MAX_TASKS, type Baseline } from '../../state';
import { formatDuration, formatFactor } from './format';

export interface Figure {
  readonly value: string;
  readonly detail: string;
}

/** The speed-up figure against `sequential`, with a line saying what it compares (or why it is missing). */
export function speedUpFigure(baseline: Baseline, makespanMs: number, lang: Lang = 'en'): Figure {
  const t = translator(summaryMessages, lang);
  switch (baseline.kind) {
    case 'same':
      return { value: '1×', detail: t('baselineItself') };
    case 'ok': {
      const factor = makespanMs > 0 ? baseline.makespanMs / makespanMs : Number.NaN;
      const slower = factor < 0.995;
      return {
        value: formatFactor(factor, lang),
        detail: t(slower ? 'slowerThanSequential' : 'vsSequential', {
          time: formatDuration(baseline.makespanMs, lang),
        }),
      };
    }
    case 'too-large':
      return { value: t('notApplicable'), detail: t('baselineSkipped', { count: BASELINE_MAX_TASKS }) };
    case 'failed':
      return { value: t('notApplicable'), detail: t('baselineFailed', { message: baseline.message }) };
  }
}
