import type { ReactNode } from 'react';
import { formatNumber, useLang, useT } from '../../i18n';
import { liveMessages } from '../../i18n/messages/live';
import type { LiveReport } from '../../live/types';
import { formatDuration } from '../summary/format';
import { spawnStats } from './liveText';

interface Row {
  readonly key: string;
  readonly label: string;
  readonly value: ReactNode;
  /** The exact figure behind the value, for tests and tools reading the page. */
  readonly raw?: number;
  readonly note?: string;
}

/** What the browser did besides the timeline: network mode, page freezes, faults seen, workers, clocks. */
export function LiveReportView({ report }: { readonly report: LiveReport }) {
  const t = useT(liveMessages);
  const lang = useLang();
  const d = (ms: number) => formatDuration(ms, lang);
  const n = (v: number) => formatNumber(v, lang);
  const { freeze } = report;
  const spawn = spawnStats(report.spawnMs);
  const inThread = report.networkReason
    ? t('networkInThread', { reason: report.networkReason })
    : t('networkInThreadNoReason');
  const rows: Row[] = [
    {
      key: 'network',
      label: t('network'),
      value: report.network === 'service-worker' ? t('networkSw') : inThread,
      note: report.realBlocking ? undefined : t('blockingEmulated'),
    },
    {
      key: 'freeze',
      label: t('freeze'),
      value:
        freeze.count > 0
          ? t('freezeValue', { count: freeze.count, total: d(freeze.totalMs), longest: d(freeze.longestMs) })
          : t('freezeNone'),
      raw: freeze.totalMs,
      note: freeze.count === 0 ? undefined : report.pageCpuMs > 0 ? t('freezeSentence') : t('freezeOther'),
    },
    {
      key: 'failed',
      label: t('failedRequests'),
      value: n(report.failedRequests),
      raw: report.failedRequests,
    },
    { key: 'timeouts', label: t('timeouts'), value: n(report.timedOut), raw: report.timedOut },
    {
      key: 'crashed',
      label: t('crashed'),
      value:
        report.crashedWorkers === 0 ? t('crashedNone') : t('crashedSome', { count: report.crashedWorkers }),
      raw: report.crashedWorkers,
    },
    {
      key: 'spawn',
      label: t('spawn'),
      value: spawn
        ? t('spawnValue', {
            min: d(spawn.min),
            median: d(spawn.median),
            max: d(spawn.max),
            count: n(report.spawnMs.length),
          })
        : t('spawnNone'),
      raw: spawn?.median,
    },
    // Without workers there is only the page's clock: no skew to speak of.
    spawn
      ? {
          key: 'skew',
          label: t('skew'),
          value: t('skewValue', { skew: d(report.clockSkewMs) }),
          raw: report.clockSkewMs,
        }
      : { key: 'skew', label: t('skew'), value: t('spawnNone') },
  ];
  return (
    <div
      className="live-report"
      data-testid="live-report"
      data-network={report.network}
      data-cancelled={report.cancelled ? 'true' : 'false'}
    >
      {report.cancelled && <p className="live-cancelled">{t('cancelled')}</p>}
      <dl className="live-report-list">
        {rows.map((r) => (
          <div
            key={r.key}
            className="live-report-row"
            data-item={r.key}
            data-raw={r.raw === undefined ? undefined : String(r.raw)}
          >
            <dt>{r.label}</dt>
            <dd>
              {r.value}
              {r.note && <span className="live-report-note">{r.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
