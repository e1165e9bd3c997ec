import { useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { playbackMessages } from '../../i18n/messages/playback';
import { predictMessages } from '../../i18n/messages/predict';
import {
  PLAYBACK_SPEEDS,
  selectCursor,
  selectPlaybackActions,
  selectPlaying,
  selectPredictFirst,
  selectSpeed,
  useAppStore,
} from '../../state';
import type { CalloutKind } from '../../trace/callouts';
import { eventTimes } from '../../trace/eventTimes';
import type { Trace } from '../../trace/types';
import { formatMs } from '../gantt/format';
import { traceExtent } from '../gantt/traceInfo';
import { getStrategy } from '../../strategies';
import { CalloutToggles } from './CalloutToggles';
import { HelpDialog } from './HelpDialog';
import { TransportIcon } from './icons';
import { usePlaybackClock } from './usePlaybackClock';
import { usePlaybackKeys } from './usePlaybackKeys';

/**
 * The playback controls, in one compact row above the chart: play / pause, previous / next event, the time
 * slider and readout, speed, callout toggles, "Predict first" and the shortcuts help. It also runs the clock and
 * the page-wide keys.
 */
export function PlaybackBar({
  trace,
  calloutKinds,
  predict = true,
}: {
  readonly trace: Trace;
  readonly calloutKinds: readonly CalloutKind[];
  /** Offer "Predict first" (the Explore screen); Compare plays several runs at once and has no single guess. */
  readonly predict?: boolean;
}) {
  const t = useT(playbackMessages);
  const tp = useT(predictMessages);
  const cursor = useAppStore(selectCursor);
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  const predictFirst = useAppStore(selectPredictFirst);
  const a = useAppStore(useShallow(selectPlaybackActions));
  const end = useMemo(() => traceExtent(trace)[1], [trace]);
  // Made when first stepped through (cached per trace), not with the picture: ~100,000 instants at 10,000 tasks.
  const times = useCallback(() => eventTimes(trace), [trace]);
  const [help, setHelp] = useState(false);
  const openHelp = useCallback(() => setHelp(true), []);
  usePlaybackClock(end);
  usePlaybackKeys(end, times, openHelp);
  const at = Math.min(cursor ?? 0, end);
  return (
    <div className="playback-bar" role="group" aria-label={t('controls')}>
      <div className="playback-bar__transport">
        <button
          type="button"
          className="button playback-btn"
          onClick={() => a.stepEvent(-1, times())}
          aria-label={t('previous')}
          title={t('previous')}
        >
          <TransportIcon name="previous" />
        </button>
        <button
          type="button"
          className="button playback-btn playback-btn--play"
          onClick={() => (playing ? a.pause() : a.play(end))}
          aria-pressed={playing}
        >
          <TransportIcon name={playing ? 'pause' : 'play'} /> {playing ? t('pause') : t('play')}
        </button>
        <button
          type="button"
          className="button playback-btn"
          onClick={() => a.stepEvent(1, times())}
          aria-label={t('next')}
          title={t('next')}
        >
          <TransportIcon name="next" />
        </button>
      </div>
      <input
        className="playback-bar__slider"
        type="range"
        min={0}
        max={end}
        step="any"
        value={at}
        aria-label={t('scrub')}
        aria-valuetext={t('scrubValue', { time: formatMs(at), total: formatMs(end) })}
        onChange={(e) => {
          a.pause();
          a.setCursor(Number(e.currentTarget.value), end);
        }}
      />
      <output className="playback-bar__time" aria-live="off">
        {t('scrubValue', { time: cursor === null ? '–' : formatMs(at), total: formatMs(end) })}
      </output>
      <label className="playback-bar__speed">
        <span className="visually-hidden">{t('speed')}</span>
        <select
          className="select-box"
          value={speed}
          onChange={(e) => a.setSpeed(Number(e.currentTarget.value))}
          title={t('speed')}
        >
          {PLAYBACK_SPEEDS.map((s) => (
            <option key={s} value={s} aria-label={t('speedValue', { speed: s })}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <div className="playback-bar__extras">
        <CalloutToggles kinds={calloutKinds} queue={getStrategy(trace.scenario.strategy).queue} />
        {predict && (
          <label className="playback-switch">
            <input
              type="checkbox"
              role="switch"
              checked={predictFirst}
              onChange={(e) => a.setPredictFirst(e.currentTarget.checked)}
            />
            {tp('predictFirst')}
          </label>
        )}
        <button
          type="button"
          className="button playback-btn"
          onClick={openHelp}
          aria-label={t('shortcuts')}
          title={t('shortcuts')}
          aria-haspopup="dialog"
        >
          ?
        </button>
      </div>
      <HelpDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
