import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { liveMessages } from '../../i18n/messages/live';
import { selectLiveActions, selectStrategyId, useAppStore } from '../../state';
import { getStrategy } from '../../strategies';
import { FaultField } from './FaultField';

/** Faults to inject into the live run: failing and hanging requests, the client's timeout, a worker crash. */
export function FaultControls() {
  const t = useT(liveMessages);
  const crashOn = useAppStore((s) => s.liveFaults.crashOn);
  const pooled = getStrategy(useAppStore(selectStrategyId)).params.includes('workers');
  const { setLiveCrash } = useAppStore(useShallow(selectLiveActions));
  return (
    <fieldset className="live-faults">
      <legend className="live-legend">{t('faultsTitle')}</legend>
      <div className="controls-grid">
        <FaultField field="failPct" label={t('failPct')} unit="%" help={t('failPctHelp')} />
        <FaultField field="hangPct" label={t('hangPct')} unit="%" help={t('hangPctHelp')} />
        <FaultField field="timeoutMs" label={t('timeoutMs')} unit="ms" help={t('timeoutMsHelp')} />
        <div className="live-crash">
          <label className="live-check">
            <input type="checkbox" checked={crashOn} onChange={(e) => setLiveCrash(e.target.checked)} />
            {t('crashOn')}
          </label>
          <FaultField
            field="crashAtMs"
            label={t('crashAtMs')}
            unit="ms"
            help={crashOn && !pooled ? t('crashNoWorkers') : t('crashAtMsHelp')}
          />
        </div>
      </div>
    </fieldset>
  );
}
