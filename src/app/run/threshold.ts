import { estimateWork } from '../../strategies';
import type { Scenario } from '../../trace/scenario';

/**
 * Scenarios with more tasks than this simulate in the worker. Measured on the project machine (Node 20, warm):
 * 300 tasks simulate in ≤ 5 ms on any strategy, well inside a frame, where a worker would add its start-up
 * (20–50 ms) and the structured clone back; 1,000 tasks take 2–45 ms plus 10–70 ms of cloning, and 5,000 up to
 * 0.6 s, which would freeze the page.
 */
export const WORKER_TASK_THRESHOLD = 300;

/**
 * Segments above which a run goes to the worker whatever its task count: 300 tasks of CPU-bound threads
 * taking 5 ms turns make 1.2 M segments (issue 14), far more than a frame's worth.
 */
export const WORKER_SEGMENT_THRESHOLD = 20_000;

/** Whether this scenario is large enough to simulate off the page's thread. */
export function runsInWorker(scenario: Scenario): boolean {
  return (
    scenario.params.tasks > WORKER_TASK_THRESHOLD ||
    estimateWork(scenario).segments > WORKER_SEGMENT_THRESHOLD
  );
}
