/** The Live screen's sentences and figures, in the UI language: pure, so they are tested alone. */
import { formatNumber, translator, type Lang } from '../../i18n';
import { controlsMessages } from '../../i18n/messages/controls';
import { liveMessages } from '../../i18n/messages/live';
import { LIVE_LIMITS } from '../../live/limits';
import type { LiveProgress, LiveReport } from '../../live/types';
import { makespan } from '../../trace/makespan';
import { terminalSegment } from '../../trace/terminal';
import type { FaultProblem } from '../../state';
import { PARAM_SPECS } from '../../strategies';
import { formatDuration } from '../summary/format';
import { paramLabel } from '../controls/problemText';

/** A duration, with whole seconds written plainly ("10 s", not "10.0 s") as limits are. */
export function limitDuration(ms: number, lang: Lang): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${formatNumber(ms / 1000, lang)} s` : formatDuration(ms, lang);
}

/**
 * The sentence stating live mode's limits.
 * @example limitsText('en') // "Live runs: up to 1,000 tasks, 10 s latency, 16 workers, concurrency 1,000 and 2 s of CPU per task."
 */
export function limitsText(lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang);
  return translator(liveMessages, lang)('limits', {
    tasks: n(LIVE_LIMITS.tasks),
    latency: limitDuration(LIVE_LIMITS.latencyMs, lang),
    workers: n(LIVE_LIMITS.workers),
    concurrency: n(LIVE_LIMITS.concurrency),
    cpu: limitDuration(LIVE_LIMITS.cpuMs, lang),
  });
}

/**
 * One sentence per parameter past its live limit, naming the parameter, its value and the limit.
 * @example overLimitText({ key: 'tasks', value: 5000, limit: 1000 }, 'en') // "Tasks is 5,000; the live limit is 1,000."
 */
export function overLimitText(
  problem: { readonly key: keyof typeof LIVE_LIMITS; readonly value: number; readonly limit: number },
  lang: Lang,
): string {
  const unit = PARAM_SPECS[problem.key].unit;
  const withUnit = (v: number) => `${formatNumber(v, lang)}${unit ? ` ${unit}` : ''}`;
  const label = paramLabel(translator(controlsMessages, lang), problem.key);
  return translator(liveMessages, lang)('overLimit', {
    label,
    value: withUnit(problem.value),
    limit: withUnit(problem.limit),
  });
}

/** A refused fault value's reason. */
export function faultProblemText(problem: FaultProblem, unit: string, lang: Lang): string {
  const t = translator(liveMessages, lang);
  if (problem.code === 'number') return t('errNumber');
  const bound = (v: number) => `${formatNumber(v, lang)} ${unit}`;
  return t(problem.whole ? 'errRangeWhole' : 'errRange', {
    min: bound(problem.min),
    max: bound(problem.max),
  });
}

/** The progress line: done / failed / total and the time so far. */
export function progressText(progress: LiveProgress | null, lang: Lang): string {
  const t = translator(liveMessages, lang);
  if (!progress) return t('progressStarting');
  const n = (v: number) => formatNumber(v, lang);
  return t('progress', {
    done: n(progress.done),
    total: n(progress.total),
    failed: n(progress.failed),
    elapsed: formatDuration(progress.elapsedMs, lang),
  });
}

/**
 * Live makespan over simulated makespan: 1 means the simulation predicted the browser exactly; null when the
 * simulated run took no time.
 * @example fidelityRatio(3040, 3000) // 1.0133…
 */
export function fidelityRatio(liveMs: number, simMs: number): number | null {
  return simMs > 0 && Number.isFinite(liveMs) ? liveMs / simMs : null;
}

export { spawnStats } from '../../live/spawnStats';

/**
 * The tally of a finished (or cancelled) run, read from its trace: the last progress report may come before
 * the last tasks end.
 */
export function finalProgress(report: LiveReport): LiveProgress {
  let done = 0;
  let failed = 0;
  for (const task of report.trace.tasks) {
    const state = terminalSegment(task)?.state;
    if (state === 'done') done += 1;
    else if (state === 'failed') failed += 1;
  }
  return { total: report.trace.scenario.params.tasks, done, failed, elapsedMs: makespan(report.trace) };
}
