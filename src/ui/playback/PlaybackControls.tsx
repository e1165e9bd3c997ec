import { useMemo } from 'react';
import { findCallouts, type CalloutKind } from '../../trace/callouts';
import type { Trace } from '../../trace/types';
import { PlaybackBar } from './PlaybackBar';
import { Walkthrough, WALKTHROUGH_SCENES } from './Walkthrough';
import './playback.css';

/** What sits above the chart: the playback bar, and for the basics scenes the guided walk-through. */
export function PlaybackControls({ trace }: { readonly trace: Trace }) {
  const kinds = useMemo<CalloutKind[]>(() => [...new Set(findCallouts(trace).map((c) => c.kind))], [trace]);
  return (
    <>
      <PlaybackBar trace={trace} calloutKinds={kinds} />
      {WALKTHROUGH_SCENES.has(trace.scenario.strategy) && <Walkthrough trace={trace} />}
    </>
  );
}
