/** One entry of the recorder's log (see runtime/awaitline_rt/recorder.py): [kind, t ms, who, a, b]. */
export type LogEntry = readonly [string, number, number | null, unknown, unknown];

/** The limits that stop a run, each named in the message that stops it. */
export type PythonLimitName = 'tasks' | 'virtual-time' | 'cpu-seconds' | 'output';

export interface PythonRunOptions {
  /** Virtual time (default) or the wall clock. */
  readonly virtual: boolean;
  /** Seed for the endpoint's draws (jitter, failures, hangs) when the URL gives none. */
  readonly seed: number;
  /** Scale of measured CPU work on the virtual clock (1 = as measured here). */
  readonly cpuScale: number;
  readonly maxTasks: number;
  readonly maxVirtualS: number;
  readonly maxCpuS: number;
  readonly maxOutput: number;
}

export const DEFAULT_RUN_OPTIONS: PythonRunOptions = {
  virtual: true,
  seed: 0,
  cpuScale: 1,
  maxTasks: 10_000,
  maxVirtualS: 3_600,
  maxCpuS: 10,
  maxOutput: 100_000,
};

export interface PythonError {
  readonly type: string;
  readonly message: string;
  /** 1-based line of the program (the innermost frame in it), if any. */
  readonly line: number | null;
  readonly col?: number | null;
  readonly traceback: string;
}

/** A construct CPython in the page cannot run, where it is, and the strategy that shows it. */
export interface Refusal {
  readonly construct: string;
  readonly line: number | null;
  readonly strategy: string;
}

/** What one run of a program gave, as Python reported it. */
export type PythonOutcome =
  | { readonly status: 'ok' | 'stalled' }
  | { readonly status: 'error'; readonly error: PythonError }
  | { readonly status: 'syntax'; readonly error: PythonError }
  | { readonly status: 'refused'; readonly refused: readonly Refusal[] }
  | { readonly status: 'limit'; readonly limit: { readonly name: PythonLimitName; readonly value: number } };

export type PythonRunResult = PythonOutcome & {
  /** Empty when the program did not start (syntax error, refusal before running). */
  readonly log: readonly LogEntry[];
  readonly requests: number;
  readonly virtual: boolean;
  /** Real time the run took in the worker, ms. */
  readonly realMs: number;
};
