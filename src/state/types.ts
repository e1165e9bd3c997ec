import type { StateCreator } from 'zustand';
import type { ScenarioSlice } from './scenarioSlice';
import type { RunSlice } from './runSlice';
import type { ViewSlice } from './viewSlice';
import type { ImportSlice } from './importSlice';
import type { LinkSlice } from './linkSlice';
import type { CompareSlice } from './compareSlice';
import type { ScalingSlice } from './scalingSlice';
import type { PlaybackSlice } from './playbackSlice';
import type { LiveSlice } from './liveSlice';
import type { ProgramSlice } from './programSlice';
import type { ChapterSlice } from './chapterSlice';
import type { JobSlice } from './jobSlice';

/** The whole app state: one store made of slices. */
export type AppState = ScenarioSlice &
  JobSlice &
  RunSlice &
  ViewSlice &
  LinkSlice &
  PlaybackSlice &
  CompareSlice &
  ScalingSlice &
  ImportSlice &
  LiveSlice &
  ProgramSlice &
  ChapterSlice;

/** A slice creator that sees (and may set) the whole state, as zustand's slices pattern advises. */
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;
