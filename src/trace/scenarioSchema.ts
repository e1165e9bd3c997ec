/**
 * Validity bounds for a scenario. These are the limits of what Awaitline can represent, wider than the
 * sliders' ranges (those live in the strategy catalogue).
 */
import { z } from 'zod';
import { STRATEGY_IDS } from './scenario';

/** An hour: no parameter of a teaching scenario needs a longer duration. */
export const MAX_PARAM_MS = 3_600_000;

export const PARAM_LIMITS = {
  tasks: { min: 1, max: 100_000 },
  workers: { min: 0, max: 1024 },
  concurrency: { min: 1, max: 100_000 },
  connectorLimit: { min: 0, max: 100_000 },
  chunksize: { min: 0, max: 100_000 },
  cores: { min: 1, max: 1024 },
} as const;

const ms = z.number().min(0).max(MAX_PARAM_MS);
const count = (limits: { readonly min: number; readonly max: number }) =>
  z.number().int().min(limits.min).max(limits.max);

export const ParamsSchema = z.object({
  tasks: count(PARAM_LIMITS.tasks),
  latencyMs: ms,
  jitterMs: ms,
  jitterKind: z.enum(['uniform', 'lognormal']),
  overheadMs: ms,
  /** Absent in files written before it was modelled: those runs had no request CPU. */
  requestCpuMs: ms.default(0),
  cpuMs: ms,
  workers: count(PARAM_LIMITS.workers),
  concurrency: count(PARAM_LIMITS.concurrency),
  connectorLimit: count(PARAM_LIMITS.connectorLimit),
  chunksize: count(PARAM_LIMITS.chunksize),
  cores: count(PARAM_LIMITS.cores),
  startupMs: ms,
});

export const ScenarioSchema = z.object({
  strategy: z.enum(STRATEGY_IDS),
  params: ParamsSchema,
  /** Any safe integer; the simulator reduces it to its RNG's state size. */
  seed: z.number().int(),
});
