/**
 * The work one run may do, enforced while it runs: the recorder counts the segments and events it keeps, the
 * clock the events it processes. Past a limit the run stops at once with `WorkLimitExceeded`, instead of
 * growing a multi-gigabyte trace (4,000 tasks × 256 CPU-bound threads made 16 M segments, 2.4 GB, in Node).
 * `strategies/budget.ts` estimates the same figures before a run starts, and words what would fit.
 */

export interface WorkLimits {
  /** Segments kept over all tasks (about 150 bytes each in V8, with their share of the arrays). */
  readonly segments: number;
  /** Point events kept (about 100 bytes each). */
  readonly events: number;
  /** Clock events processed, kept or not: bounds an outcome-only run, which keeps almost nothing. */
  readonly steps: number;
}

/**
 * One run's budget: 1 M segments and 1 M events (≈ 250 MB of trace; every strategy at its defaults and
 * 100,000 tasks stays under 600,000 of each) and 5 M clock steps (about 5 s of simulation in a worker on the
 * project machine, ~1 µs a step).
 */
export const RUN_LIMITS: WorkLimits = { segments: 1_000_000, events: 1_000_000, steps: 5_000_000 };

export type WorkKind = keyof WorkLimits;

/** Thrown by the recorder or the clock when a run goes past its limits. */
export class WorkLimitExceeded extends Error {
  constructor(
    readonly kind: WorkKind,
    readonly limit: number,
    /** The virtual time (ms) the run had reached. */
    readonly at: number,
  ) {
    super(`the run went past its budget of ${limit} ${kind} at ${Math.round(at)} ms`);
    this.name = 'WorkLimitExceeded';
  }
}
