import { useT } from '../../i18n';
import { traceIoMessages } from '../../i18n/messages/traceIo';
import type { GanttView, TimeDomain } from '../../state';
import { makespan } from '../../trace/makespan';
import { GanttChart } from '../gantt/GanttChart';
import { formatDuration } from '../summary/format';
import { useComparison } from './sharedDomain';

interface Props {
  readonly view: GanttView;
  readonly domain: TimeDomain;
  readonly onDomainChange: (domain: TimeDomain) => void;
  readonly height: number;
}

/**
 * Under the imported Gantt, while "Compare with simulation" is on: how close the simulation came (imported
 * makespan ÷ simulated makespan) and the simulated Gantt of the same scenario, on the same time axis.
 */
export function ImportCompare({ view, domain, onDomainChange, height }: Props) {
  const t = useT(traceIoMessages);
  const comparison = useComparison();
  if (!comparison) return null;
  const { imported, simulated } = comparison;
  if (!simulated) return <p className="import-compare__pending muted">{t('simPending')}</p>;
  const a = makespan(imported);
  const b = makespan(simulated);
  const ratio = b > 0 ? (a / b).toFixed(2) : '–';
  return (
    <div className="import-compare">
      <p className="import-compare__fidelity" data-testid="fidelity" data-ratio={b > 0 ? a / b : undefined}>
        {t('fidelity', { imported: formatDuration(a), simulated: formatDuration(b), ratio })}
      </p>
      <div
        data-figure-label={t('simulatedLabel', {
          simulated: formatDuration(b),
          imported: formatDuration(a),
          ratio,
        })}
      >
        <GanttChart
          trace={simulated}
          view={view}
          domain={domain}
          onDomainChange={onDomainChange}
          height={height}
          title={t('simulatedTitle')}
        />
      </div>
    </div>
  );
}
