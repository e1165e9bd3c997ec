import { useCurrentFigures, type TraceFigures } from '../../state';
import { Panel } from '../panel/Panel';
import { formatCount, formatDuration, formatPercent, formatRate } from './format';
import { speedUpFigure, type Figure } from './speedUp';
import './summary.css';

interface Stat extends Figure {
  readonly label: string;
  /** The exact figure behind the formatted value (e.g. makespan in ms), for tests and tools reading the page. */
  readonly raw?: number;
}

/** The headline figures of a run, in reading order. */
export function statsOf({ summary, baseline }: TraceFigures): readonly Stat[] {
  const { makespanMs, tasks, failed, latency } = summary;
  const speedUp = speedUpFigure(baseline, makespanMs);
  return [
    {
      label: 'Makespan',
      raw: makespanMs,
      value: formatDuration(makespanMs),
      detail: `${formatCount(tasks)} tasks${failed ? `, ${formatCount(failed)} failed` : ''}`,
    },
    { label: 'Throughput', value: formatRate(summary.throughputPerS), detail: 'tasks done / s' },
    { label: 'Mean latency', value: formatDuration(latency.mean), detail: `median ${formatDuration(latency.p50)}` },
    { label: 'p95 latency', value: formatDuration(latency.p95), detail: `max ${formatDuration(latency.max)}` },
    {
      label: 'Peak in flight',
      value: formatCount(summary.peakInFlight),
      detail: `busy lanes: ${formatCount(summary.peakBusyLanes)}`,
    },
    { label: 'Utilisation', value: formatPercent(summary.utilisation), detail: 'lanes busy' },
    { label: 'Speed-up', value: speedUp.value, detail: speedUp.detail },
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

/** The figures as a definition list; a props-only view of a trace's figures. */
export function SummaryFigures({ figures }: { readonly figures: TraceFigures }) {
  return (
    <dl className="summary">
      {statsOf(figures).map((s) => (
        <div
          key={s.label}
          className="stat"
          title={`${s.label}: ${s.value}, ${s.detail}`}
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
}

/** The summary of the current run (derived from its trace, never stored). */
export function SummaryPanel() {
  const figures = useCurrentFigures();
  return (
    <Panel title="Summary" hideTitle className="summary-panel" resetKeys={[figures]}>
      {figures ? <SummaryFigures figures={figures} /> : <p className="muted">Simulating…</p>}
    </Panel>
  );
}
