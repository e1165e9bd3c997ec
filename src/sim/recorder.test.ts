import { describe, expect, it } from 'vitest';
import { TASK_STATES } from '../trace/types';
import { Recorder } from './recorder';

describe('Recorder', () => {
  it('gives back every state and lane it was told, though it keeps them as numbers while the run goes on', () => {
    const recorder = new Recorder();
    const task = recorder.addTask('main()', 'main', 'queued', 0, 'main');
    const lanes = ['main', 'main/loop', 'worker-1'];
    const changes = TASK_STATES.filter((s) => s !== 'done' && s !== 'failed');
    changes.forEach((state, i) => recorder.state(task, state, lanes[(i + 1) % lanes.length], i + 1));
    recorder.finish(task, 'failed', 10);
    const [recorded] = recorder.body().tasks();
    expect(recorded.segments.map((s) => [s.state, s.lane, s.start, s.end])).toEqual([
      ['queued', 'main', 0, 1],
      ...changes.map((state, i) => [
        state,
        lanes[(i + 1) % lanes.length],
        i + 1,
        i === changes.length - 1 ? 10 : i + 2,
      ]),
      ['failed', lanes[changes.length % lanes.length], 10, 10],
    ]);
    expect(recorded.role).toBe('main');
  });

  it('reports a task that never finished, naming its last state', () => {
    const recorder = new Recorder('outcome');
    recorder.addTasks(2, 'main', 'ready', 0);
    recorder.finish(0, 'done', 1);
    recorder.state(1, 'blocked', 'main', 1);
    expect(() => recorder.outcome()).toThrow('simulator bug: task 2 never finished (last blocked)');
  });
});
