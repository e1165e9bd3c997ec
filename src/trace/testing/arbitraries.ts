/**
 * fast-check arbitraries for valid traces: a few processes with threads, tasks that wander across lanes
 * through every working state, and request/response events at segment boundaries. For property tests only.
 */
import fc from 'fast-check';
import type { Lane, Task, TraceEvent, Trace } from '../types';
import { event, lane, makeTrace, task, type Step } from './build';

const WORKING = ['queued', 'ready', 'running', 'suspended', 'blocked'] as const;

function lanesOf(threadsPerProcess: readonly number[]): Lane[] {
  const lanes: Lane[] = [];
  threadsPerProcess.forEach((threads, p) => {
    lanes.push(lane(`p${p}`, 'process'));
    for (let t = 0; t < threads; t++)
      lanes.push(lane(`p${p}.t${t}`, t === 0 ? 'event-loop' : 'thread', `p${p}`));
  });
  return lanes;
}

const taskShape = fc.record({
  start: fc.integer({ min: 0, max: 30 }),
  steps: fc.array(
    fc.record({ state: fc.constantFrom(...WORKING), ms: fc.integer({ min: 1, max: 20 }), lane: fc.nat() }),
    { minLength: 1, maxLength: 6 },
  ),
  outcome: fc.constantFrom('done' as const, 'failed' as const),
  // Indices of the segment boundaries where a request goes out and where its answer comes back, if ever.
  request: fc.option(fc.record({ sent: fc.nat(), answered: fc.option(fc.nat(), { nil: undefined }) }), {
    nil: undefined,
  }),
});

/** A valid Trace v1 (it passes `parseTrace`), with integer times so that boundaries often coincide. */
export const arbTrace: fc.Arbitrary<Trace> = fc
  .record({
    threads: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
    tasks: fc.array(taskShape, { maxLength: 25 }),
  })
  .map(({ threads, tasks }) => {
    const lanes = lanesOf(threads);
    const events: TraceEvent[] = [];
    const built: Task[] = tasks.map((shape, i) => {
      const id = `task${i}`;
      const steps: Step[] = shape.steps.map((s) => [s.state, s.ms, lanes[s.lane % lanes.length].id]);
      const home = steps[0][2] as string;
      let at = shape.start;
      const boundaries = [at, ...steps.map(([, ms]) => (at += ms))];
      if (shape.request !== undefined) {
        const sent = shape.request.sent % boundaries.length;
        events.push(event('request-sent', boundaries[sent], home, id));
        if (shape.request.answered !== undefined) {
          const answered = sent + (shape.request.answered % (boundaries.length - sent));
          events.push(event('response-received', boundaries[answered], home, id));
        }
      }
      return task(id, home, shape.start, steps, shape.outcome);
    });
    return makeTrace({ lanes, tasks: built, events });
  });
