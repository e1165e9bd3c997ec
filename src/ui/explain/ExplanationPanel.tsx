import { Suspense, useMemo, type ReactNode } from 'react';
import { useLang, useT } from '../../i18n';
import { explainMessages } from '../../i18n/messages/explain';
import { getStrategy } from '../../strategies';
import { strategyText } from '../../strategies/i18n';
import { selectParams, selectStrategyId, useAppStore } from '../../state';
import { LazyPythonSource } from '../code/lazyPython';
import { PlainCode } from '../code/PlainCode';
import { Panel } from '../panel/Panel';
import './explain.css';

/**
 * What the picked strategy does, in words, next to the Python program it stands for: read-only and
 * highlighted (as runnable as shown, for the current parameters), or `code` (the explorer's editor, which runs it) when given.
 */
export function ExplanationPanel({ code }: { readonly code?: ReactNode }) {
  const strategy = getStrategy(useAppStore(selectStrategyId));
  const params = useAppStore(selectParams);
  const program = useMemo(() => strategy.program(params), [strategy, params]);
  const text = strategyText(strategy, useLang());
  const t = useT(explainMessages);
  return (
    <div className="explain">
      <Panel title={t('howItWorks')} className="explain-prose" resetKeys={[strategy.id]}>
        <h3 className="explain-title">{text.title}</h3>
        <p className="explain-hint">{text.hint}</p>
        {text.explanation.map((paragraph, i) => (
          <p key={i} className="explain-paragraph">
            {paragraph}
          </p>
        ))}
      </Panel>
      <Panel title={t('thePython')} className="explain-code" resetKeys={[strategy.id]}>
        <Suspense fallback={<PlainCode code={program} label={t('sourceLabel', { title: text.title })} />}>
          {code ?? (
            <LazyPythonSource
              key={strategy.id}
              code={program}
              label={t('sourceLabel', { title: text.title })}
            />
          )}
        </Suspense>
      </Panel>
    </div>
  );
}
