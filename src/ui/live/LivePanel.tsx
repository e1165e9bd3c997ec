import { useId, useMemo } from 'react';
import { useT } from '../../i18n';
import { liveMessages } from '../../i18n/messages/live';
import { checkLive } from '../../live/limits';
import { selectLiveError, selectLiveFaultErrorCount, selectScenario, useAppStore } from '../../state';
import { Panel } from '../panel/Panel';
import { FaultControls } from './FaultControls';
import { LiveLimits } from './LiveLimits';
import { LiveProgressLine } from './LiveProgressLine';

interface LivePanelProps {
  readonly onRun: () => void;
  readonly onCancel: () => void;
}

/**
 * Run live and Cancel, the limits, the faults to inject and the progress. Run is disabled while a run is on
 * its way, while the scenario is past a live limit, and while a fault value is refused; each says why.
 */
export function LivePanel({ onRun, onCancel }: LivePanelProps) {
  const t = useT(liveMessages);
  const id = useId();
  const scenario = useAppStore(selectScenario);
  const over = useMemo(() => checkLive(scenario), [scenario]);
  const running = useAppStore((s) => s.jobs.live.status === 'running');
  const badFaults = useAppStore(selectLiveFaultErrorCount) > 0;
  const error = useAppStore(selectLiveError);
  const why = [over.length > 0 && `${id}-over`, badFaults && `${id}-faults`].filter(Boolean).join(' ');
  return (
    <Panel title={t('panelTitle')} className="live-panel">
      <p className="live-intro">{t('intro')}</p>
      <LiveLimits over={over} id={`${id}-over`} />
      <FaultControls />
      {badFaults && (
        <p id={`${id}-faults`} className="controls-note">
          {t('faultsInvalid')}
        </p>
      )}
      <div className="live-actions">
        <button
          type="button"
          className="button live-run"
          data-testid="live-run"
          disabled={running || over.length > 0 || badFaults}
          aria-describedby={why || undefined}
          onClick={onRun}
        >
          {t(running ? 'running' : 'run')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="live-cancel"
          disabled={!running}
          onClick={onCancel}
        >
          {t('cancel')}
        </button>
        <LiveProgressLine />
      </div>
      {running && <p className="param-help">{t('scenarioLocked')}</p>}
      <div role="alert" data-testid="live-error" className="live-error" hidden={!error}>
        {error && t('failed', { message: error })}
      </div>
    </Panel>
  );
}
