import { useShallow } from 'zustand/react/shallow';
import { formatNumber, useLang, useT } from '../../i18n';
import { liveMessages } from '../../i18n/messages/live';
import { sameScenario, selectLiveResult, selectScenario, useAppStore } from '../../state';
import { useStrategyTitle } from '../compare/useStrategyTitle';
import { Panel } from '../panel/Panel';
import { LiveDownload } from './LiveDownload';
import { LiveFidelity } from './LiveFidelity';
import { LiveGantts } from './LiveGantts';
import { LiveReportView } from './LiveReportView';

/**
 * The last live run against the simulation of the same scenario: both timelines on one axis, how close the
 * simulation came, and what the browser reported. It stays while a newer run is on its way or has failed.
 */
export function LiveResult() {
  const t = useT(liveMessages);
  const lang = useLang();
  const title = useStrategyTitle();
  const { report, simTrace } = useAppStore(useShallow(selectLiveResult));
  const scenario = useAppStore(selectScenario);
  const running = useAppStore((s) => s.jobs.live.status === 'running');
  if (!report || !simTrace) {
    return (
      <Panel title={t('resultTitle')} className="live-result">
        <p className="muted">{t('empty')}</p>
      </Panel>
    );
  }
  const ran = report.trace.scenario;
  const startup = simTrace.scenario.params.startupMs;
  return (
    <Panel title={t('resultTitle')} className="live-result" resetKeys={[report]}>
      <div className="live-result-body" data-stale={running ? 'true' : undefined}>
        {!sameScenario(ran, scenario) && (
          <p className="live-stale" role="status">
            {t('resultOf', { title: title(ran.strategy), tasks: formatNumber(ran.params.tasks, lang) })}
          </p>
        )}
        {startup !== ran.params.startupMs && (
          <p className="param-help" data-testid="live-calibration">
            {t('calibrated', {
              measured: formatNumber(startup, lang),
              assumed: formatNumber(ran.params.startupMs, lang),
            })}
          </p>
        )}
        <LiveFidelity live={report.trace} simulated={simTrace} cancelled={report.cancelled} />
        <LiveGantts live={report.trace} simulated={simTrace} />
        <LiveReportView report={report} />
        <LiveDownload trace={report.trace} />
      </div>
    </Panel>
  );
}
