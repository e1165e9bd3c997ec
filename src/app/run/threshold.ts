import { estimateWork } from '../../strategies';
import type { Scenario } from '../../trace/scenario';

/**
 * Scenarios with more tasks than this simulate in the worker. Measured on the project machine (Node 20, warm,
 * issue 16): 1,000 tasks of any strategy simulate and are read whole in 0.6–1.8 ms (six parameter sets each, the
 * CPU-heavy ones going to the worker by their segments anyway), where the worker's round trip (post, simulate,
 * pack, unpack on the page) took ~14 ms of a 1,000-task slider step's ~38. Larger runs stay off the page: their
 * trace alone grows past a frame's worth to read and draw.
 */
export const WORKER_TASK_THRESHOLD = 1_000;

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
