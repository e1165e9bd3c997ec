import { memo } from 'react';
import { translator, useLang, useT, type Lang } from '../../i18n';
import { summaryMessages } from '../../i18n/messages/summary';
import { isPending, useCurrentFigures, type PendingFigures, type TraceFigures } from '../../state';
import { Panel } from '../panel/Panel';
import { formatCount, formatDuration, formatPercent, formatRate } from './format';
import { speedUpFigure, type Figure } from './speedUp';
import './summary.css';

interface Stat extends Figure {
  readonly label: string;
  /** The exact figure behind the formatted value (e.g. makespan in ms), for tests and tools reading the page. */
  readonly raw?: number;
}

/** The figure names, in reading order. */
const LABELS = [
  'makespan',
  'throughput',
  'responseTime',
  'completion',
  'peakInFlight',
  'utilisation',
  'speedUp',
] as const;

/**
 * The headline figures of a run, in reading order, in a language; while a large run's figures are computed,
 * their names with an ellipsis for each value (never another run's numbers).
 */
export function statsOf(figures: TraceFigures | PendingFigures, lang: Lang = 'en'): readonly Stat[] {
  const t = translator(summaryMessages, lang);
  if (isPending(figures)) return LABELS.map((key) => ({ label: t(key), value: '…', detail: t('computing') }));
  const { summary, baseline } = figures;
  const duration = (ms: number) => formatDuration(ms, lang);
  const { makespanMs, tasks, failed, responseTime, completion } = summary;
  const speedUp = speedUpFigure(baseline, makespanMs, lang);
  return [
    {
      label: t('makespan'),
      raw: makespanMs,
      value: duration(makespanMs),
      detail: failed ? t('tasksFailed', { count: tasks, failed }) : t('tasks', { count: tasks }),
    },
    {
      label: t('throughput'),
      value: formatRate(summary.throughputPerS, t('reqPerSecond'), lang),
      detail: t('tasksPerSecond'),
    },
    {
      label: t('responseTime'),
      raw: responseTime.mean,
      value: duration(responseTime.mean),
      detail: t('responseDetail', { time: duration(responseTime.p95) }),
    },
    {
      label: t('completion'),
      raw: completion.mean,
      value: duration(completion.mean),
      detail: t('completionDetail', { time: duration(completion.max) }),
    },
    {
      label: t('peakInFlight'),
      value: formatCount(summary.peakInFlight, lang),
      detail: t('busyLanes', { count: summary.peakBusyLanes }),
    },
    { label: t('utilisation'), value: formatPercent(summary.utilisation), detail: t('lanesBusy') },
    { label: t('speedUp'), value: speedUp.value, detail: speedUp.detail },
  ];
}

/** "0.333 req/s" → the number large, the unit small, so long units never push into the next figure. */
function StatValue({ text }: { readonly text: string }) {
  const space = text.indexOf(' ');
  if (space < 0) return text;
  return (
    <>
      {text.slice(0, space)}
      <span className="stat-unit"> {text.slice(space + 1)}</span>
    </>
  );
}

/**
 * The figures as a definition list; a props-only view of a trace's figures, memoised on them (the urgent render
 * of a slider step, before the new trace's deferred render, leaves them as they are).
 */
export const SummaryFigures = memo(function SummaryFigures({
  figures,
}: {
  readonly figures: TraceFigures | PendingFigures;
}) {
  const lang = useLang();
  const t = useT(summaryMessages);
  const pending = isPending(figures);
  return (
    <dl
      className="summary"
      aria-busy={pending || undefined}
      aria-description={pending ? t('computingAll') : undefined}
      data-pending={pending || undefined}
    >
      {statsOf(figures, lang).map((s) => (
        <div
          key={s.label}
          className="stat"
          title={t('statTitle', { label: s.label, value: s.value, detail: s.detail })}
          data-raw={s.raw === undefined ? undefined : String(s.raw)}
        >
          <dt className="stat-label">{s.label}</dt>
          <dd className="stat-value">
            <StatValue text={s.value} />
          </dd>
          <dd className="stat-detail">{s.detail}</dd>
        </div>
      ))}
    </dl>
  );
});

/** The summary of the current run (derived from its trace, never stored). */
export function SummaryPanel() {
  const figures = useCurrentFigures();
  const t = useT(summaryMessages);
  return (
    <Panel title={t('panelTitle')} hideTitle className="summary-panel" resetKeys={[figures]}>
      {figures ? <SummaryFigures figures={figures} /> : <p className="muted">{t('simulating')}</p>}
    </Panel>
  );
}
