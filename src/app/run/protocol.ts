/**
 * The simulation worker's side of the job protocol (../jobs/protocol.ts): it is asked a scenario and answers
 * the trace, packed into transferred buffers (see `packTrace`), with its sequential baseline, simulated there
 * too so the page never does. A run past its work budget answers the `over-budget` problem (see
 * strategies/budget.ts).
 */
import type { Baseline } from '../../strategies/baseline';
import type { Scenario } from '../../trace/scenario';
import type { FromJobWorker, JobWorkerLike, ToJobWorker } from '../jobs/protocol';
import type { PackedTrace } from './packedTrace';

export interface Simulated {
  readonly packed: PackedTrace;
  readonly baseline: Baseline;
}

export type ToSimWorker = ToJobWorker<Scenario>;
export type FromSimWorker = FromJobWorker<Simulated>;
/** What the runner needs of the simulation Worker; a plain object in tests. */
export type SimWorkerLike = JobWorkerLike<Scenario, Simulated>;
