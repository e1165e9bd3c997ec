import { lazy, Suspense, useId, useState } from 'react';
import { useLang, useT } from '../../i18n';
import { programMessages } from '../../i18n/messages/program';
import { markedLineOf, type ProgramRunView } from '../../python/runView';
import { getStrategy } from '../../strategies';
import { strategyText } from '../../strategies/i18n';
import type { StrategyId } from '../../trace/scenario';
import { CopyButton } from './CopyButton';
import { PlainCode } from './PlainCode';
import { RunOutcomeView } from './RunOutcomeView';
import './program.css';

const LazyEditor = lazy(() => import('./PythonEditor'));

export interface ProgramPanelProps {
  readonly title: string;
  /** What the editor shows: the learner's edit, or the strategy's program. */
  readonly source: string;
  readonly edited: boolean;
  readonly onChange: (source: string) => void;
  readonly onReset: () => void;
  readonly runner: ProgramRunView & {
    readonly run: (source: string, realTime: boolean, fileName: string) => void;
    readonly stop: () => void;
  };
  /** Shows a strategy simulated (explorer) or live (Live tab), from a refusal's links. */
  readonly onOpenStrategy: (id: StrategyId, where: 'sim' | 'live') => void;
}

/**
 * The code panel: the program in an editor, Run / Stop and the real-time switch, then what the run printed
 * and how it ended (drawn, or the error, refusal or limit that stopped it).
 */
export function ProgramPanel({
  title,
  source,
  edited,
  onChange,
  onReset,
  runner,
  onOpenStrategy,
}: ProgramPanelProps) {
  const t = useT(programMessages);
  const lang = useLang();
  const [realTime, setRealTime] = useState(false);
  const busy = runner.phase !== 'idle';
  const outputId = useId();
  const run = () => runner.run(source, realTime, t('yourProgram'));
  return (
    <div className="program" data-phase={runner.phase}>
      <div className="program-toolbar">
        <button
          type="button"
          className="button button--primary"
          onClick={run}
          disabled={busy}
          title={t('runHint', { version: '3.14' })}
          data-testid="program-run"
        >
          {t('run')}
        </button>
        <button
          type="button"
          className="button"
          onClick={runner.stop}
          disabled={!busy}
          data-testid="program-stop"
        >
          {t('stop')}
        </button>
        <label className="program-switch" title={t('realTimeHint')}>
          <input type="checkbox" checked={realTime} onChange={(e) => setRealTime(e.target.checked)} />
          {t('realTime')}
        </label>
        <CopyButton text={source} />
        {edited && (
          <button type="button" className="button program-reset" onClick={onReset}>
            {t('reset')}
          </button>
        )}
        <span className="program-status muted" role="status" aria-live="polite">
          {runner.phase === 'loading' ? t('loading') : runner.phase === 'running' ? t('running') : ''}
        </span>
      </div>
      <Suspense fallback={<PlainCode code={source} label={t('editorLabel', { title })} />}>
        <LazyEditor
          value={source}
          onChange={onChange}
          label={t('editorLabel', { title })}
          markedLine={markedLineOf(runner.outcome)}
          onRun={() => {
            if (!busy) run();
          }}
        />
      </Suspense>
      {runner.outcome && (
        <RunOutcomeView
          outcome={runner.outcome}
          titleOf={(id) => strategyText(getStrategy(id), lang).title}
          onOpenStrategy={onOpenStrategy}
        />
      )}
      {(runner.output || runner.outcome) && (
        <section className="program-output" aria-labelledby={outputId}>
          <h4 id={outputId} className="program-output__title">
            {t('output')}
          </h4>
          <pre className="program-output__text" tabIndex={0} data-testid="program-output">
            {runner.output || t('noOutput')}
          </pre>
        </section>
      )}
    </div>
  );
}
