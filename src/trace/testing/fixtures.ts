/**
 * A small hand-built trace with answers worked out by hand, shared by the stats tests.
 *
 * Two threads in one process. `a` and `b` start at once; `b` fails at 60 ms without an answer; `c` waits for
 * thread t0 until `a` is done.
 *
 *   t0  a: running 0–10, blocked 10–110, running 110–120, done 120
 *   t1  b: running 0–10, blocked 10–60, failed 60
 *   t0  c: queued 0–120, running 120–130, blocked 130–230, running 230–240, done 240
 */
import { event, lane, makeTrace, task } from './build';

export const threadsTrace = makeTrace({
  lanes: [lane('p0', 'process'), lane('t0', 'thread', 'p0'), lane('t1', 'thread', 'p0')],
  tasks: [
    task('a', 't0', 0, [
      ['running', 10],
      ['blocked', 100],
      ['running', 10],
    ]),
    task(
      'b',
      't1',
      0,
      [
        ['running', 10],
        ['blocked', 50],
      ],
      'failed',
    ),
    task('c', 't0', 0, [
      ['queued', 120],
      ['running', 10],
      ['blocked', 100],
      ['running', 10],
    ]),
  ],
  events: [
    event('request-sent', 10, 't0', 'a'),
    event('request-sent', 10, 't1', 'b'),
    event('response-received', 110, 't0', 'a'),
    event('request-sent', 130, 't0', 'c'),
    event('response-received', 230, 't0', 'c'),
  ],
});
