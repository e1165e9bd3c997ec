import { useEffect } from 'react';
import { simulateScenario } from '../../strategies';
import { useAppStore } from '../../state';
import type { SimWorkerLike } from '../run/protocol';
import { createSimRunner } from '../run/simRunner';
import { startCompareRuns } from './compareRunner';

const createWorker = (): SimWorkerLike =>
  new Worker(new URL('../run/simWorker.ts', import.meta.url), {
    type: 'module',
    name: 'awaitline-compare',
  }) as SimWorkerLike;

/** Simulates the comparison while the Compare screen is open (large entries in the simulation worker). */
export function useCompareRuns(): void {
  useEffect(
    () => startCompareRuns(useAppStore, createSimRunner({ simulate: simulateScenario, createWorker })),
    [],
  );
}
