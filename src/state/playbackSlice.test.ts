import { describe, expect, it } from 'vitest';
import { defaultScenario, simulateScenario } from '../strategies';
import { traceExtent } from '../trace';
import { createAppStore } from './store';

describe('playback slice', () => {
  it('starts with no cursor, paused, at 1×', () => {
    expect(createAppStore().getState()).toMatchObject({
      cursor: null,
      playing: false,
      speed: 1,
      hiddenCallouts: [],
      predictFirst: false,
    });
  });

  it('clamps the cursor to the run and ignores non-finite times', () => {
    const s = createAppStore();
    s.getState().setCursor(500, 300);
    expect(s.getState().cursor).toBe(300);
    s.getState().setCursor(-5, 300);
    expect(s.getState().cursor).toBe(0);
    s.getState().setCursor(Number.NaN, 300);
    expect(s.getState().cursor).toBe(0);
    s.getState().setCursor(null, 300);
    expect(s.getState().cursor).toBeNull();
  });

  it('plays at the chosen speed of real time and stops at the end', () => {
    const s = createAppStore();
    s.getState().play(3000);
    expect(s.getState()).toMatchObject({ playing: true, cursor: 0 });
    s.getState().advance(1000, 3000);
    expect(s.getState().cursor).toBe(1000);
    s.getState().setSpeed(4);
    s.getState().advance(250, 3000);
    expect(s.getState().cursor).toBe(2000);
    s.getState().advance(1000, 3000);
    expect(s.getState()).toMatchObject({ playing: false, cursor: 3000 });
    // Playing again from the end starts over.
    s.getState().play(3000);
    expect(s.getState().cursor).toBe(0);
    s.getState().pause();
    s.getState().advance(100, 3000);
    expect(s.getState().cursor).toBe(0);
  });

  it('accepts only the listed speeds', () => {
    const s = createAppStore();
    s.getState().setSpeed(16);
    s.getState().setSpeed(3);
    s.getState().setSpeed(0);
    expect(s.getState().speed).toBe(16);
  });

  it('steps between event times, stopping playback, and stays put past either end', () => {
    const s = createAppStore();
    const times = [0, 10, 60, 110];
    s.getState().stepEvent(1, times);
    expect(s.getState().cursor).toBe(0);
    s.getState().stepEvent(1, times);
    s.getState().stepEvent(1, times);
    expect(s.getState().cursor).toBe(60);
    s.getState().play(110);
    s.getState().stepEvent(-1, times);
    expect(s.getState()).toMatchObject({ cursor: 10, playing: false });
    s.getState().setCursor(110, 110);
    s.getState().stepEvent(1, times);
    expect(s.getState().cursor).toBe(110);
    s.getState().setCursor(0, 110);
    s.getState().stepEvent(-1, times);
    expect(s.getState().cursor).toBe(0);
  });

  it('toggles callout kinds and keeps a prediction', () => {
    const s = createAppStore();
    s.getState().toggleCallout('startup');
    s.getState().toggleCallout('gil-wait');
    s.getState().toggleCallout('startup');
    expect(s.getState().hiddenCallouts).toEqual(['gil-wait']);
    s.getState().setPrediction({ key: 'k', guessMs: 15000 });
    expect(s.getState().prediction).toEqual({ key: 'k', guessMs: 15000 });
  });
});

describe('a new trace and the cursor', () => {
  it('clamps the cursor into the new run in the same update, and stops playback (pitfall at 9,009 ms → aiohttp)', () => {
    const s = createAppStore();
    const long = simulateScenario(defaultScenario('async-blocking'));
    const short = simulateScenario(defaultScenario('asyncio-gather'));
    s.getState().completeRun(s.getState().beginRun(), long);
    s.getState().setCursor(9009, traceExtent(long)[1]);
    s.getState().play(traceExtent(long)[1]);
    const seen: (number | null)[] = [];
    const stop = s.subscribe((state) => {
      if (state.trace === short) seen.push(state.cursor);
    });
    s.getState().completeRun(s.getState().beginRun(), short);
    stop();
    const end = traceExtent(short)[1];
    // Every view that reads the store sees the new trace with the clamped cursor, never with 9,009 ms.
    expect(seen).toEqual([end]);
    expect(s.getState()).toMatchObject({ cursor: end, playing: false });
  });

  it('leaves a cursor inside the new run where it is, and an unset cursor unset', () => {
    const s = createAppStore();
    const trace = simulateScenario(defaultScenario('asyncio-gather'));
    s.getState().completeRun(s.getState().beginRun(), trace);
    expect(s.getState().cursor).toBeNull();
    s.getState().setCursor(1000, 5000);
    s.getState().completeRun(s.getState().beginRun(), trace);
    expect(s.getState().cursor).toBe(1000);
  });

  it('clamps into an imported trace when one is shown, and back into the simulation when it closes', () => {
    const s = createAppStore();
    const long = simulateScenario(defaultScenario('async-blocking'));
    const short = simulateScenario(defaultScenario('asyncio-gather'));
    s.getState().completeRun(s.getState().beginRun(), long);
    s.getState().setCursor(12_000, 20_000);
    s.getState().importTrace({ trace: short, fileName: 'short.json', format: 'awaitline' });
    expect(s.getState().cursor).toBe(traceExtent(short)[1]);
  });
});
