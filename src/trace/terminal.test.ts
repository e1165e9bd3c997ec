import { describe, expect, it } from 'vitest';
import { isTerminal, lastTime, terminalSegment } from './terminal';
import { task } from './testing/build';
import { TASK_STATES } from './types';

describe('terminal helpers', () => {
  it('knows done and failed end a task, and nothing else does', () => {
    expect(TASK_STATES.filter(isTerminal)).toEqual(['done', 'failed']);
  });

  it('finds the terminal segment and the last time of a task', () => {
    const finished = task('a', 't', 2, [['running', 3]], 'failed');
    expect(terminalSegment(finished)).toEqual({ state: 'failed', start: 5, end: 5, lane: 't' });
    expect(lastTime(finished)).toBe(5);
    const unfinished = task('b', 't', 2, [['blocked', 7]], null);
    expect(terminalSegment(unfinished)).toBeUndefined();
    expect(lastTime(unfinished)).toBe(9);
    expect(lastTime({ id: 'c', label: 'c', lane: 't', segments: [] })).toBe(0);
  });
});
