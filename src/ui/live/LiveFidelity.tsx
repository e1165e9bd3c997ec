import { useLang, useT, formatNumber } from '../../i18n';
import { liveMessages } from '../../i18n/messages/live';
import { makespan } from '../../trace/makespan';
import type { Trace } from '../../trace/types';
import { formatDuration } from '../summary/format';
import { fidelityRatio } from './liveText';

/**
 * How close the simulation came: live makespan ÷ simulated makespan, with the exact figures in `data-*`
 * attributes for tests and tools. A cancelled run has no ratio: its makespan is only how far it got.
 */
export function LiveFidelity({
  live,
  simulated,
  cancelled,
}: {
  readonly live: Trace;
  readonly simulated: Trace;
  readonly cancelled: boolean;
}) {
  const t = useT(liveMessages);
  const lang = useLang();
  const liveMs = makespan(live);
  const simMs = makespan(simulated);
  const ratio = cancelled ? null : fidelityRatio(liveMs, simMs);
  const vars = { live: formatDuration(liveMs, lang), sim: formatDuration(simMs, lang) };
  return (
    <p
      className="live-fidelity"
      data-testid="live-fidelity"
      data-live-ms={liveMs}
      data-sim-ms={simMs}
      data-ratio={ratio ?? undefined}
    >
      {cancelled
        ? t('fidelityCancelled', vars)
        : t('fidelity', {
            ...vars,
            ratio:
              ratio === null
                ? '–'
                : formatNumber(ratio, lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
          })}
    </p>
  );
}
