/**
 * A small trace shaped like a thread-pool run (tasks queued on the main thread, then running, blocked and
 * running again on one of four threads), exported as the app exports a Chrome trace. The import worker reads
 * it a few times before any file arrives: the Chrome-trace fast reader is then compiled and optimised when the
 * user's file comes, instead of running its first megabytes in the interpreter (docs/findings.md, "open").
 */
import { toChromeTrace } from '../../trace/chromeTrace';
import { TRACE_VERSION, type Lane, type Task, type Trace, type TraceEvent } from '../../trace/types';

const THREADS = 4;

/**
 * @example readChromeTraceFast(warmUpBytes(300)) // the columns of 300 tasks
 */
export function warmUpBytes(tasks: number): Uint8Array {
  const lanes: Lane[] = [{ id: 'main', kind: 'process', label: 'MainProcess', parent: null }];
  for (let k = 1; k <= THREADS; k++)
    lanes.push({ id: `main/thread-${k}`, kind: 'thread', label: `Thread ${k}`, parent: 'main' });
  const list: Task[] = [];
  const events: TraceEvent[] = [];
  for (let i = 1; i <= tasks; i++) {
    const thread = `main/thread-${1 + (i % THREADS)}`;
    // Times with fractions, as a simulation's are: the reader's number path is warmed with them.
    const at = i * 1.25;
    list.push({
      id: `t${i}`,
      label: `task ${i}`,
      lane: 'main',
      segments: [
        { state: 'queued', start: 0, end: at, lane: 'main' },
        { state: 'running', start: at, end: at + 0.75, lane: thread },
        { state: 'blocked', start: at + 0.75, end: at + 1000.5, lane: thread },
        { state: 'running', start: at + 1000.5, end: at + 1001.25, lane: thread },
        { state: 'done', start: at + 1001.25, end: at + 1001.25, lane: thread },
      ],
    });
    events.push({ kind: 'request-sent', time: at + 0.75, lane: thread, task: `t${i}` });
  }
  for (let i = 1; i <= tasks; i++) {
    const thread = `main/thread-${1 + (i % THREADS)}`;
    events.push({ kind: 'response-received', time: tasks * 1.25 + 1000 + i, lane: thread, task: `t${i}` });
  }
  const trace: Trace = {
    version: TRACE_VERSION,
    engine: 'sim',
    scenario: {
      strategy: 'thread-pool',
      params: {
        tasks,
        latencyMs: 1000,
        jitterMs: 0,
        jitterKind: 'uniform',
        overheadMs: 3,
        requestCpuMs: 1.5,
        cpuMs: 0,
        workers: THREADS,
        concurrency: 16,
        connectorLimit: 100,
        chunksize: 0,
        cores: 4,
        startupMs: 0,
      },
      seed: 1,
    },
    lanes,
    tasks: list,
    events,
  };
  return new TextEncoder().encode(JSON.stringify(toChromeTrace(trace)));
}
