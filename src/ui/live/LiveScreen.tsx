import { useT } from '../../i18n';
import { liveMessages } from '../../i18n/messages/live';
import { pickerMessages } from '../../i18n/messages/picker';
import { selectStrategyId, useAppStore } from '../../state';
import { ParamControls } from '../controls/ParamControls';
import { Panel } from '../panel/Panel';
import { StrategyPicker } from '../picker/StrategyPicker';
import { LiveCode } from './LiveCode';
import { LivePanel } from './LivePanel';
import { LiveResult } from './LiveResult';
import '../compare/compare.css';
import './live.css';

interface LiveScreenProps {
  readonly onRun: () => void;
  readonly onCancel: () => void;
}

/**
 * The Live screen: the explorer's strategy and work (shared with Explore), the live run's controls, and the
 * result drawn against the simulation. The scenario is locked while a run is on its way, so what is drawn
 * is what ran.
 */
export function LiveScreen({ onRun, onCancel }: LiveScreenProps) {
  const tp = useT(pickerMessages);
  const t = useT(liveMessages);
  const running = useAppStore((s) => s.jobs.live.status === 'running');
  const strategy = useAppStore(selectStrategyId);
  return (
    <div className="app-body live-screen" data-strategy={strategy}>
      <aside className="app-sidebar">
        <fieldset
          className="live-lock"
          disabled={running}
          aria-label={running ? t('scenarioLocked') : undefined}
        >
          <Panel title={tp('panelTitle')} hideTitle className="picker-panel">
            <StrategyPicker />
          </Panel>
        </fieldset>
      </aside>
      <main className="app-main">
        <fieldset
          className="live-lock"
          disabled={running}
          aria-label={running ? t('scenarioLocked') : undefined}
        >
          <ParamControls />
        </fieldset>
        <LivePanel onRun={onRun} onCancel={onCancel} />
        <LiveResult />
        <LiveCode />
      </main>
    </div>
  );
}
