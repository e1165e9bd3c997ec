import { useMemo } from 'react';
import {
  sameScenario,
  selectCompareWithSim,
  selectImported,
  selectTrace,
  useAppStore,
  type TimeDomain,
} from '../../state';
import type { Trace } from '../../trace/types';
import { traceExtent } from '../gantt/traceInfo';

/** The simulation to compare an imported trace with: the last run, when it is of the same scenario. */
export function useComparison(): {
  readonly imported: Trace;
  readonly simulated: Trace | null;
  readonly fileName: string;
} | null {
  const imported = useAppStore(selectImported);
  const on = useAppStore(selectCompareWithSim);
  const sim = useAppStore(selectTrace);
  if (!imported || !on) return null;
  const simulated = sim && sameScenario(sim.scenario, imported.trace.scenario) ? sim : null;
  return { imported: imported.trace, simulated, fileName: imported.fileName };
}

/**
 * The time window for the charts: the user's zoom, else, while comparing, both runs' whole span, so the
 * imported and the simulated Gantt share one time axis.
 */
export function useSharedDomain(domain: TimeDomain): TimeDomain {
  const comparison = useComparison();
  const imported = comparison?.imported;
  const simulated = comparison?.simulated;
  return useMemo(() => {
    if (domain !== null || !imported || !simulated) return domain;
    return [0, Math.max(traceExtent(imported)[1], traceExtent(simulated)[1])];
  }, [domain, imported, simulated]);
}
