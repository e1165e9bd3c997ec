import { useEffect } from 'react';
import { useAppStore } from '../../state';
import type { ScalingWorkerLike } from './protocol';
import { startScalingRuns } from './scalingRunner';

/** The real worker: a module worker bundled by Vite. */
const createWorker = (): ScalingWorkerLike =>
  new Worker(new URL('./scalingWorker.ts', import.meta.url), { type: 'module', name: 'awaitline-scaling' }) as ScalingWorkerLike;

/** Computes the scaling curves while the Scaling screen is open. */
export function useScalingRuns(): void {
  useEffect(() => startScalingRuns(useAppStore, createWorker), []);
}
