/**
 * Messages between the page and the scaling worker: one discriminated union per direction, shared by both
 * sides. Every answer names its job, so answers to a cancelled or superseded sweep are dropped.
 */
import type { SweepRequest, SweepResult } from '../../state/scalingModel';
import type { SweepShard } from './sweep';

/** Page → worker. */
export type ToScalingWorker = {
  readonly type: 'sweep';
  readonly jobId: number;
  readonly request: SweepRequest;
  /** This worker's share of the points; the page merges the shards' results. */
  readonly shard: SweepShard;
};

/** Worker → page. */
export type FromScalingWorker =
  | { readonly type: 'progress'; readonly jobId: number; readonly fraction: number }
  | { readonly type: 'done'; readonly jobId: number; readonly result: SweepResult }
  | { readonly type: 'error'; readonly jobId: number; readonly message: string };

/** What the page needs of a Worker; a plain object in tests. */
export interface ScalingWorkerLike {
  postMessage(message: ToScalingWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromScalingWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}
