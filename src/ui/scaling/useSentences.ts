import { useLang, useT } from '../../i18n';
import { scalingMessages } from '../../i18n/messages/scaling';
import type { SweepBase, SweepSeries } from '../../state/scalingModel';
import type { StrategyId } from '../../trace/scenario';
import { formatDuration, formatFactor } from '../summary/format';
import { cpuFact, poolFact, tasksFact, type PoolReason } from './sentences';

const REASON = {
  gil: 'reasonGil',
  loop: 'reasonLoop',
  cores: 'reasonCores',
  tasks: 'reasonTasks',
  latency: 'reasonLatency',
  startup: 'reasonStartup',
} as const satisfies Record<PoolReason, string>;

/** The sentence under each chart, in the UI language, from the facts `sentences.ts` reads off the curves. */
export function useSentences(
  series: readonly SweepSeries[],
  base: SweepBase,
  name: (id: StrategyId) => string,
) {
  const t = useT(scalingMessages);
  const lang = useLang();
  const d = (ms: number) => formatDuration(ms, lang);
  const f = (x: number) => formatFactor(x, lang).replace(/×$/, '');
  const tf = tasksFact(series);
  const tasks = !tf
    ? ''
    : tf.kind === 'pair'
      ? t('tasksSentence', {
          n: tf.n,
          fast: name(tf.fast),
          fastTime: d(tf.fastMs),
          factor: f(tf.slowMs / tf.fastMs),
          slow: name(tf.slow),
          slowTime: d(tf.slowMs),
          growth: f(tf.growth),
          nGrowth: tf.nGrowth,
        })
      : t('tasksSentenceOne', {
          n: tf.n,
          fast: name(tf.fast),
          fastTime: d(tf.fastMs),
          growth: f(tf.growth),
          nGrowth: tf.nGrowth,
        });
  const pf = poolFact(series, base);
  const pool =
    pf.kind === 'none'
      ? t('poolSentenceNone')
      : pf.kind === 'rising'
        ? t('poolSentenceRising', { name: name(pf.strategy), x: pf.x })
        : t(pf.cpuMs > 0 ? 'poolSentencePlateau' : 'poolSentencePlateauNoCpu', {
            name: name(pf.strategy),
            x: pf.x,
            cpu: d(pf.cpuMs),
            reason: t(REASON[pf.reason], { cores: base.cores, tasks: base.tasks }),
          });
  const cf = cpuFact(series);
  const cpu = !cf
    ? ''
    : cf.kind === 'pair'
      ? t('cpuSentence', {
          fast: name(cf.fast),
          slow: name(cf.slow),
          factor0: f(cf.factor0),
          factor1: f(cf.factor1),
          cpu: d(cf.cpuMs),
          trend: t(cf.factor1 < cf.factor0 * 0.8 ? 'trendShrinks' : 'trendHolds'),
        })
      : t('cpuSentenceOne', { name: name(cf.strategy), cpu: d(cf.cpuMs), t0: d(cf.t0), t1: d(cf.t1) });
  return { tasks, pool, cpu };
}
