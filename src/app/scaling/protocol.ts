/**
 * The scaling worker's side of the job protocol (../jobs/protocol.ts): it is asked a sweep and its share of
 * the points, and answers that share's curves (the page merges the shards' results).
 */
import type { SweepRequest, SweepResult } from '../../state/scalingModel';
import type { FromJobWorker, JobWorkerLike, ToJobWorker } from '../jobs/protocol';
import type { SweepShard } from '../../strategies/scalingSweep';

export interface ShardRequest {
  readonly request: SweepRequest;
  /** This worker's share of the points. */
  readonly shard: SweepShard;
}

export type ToScalingWorker = ToJobWorker<ShardRequest>;
export type FromScalingWorker = FromJobWorker<SweepResult>;
/** What the page needs of a scaling Worker; a plain object in tests. */
export type ScalingWorkerLike = JobWorkerLike<ShardRequest, SweepResult>;
