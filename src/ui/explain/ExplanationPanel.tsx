import { Suspense } from 'react';
import { getStrategy } from '../../strategies';
import { selectStrategyId, useAppStore } from '../../state';
import { LazyPythonSource } from '../code/lazyPython';
import { Panel } from '../panel/Panel';
import './explain.css';

/** What the picked strategy does, in words, next to the Python program it stands for. */
export function ExplanationPanel() {
  const strategy = getStrategy(useAppStore(selectStrategyId));
  return (
    <div className="explain">
      <Panel title="How it works" className="explain-prose" resetKeys={[strategy.id]}>
        <h3 className="explain-title">{strategy.title}</h3>
        <p className="explain-hint">{strategy.hint}</p>
        {strategy.explanation.map((paragraph, i) => (
          <p key={i} className="explain-paragraph">
            {paragraph}
          </p>
        ))}
      </Panel>
      <Panel title="The Python" className="explain-code" resetKeys={[strategy.id]}>
        <Suspense fallback={<pre className="code-pre">{strategy.python}</pre>}>
          <LazyPythonSource key={strategy.id} code={strategy.python} label={`Python source: ${strategy.title}`} />
        </Suspense>
      </Panel>
    </div>
  );
}
