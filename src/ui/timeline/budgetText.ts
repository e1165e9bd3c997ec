import { formatNumber, translator, type Lang } from '../../i18n';
import { timelineMessages } from '../../i18n/messages/timeline';
import type { BudgetProblem } from '../../strategies';

function bytesText(bytes: number, lang: Lang): string {
  const gb = bytes / 1e9;
  return gb >= 1
    ? `${formatNumber(gb, lang, { maximumFractionDigits: 1 })} GB`
    : `${formatNumber(bytes / 1e6, lang, { maximumFractionDigits: 0 })} MB`;
}

/**
 * A run refused or stopped past its work budget, in the UI language: how much work, the parameters that made
 * it, and what would fit.
 * @example budgetText(problem, 'en') // 'This run is too large to draw: about 8,012,000 segments (≈ 1.2 GB of memory) because …'
 */
export function budgetText(problem: BudgetProblem, lang: Lang): string {
  const t = translator(timelineMessages, lang);
  const n = (value: number) => formatNumber(value, lang);
  const what = t(`budget.what.${problem.kind}`);
  // Parameters as a link writes them (tasks=2000), so the reader can find them in the address and the controls.
  const vars = {
    tasks: String(problem.tasks),
    cpu: String(problem.cpuMs),
    workers: String(problem.workers),
    cores: String(problem.cores),
    slices: n(problem.slicesPerTask),
  };
  const why =
    problem.contention === 'gil'
      ? t('budget.why.gil', vars)
      : problem.contention === 'cores'
        ? t('budget.why.cores', vars)
        : t('budget.why.tasks', vars);
  const head =
    problem.stage === 'estimate'
      ? t('budget.estimate', {
          count: n(problem.count),
          what,
          size: bytesText(problem.bytes, lang),
          why,
          limit: n(problem.limit),
        })
      : t('budget.running', { limit: n(problem.limit), what, why });
  let fits = t('budget.fits', { fitTasks: String(problem.fitTasks) });
  if (problem.fitCpuMs !== null) fits += t('budget.fitsCpu', { fitCpu: String(problem.fitCpuMs) });
  if (problem.contention === 'gil') fits += t('budget.fitsGil');
  if (problem.contention === 'cores') fits += t('budget.fitsCores', { cores: String(problem.cores) });
  return `${head}${lang === 'en' ? ' ' : ''}${fits}${t('budget.fitsScaling')}`;
}
