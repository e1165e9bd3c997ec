import { useLang, useT } from '../../i18n';
import { compareMessages } from '../../i18n/messages/compare';
import { formatCount, formatDuration, formatFactor, formatRate } from '../summary/format';
import type { CompareRow } from './figures';
import { useStrategyTitle } from './useStrategyTitle';

/**
 * The figures side by side: makespan, throughput, peak requests in flight, and the speed-up against
 * `sequential` doing the same work. A row still simulating says so instead of showing a number.
 */
export function CompareTable({
  rows,
  tasks,
}: {
  readonly rows: readonly CompareRow[];
  readonly tasks: number;
}) {
  const t = useT(compareMessages);
  const lang = useLang();
  const title = useStrategyTitle();
  const pending = <span className="muted">{t('pending')}</span>;
  return (
    <div className="cmp-table-wrap">
      <table className="cmp-table">
        <caption className="visually-hidden">{t('tableCaption', { tasks })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colEntry')}</th>
            <th scope="col">{t('colMakespan')}</th>
            <th scope="col">{t('colThroughput')}</th>
            <th scope="col">{t('colPeak')}</th>
            <th scope="col">{t('colSpeedUp')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-strategy={r.strategy}>
              <th scope="row">
                <span className="cmp-entry-badge" aria-hidden="true">
                  {r.index + 1}
                </span>{' '}
                {title(r.strategy)}
              </th>
              <td data-col="makespan" data-raw={r.makespanMs ?? undefined}>
                {r.makespanMs === null ? pending : formatDuration(r.makespanMs, lang)}
              </td>
              <td data-col="throughput">
                {r.throughputPerS === null ? pending : formatRate(r.throughputPerS, t('reqPerS'), lang)}
              </td>
              <td data-col="peak">{r.peakInFlight === null ? pending : formatCount(r.peakInFlight, lang)}</td>
              <td data-col="speedup">{r.speedUp === null ? pending : formatFactor(r.speedUp, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
