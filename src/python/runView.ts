import type { ShapeMatch } from './shape';
import type { PythonError, PythonLimitName, Refusal } from './types';

/** What the code panel says about the last run (worded per language by the view). */
export type RunOutcome =
  | {
      readonly kind: 'drawn';
      readonly realMs: number;
      /** The program's clock at its end (virtual or wall), ms. */
      readonly clockMs: number;
      readonly virtual: boolean;
      /** The cold start (load of the interpreter) when this run paid for it. */
      readonly loadMs: number | null;
      /** The interpreter's WebAssembly memory after the run, bytes (the worker's heap, for bench/python.ts). */
      readonly memoryBytes: number;
      readonly match: ShapeMatch;
    }
  | { readonly kind: 'syntax' | 'error'; readonly error: PythonError }
  | { readonly kind: 'refused'; readonly refused: readonly Refusal[] }
  | { readonly kind: 'limit'; readonly name: PythonLimitName; readonly value: number }
  | { readonly kind: 'stalled' | 'stopped' }
  | { readonly kind: 'load-failed' | 'crashed'; readonly message: string };

export type RunPhase = 'idle' | 'loading' | 'running';

export interface ProgramRunView {
  readonly phase: RunPhase;
  readonly output: string;
  readonly outcome: RunOutcome | null;
}

/** The line the editor marks for an outcome, if any. */
export function markedLineOf(outcome: RunOutcome | null): number | null {
  if (!outcome) return null;
  if (outcome.kind === 'syntax' || outcome.kind === 'error') return outcome.error.line;
  if (outcome.kind === 'refused') return outcome.refused[0]?.line ?? null;
  return null;
}
