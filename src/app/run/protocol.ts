/**
 * The simulation worker's side of the job protocol (../jobs/protocol.ts): it is asked a scenario and answers
 * the trace, packed into transferred buffers (see `packTrace`). A run past its work budget answers the
 * `over-budget` problem (see strategies/budget.ts).
 */
import type { Scenario } from '../../trace/scenario';
import type { FromJobWorker, JobWorkerLike, ToJobWorker } from '../jobs/protocol';
import type { PackedTrace } from './packedTrace';

export type ToSimWorker = ToJobWorker<Scenario>;
export type FromSimWorker = FromJobWorker<PackedTrace>;
/** What the runner needs of the simulation Worker; a plain object in tests. */
export type SimWorkerLike = JobWorkerLike<Scenario, PackedTrace>;
