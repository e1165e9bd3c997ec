import { useShallow } from 'zustand/react/shallow';
import { useLang, useT } from '../../i18n';
import { problemText } from '../controls/problemText';
import { compareMessages } from '../../i18n/messages/compare';
import { controlsMessages } from '../../i18n/messages/controls';
import { checkValue, selectCompareActions, selectCompareWork, useAppStore } from '../../state';
import { PARAM_SPECS } from '../../strategies';
import { NumberField } from './NumberField';

const WORK_FIELDS = ['tasks', 'latencyMs', 'jitterMs', 'overheadMs', 'cpuMs'] as const;

/** The work every entry shares: tasks, latency, jitter, overhead, CPU. */
export function WorkFields() {
  const t = useT(compareMessages);
  const tc = useT(controlsMessages);
  const lang = useLang();
  const work = useAppStore(selectCompareWork);
  const { setCompareWork } = useAppStore(useShallow(selectCompareActions));
  return (
    <fieldset className="cmp-work">
      <legend className="cmp-legend">{t('work')}</legend>
      <p className="param-help">{t('workHelp')}</p>
      <div className="cmp-work-grid">
        {WORK_FIELDS.map((key) => (
          <NumberField
            key={key}
            label={tc(`label.${key}`)}
            unit={PARAM_SPECS[key].unit}
            value={work[key]}
            check={(v) => {
              const problem = checkValue(key, v);
              return problem && problemText(problem, tc, lang);
            }}
            onCommit={(v) => setCompareWork(key, v)}
            notANumber={tc('errEnterNumber')}
          />
        ))}
      </div>
    </fieldset>
  );
}
