import { describe, expect, it } from 'vitest';
import { checkReferences } from './references';
import { event, lane, makeTrace, task } from './testing/build';
import type { Lane, Task, TraceEvent } from './types';

const lanes = [lane('p0', 'process'), lane('loop', 'event-loop', 'p0')];
const tasks = [
  task('a', 'loop', 0, [
    ['running', 5],
    ['suspended', 10, 'p0'],
  ]),
];
const events = [event('request-sent', 5, 'loop', 'a'), event('process-exit', 20, 'p0')];

function problems(parts: { lanes?: Lane[]; tasks?: Task[]; events?: TraceEvent[] }): string[] {
  return checkReferences(makeTrace({ lanes, tasks, events, ...parts }));
}

describe('checkReferences', () => {
  it('accepts a trace whose every name resolves', () => {
    expect(problems({})).toEqual([]);
  });

  it('finds lanes that do not exist', () => {
    const stray = task('b', 'nowhere', 0, [['running', 1, 'elsewhere']]);
    expect(
      problems({ tasks: [...tasks, stray], events: [...events, event('callback', 21, 'gone', 'a')] }),
    ).toEqual([
      'tasks[1].lane: unknown lane "nowhere"',
      'tasks[1].segments[0].lane: unknown lane "elsewhere"',
      'tasks[1].segments[1].lane: unknown lane "elsewhere"',
      'events[2].lane: unknown lane "gone"',
    ]);
  });

  it('finds events about tasks that do not exist (lane-level events need none)', () => {
    expect(
      problems({ events: [event('process-start', 0, 'p0'), event('response-received', 5, 'loop', 'zz')] }),
    ).toEqual(['events[1].task: unknown task "zz"']);
  });

  it('finds missing parents, duplicate ids and parent cycles', () => {
    expect(problems({ lanes: [...lanes, lane('t9', 'thread', 'p9'), lane('loop', 'thread', 'p0')] })).toEqual(
      ['lanes[3].id: duplicate lane id "loop"', 'lanes[2].parent: unknown lane "p9"'],
    );
    expect(problems({ tasks: [...tasks, tasks[0]] })).toEqual(['tasks[1].id: duplicate task id "a"']);
    expect(problems({ lanes: [lane('p0', 'process', 'loop'), lane('loop', 'event-loop', 'p0')] })).toEqual([
      'lanes[0].parent: lane "p0" is its own ancestor',
      'lanes[1].parent: lane "loop" is its own ancestor',
    ]);
  });
});
