import type { LiveReport, LiveRunOptions } from '../../live/types';
import type { Scenario } from '../../trace/scenario';

type RunLive = (scenario: Scenario, options: LiveRunOptions) => Promise<LiveReport>;

let engine: Promise<RunLive> | null = null;

/**
 * Live mode's engine (workers, instrumented fetch, the mock endpoint) in a chunk of its own, fetched when the
 * Live screen opens rather than with the page. A failed fetch is tried again next time.
 */
export function loadLiveEngine(): Promise<RunLive> {
  engine ??= import('../../live').then(
    (m) => m.runLive,
    (error: unknown) => {
      engine = null;
      throw error;
    },
  );
  return engine;
}

/** `runLive`, once its chunk has arrived. */
export async function runLiveLoaded(scenario: Scenario, options: LiveRunOptions): Promise<LiveReport> {
  let runLive: RunLive;
  try {
    runLive = await loadLiveEngine();
  } catch (error) {
    throw new Error(
      `Live mode could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return runLive(scenario, options);
}
