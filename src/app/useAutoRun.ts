import { useEffect } from 'react';
import { simulateScenario } from '../strategies';
import { useAppStore } from '../state';
import { startAutoRun } from './run/autoRun';
import { createSimRunner } from './run/simRunner';
import type { SimWorkerLike } from './run/protocol';

/** The real worker: a module worker bundled by Vite. */
const createWorker = (): SimWorkerLike =>
  new Worker(new URL('./run/simWorker.ts', import.meta.url), {
    type: 'module',
    name: 'awaitline-sim',
  }) as SimWorkerLike;

/** Runs the scenario now and after every change, for as long as the app is mounted. */
export function useAutoRun(): void {
  useEffect(
    () => startAutoRun(useAppStore, createSimRunner({ simulate: simulateScenario, createWorker })),
    [],
  );
}
