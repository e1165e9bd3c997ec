import { describe, expect, it } from 'vitest';
import { eventTimes, nextTime, previousTime } from './eventTimes';
import { threadsTrace } from './testing/fixtures';

describe('eventTimes', () => {
  it('lists every segment boundary and point event once, sorted', () => {
    expect([...eventTimes(threadsTrace)]).toEqual([0, 10, 60, 110, 120, 130, 230, 240]);
  });
  it('is cached per trace', () => {
    expect(eventTimes(threadsTrace)).toBe(eventTimes(threadsTrace));
  });
});

describe('nextTime / previousTime', () => {
  const times = [0, 10, 60, 110];
  it('steps strictly past the current time, including from an exact event time', () => {
    expect(nextTime(times, 0)).toBe(10);
    expect(nextTime(times, 5)).toBe(10);
    expect(nextTime(times, 10)).toBe(60);
    expect(nextTime(times, 110)).toBeNull();
    expect(previousTime(times, 60)).toBe(10);
    expect(previousTime(times, 61)).toBe(60);
    expect(previousTime(times, 0)).toBeNull();
    expect(previousTime(times, -1)).toBeNull();
  });
});
