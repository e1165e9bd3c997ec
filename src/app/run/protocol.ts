/**
 * The messages between the page and the simulation worker: one discriminated union per direction, shared by
 * both sides so neither can send what the other does not understand.
 */
import type { Scenario } from '../../trace/scenario';
import type { RunProblem } from '../../state/runProblem';
import type { BudgetProblem } from '../../strategies';
import type { PackedTrace } from './packedTrace';

/** Page → worker. */
export type ToWorker = { readonly type: 'simulate'; readonly jobId: number; readonly scenario: Scenario };

/** Worker → page. Every message names the job it answers, so answers to cancelled jobs can be dropped. */
export type FromWorker =
  | { readonly type: 'progress'; readonly jobId: number; readonly fraction: number }
  /** The trace, packed into transferred buffers (see `packTrace`). */
  | { readonly type: 'done'; readonly jobId: number; readonly packed: PackedTrace }
  | { readonly type: 'error'; readonly jobId: number; readonly problem: RunProblem }
  /** The run was refused or stopped past its work budget (see strategies/budget.ts). */
  | { readonly type: 'over-budget'; readonly jobId: number; readonly problem: BudgetProblem };

/** What the runner needs of a Worker; a plain object in tests. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}
