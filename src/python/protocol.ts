import type { PythonRunOptions, PythonRunResult } from './types';

/** Page → Python worker. */
export type ToPython =
  | { readonly type: 'load'; readonly indexURL: string }
  | {
      readonly type: 'run';
      readonly id: number;
      readonly source: string;
      readonly options: PythonRunOptions;
    };

/** Python worker → page. */
export type FromPython =
  | { readonly type: 'ready'; readonly loadMs: number }
  | { readonly type: 'load-failed'; readonly message: string }
  | { readonly type: 'started'; readonly id: number }
  | {
      readonly type: 'output';
      readonly id: number;
      readonly stream: 'stdout' | 'stderr';
      readonly text: string;
    }
  | {
      readonly type: 'result';
      readonly id: number;
      readonly result: PythonRunResult;
      readonly memoryBytes: number;
    };
