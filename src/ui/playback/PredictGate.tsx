import { useEffect, useId, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { predictMessages } from '../../i18n/messages/predict';
import { selectPlaybackActions, selectPredictFirst, selectPrediction, useAppStore } from '../../state';
import type { Trace } from '../../trace/types';
import { formatMs } from '../gantt/format';
import { traceExtent } from '../gantt/traceInfo';
import { parseGuess, scenarioKey, verdict, type GuessUnit } from './predict';

/**
 * Predict-then-reveal. With "Predict first" on, a new run's chart (and the figures above it) stay hidden behind
 * "How long will this take?" until the learner guesses or skips; then the chart shows, with the guess marked on
 * it and a sentence comparing the two. Off, it shows its children as they are.
 */
export function PredictGate({ trace, children }: { readonly trace: Trace; readonly children: ReactNode }) {
  const t = useT(predictMessages);
  const on = useAppStore(selectPredictFirst);
  const prediction = useAppStore(selectPrediction);
  const key = scenarioKey(trace.scenario);
  const waiting = on && prediction?.key !== key;
  useEffect(() => {
    // The summary above the chart would give the answer away: the page hides it while the learner guesses.
    const root = document.documentElement;
    if (waiting) root.dataset.predicting = 'true';
    else delete root.dataset.predicting;
    return () => void delete root.dataset.predicting;
  }, [waiting]);
  if (waiting) return <PredictForm scenarioKey={key} />;
  const makespan = traceExtent(trace)[1];
  const guess = on && prediction?.key === key ? prediction.guessMs : null;
  let sentence: string | null = null;
  if (guess !== null) {
    const v = verdict(guess, makespan);
    const vars = { guess: formatMs(guess), actual: formatMs(makespan) };
    sentence =
      v.kind === 'close'
        ? t('resultClose', vars)
        : t(v.kind === 'faster' ? 'resultFaster' : 'resultSlower', { ...vars, ratio: v.ratio });
  }
  return (
    <>
      {sentence !== null && (
        <p className="predict-result" role="status">
          {sentence}
        </p>
      )}
      {children}
    </>
  );
}

function PredictForm({ scenarioKey: key }: { readonly scenarioKey: string }) {
  const t = useT(predictMessages);
  const { setPrediction } = useAppStore(useShallow(selectPlaybackActions));
  const [text, setText] = useState('');
  const [unit, setUnit] = useState<GuessUnit>('s');
  const [error, setError] = useState(false);
  const id = useId();
  return (
    <form
      className="predict-form"
      aria-labelledby={`${id}-q`}
      onSubmit={(e) => {
        e.preventDefault();
        const guessMs = parseGuess(text, unit);
        setError(guessMs === null);
        if (guessMs !== null) setPrediction({ key, guessMs });
      }}
    >
      <h3 id={`${id}-q`} className="predict-form__question">
        {t('predictQuestion')}
      </h3>
      <p className="predict-form__hint">{t('predictHint')}</p>
      <div className="predict-form__row">
        <label htmlFor={`${id}-guess`}>{t('guess')}</label>
        <input
          id={`${id}-guess`}
          className="predict-form__input"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          aria-invalid={error}
          aria-describedby={error ? `${id}-err` : undefined}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <select
          className="select-box"
          aria-label={t('unit')}
          value={unit}
          onChange={(e) => setUnit(e.currentTarget.value === 'ms' ? 'ms' : 's')}
        >
          <option value="s">s</option>
          <option value="ms">ms</option>
        </select>
        <button type="submit" className="button predict-form__reveal">
          {t('reveal')}
        </button>
        <button type="button" className="button" onClick={() => setPrediction({ key, guessMs: null })}>
          {t('skip')}
        </button>
      </div>
      {error && (
        <p id={`${id}-err`} className="predict-form__error" role="alert">
          {t('guessInvalid')}
        </p>
      )}
    </form>
  );
}
