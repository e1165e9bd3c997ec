import { useMemo } from 'react';
import { useLang, useT } from '../../i18n';
import { liveMessages } from '../../i18n/messages/live';
import { getStrategy } from '../../strategies';
import { strategyText } from '../../strategies/i18n';
import { selectParams, selectStrategyId, useAppStore } from '../../state';
import { SourceTabs } from '../code/SourceTabs';
import { Panel } from '../panel/Panel';
import { useLiveSource } from './useLiveSource';

/** The Python program and the JavaScript twin that live mode really runs, as two tabs. */
export function LiveCode() {
  const t = useT(liveMessages);
  const strategy = getStrategy(useAppStore(selectStrategyId));
  const javascript = useLiveSource(strategy.id);
  const params = useAppStore(selectParams);
  const python = useMemo(() => strategy.program(params), [strategy, params]);
  const title = strategyText(strategy, useLang()).title;
  return (
    <Panel title={t('codeTitle')} className="live-code" resetKeys={[strategy.id]}>
      <SourceTabs
        key={strategy.id}
        label={t('codeTabs')}
        tabs={[
          {
            language: 'python',
            name: t('python'),
            label: t('pythonLabel', { title }),
            code: python,
          },
          {
            language: 'javascript',
            name: t('javascript'),
            label: t('javascriptLabel', { title }),
            code: javascript ?? null,
            missing: t(javascript === undefined ? 'javascriptLoading' : 'javascriptMissing'),
          },
        ]}
      />
    </Panel>
  );
}
